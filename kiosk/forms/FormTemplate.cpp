#include "FormTemplate.h"

#include <array>
#include <utility>

namespace kiosk {

namespace {

// Written into template files and layout JSON: never rename.
constexpr std::array<std::pair<FormFieldType, std::string_view>, 9> kTypeNames{{
    {FormFieldType::Check, "check"},
    {FormFieldType::Choice, "choice"},
    {FormFieldType::Digits, "digits"},
    {FormFieldType::Kana, "kana"},
    {FormFieldType::Text, "text"},
    {FormFieldType::Date, "date"},
    {FormFieldType::Phone, "phone"},
    {FormFieldType::PostalCode, "postal_code"},
    {FormFieldType::Signature, "signature"},
}};

}  // namespace

std::string_view formFieldTypeName(FormFieldType type) {
    for (const auto& [t, name] : kTypeNames) {
        if (t == type) return name;
    }
    return {};
}

std::optional<FormFieldType> formFieldTypeFromName(std::string_view name) {
    for (const auto& [t, n] : kTypeNames) {
        if (n == name) return t;
    }
    return std::nullopt;
}

}  // namespace kiosk
