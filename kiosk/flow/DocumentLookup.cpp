#include "DocumentLookup.h"

#include <algorithm>

#include "core/DeclarationField.h"

namespace kiosk {

namespace {

std::string key(DeclarationField field) {
    return std::string(declarationFieldKey(field));
}

}  // namespace

FormTemplate documentLookupTemplate(const FormTemplate& declaration) {
    const std::vector<std::string> keys = {
        key(DeclarationField::InsurerNumber), key(DeclarationField::InsuredSymbol),
        key(DeclarationField::InsuredNumber), key(DeclarationField::InsuredBranch),
        key(DeclarationField::BirthDate)};
    FormTemplate lookup;
    lookup.id = declaration.id + "#document_lookup";
    lookup.version = declaration.version;
    lookup.title = declaration.title;
    for (const auto& field : declaration.fields) {
        if (std::ranges::count(keys, field.key) == 0) continue;
        // Its help stays: where the number is printed, and how many digits.
        FormField asked = field;
        asked.conditions = {};
        lookup.fields.push_back(std::move(asked));
    }
    for (const auto& step : declaration.steps) {
        FormStep kept{step.id, step.title, {}};
        for (const auto& field : step.fields) {
            if (std::ranges::count(keys, field) != 0) kept.fields.push_back(field);
        }
        if (!kept.fields.empty()) lookup.steps.push_back(std::move(kept));
    }
    return lookup;
}

const std::vector<std::string>& documentLookupRequiredKeys() {
    static const std::vector<std::string> required = {key(DeclarationField::InsurerNumber),
                                                      key(DeclarationField::InsuredNumber),
                                                      key(DeclarationField::BirthDate)};
    return required;
}

std::optional<DocumentNumbers> documentNumbersFrom(const FormValues& values) {
    auto value = [&values](DeclarationField field) { return std::string(values.get(key(field))); };
    auto birth = CivilDate::parse(value(DeclarationField::BirthDate));
    if (!birth) return std::nullopt;
    DocumentNumbers numbers{
        value(DeclarationField::InsurerNumber), value(DeclarationField::InsuredSymbol),
        value(DeclarationField::InsuredNumber), value(DeclarationField::InsuredBranch), *birth};
    if (numbers.insurerNumber.empty() || numbers.number.empty()) return std::nullopt;
    return numbers;
}

}  // namespace kiosk
