#pragma once
// A form's answers as the template sees them: field key → text. A check is
// "true"/"false", a choice its option value, a date ISO YYYY-MM-DD, a
// signature "true" once signed; everything else the text as entered. An
// empty value is no answer, so it is not stored.
#include <map>
#include <string>
#include <string_view>

namespace kiosk {

class FormValues {
public:
    // "" when the field has no answer.
    std::string_view get(std::string_view key) const {
        auto it = values_.find(key);
        return it == values_.end() ? std::string_view{} : std::string_view{it->second};
    }
    bool has(std::string_view key) const { return values_.find(key) != values_.end(); }
    // Setting "" erases the answer.
    void set(const std::string& key, std::string value) {
        if (value.empty()) {
            values_.erase(key);
        } else {
            values_[key] = std::move(value);
        }
    }
    const std::map<std::string, std::string, std::less<>>& all() const { return values_; }

    bool operator==(const FormValues&) const = default;

private:
    std::map<std::string, std::string, std::less<>> values_;
};

}  // namespace kiosk
