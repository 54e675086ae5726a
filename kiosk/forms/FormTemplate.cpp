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

std::string screenTexts(const FormTemplate& form) {
    std::string all;
    const auto add = [&all](const LocalizedText& text) { all += text.ja + text.en; };
    add(form.title);
    for (const auto& point : form.explanation) add(point);
    for (const auto& field : form.fields) {
        add(field.label);
        if (field.screenLabel) add(*field.screenLabel);
        add(field.help);
        for (const auto& option : field.options) add(option.label);
    }
    for (const auto& step : form.steps) add(step.title);
    return all;
}

}  // namespace kiosk
