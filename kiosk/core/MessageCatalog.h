#pragma once
// Every user-visible string, in Japanese and English. The texts live in
// assets/messages/{ja,en}.json and are compiled into the program, so a kiosk
// can never start with a missing or half-edited catalogue.
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "Language.h"

namespace kiosk {

class MessageCatalog {
public:
    // The catalogue built into this program.
    static const MessageCatalog& builtIn();

    // The text for `key`; a missing key yields the key itself, so a gap shows
    // up on screen and in tests instead of as an empty label.
    const std::string& text(Language lang, std::string_view key) const;

    // text() with "{name}" placeholders replaced by the given values.
    std::string format(Language lang, std::string_view key,
                       const std::vector<std::pair<std::string, std::string>>& values) const;

    bool has(Language lang, std::string_view key) const;
    std::vector<std::string> keys(Language lang) const;

    // Parses catalogue JSON objects (key → string). Throws nothing; returns
    // an empty catalogue section for malformed input.
    static MessageCatalog fromJson(std::string_view japanese, std::string_view english);

private:
    using Table = std::map<std::string, std::string, std::less<>>;
    const Table& table(Language lang) const { return lang == Language::English ? en_ : ja_; }
    Table ja_;
    Table en_;
};

}  // namespace kiosk
