#include "FieldConditions.h"

#include <algorithm>

#include "core/DeclarationValidator.h"
#include "core/RecordEnumNames.h"
#include "core/TextChecks.h"

namespace kiosk {

namespace {

constexpr std::string_view kBirthDateKey = "birth_date";
constexpr std::string_view kInsuranceKindKey = "insurance_kind";
constexpr std::string_view kNameKey = "name";

// A field's answer as conditions see it: none while the field is not shown.
std::string_view visibleValue(const FormTemplate& form, std::string_view key,
                              const FormValues& values, const ConditionContext& context) {
    const FormField* field = form.field(key);
    if (!field || !isShown(form, *field, values, context)) return {};
    return values.get(key);
}

// 一部負担金の割合 is asked of 70+ and 後期: core decides, so the wizard and
// the validator cannot disagree.
bool elderOrKouki(const FormTemplate& form, const FormValues& values,
                  const ConditionContext& context) {
    Declaration d;
    d.insuranceKind =
        enumFromName<InsuranceKind>(visibleValue(form, kInsuranceKindKey, values, context));
    d.birthDate = CivilDate::parse(visibleValue(form, kBirthDateKey, values, context));
    return declaredShareAsked(d, context.visitDate);
}

bool holds(const FormTemplate& form, const FieldCondition& condition, const FormValues& values,
           const ConditionContext& context) {
    if (condition.rule == kRuleElderOrKouki) return elderOrKouki(form, values, context);
    if (condition.rule == kRuleNameNotLatin) {
        return !isLatinName(visibleValue(form, kNameKey, values, context));
    }
    if (!condition.rule.empty()) return false;
    const std::string_view value = visibleValue(form, condition.field, values, context);
    return !value.empty() && std::find(condition.anyOf.begin(), condition.anyOf.end(), value) !=
                                 condition.anyOf.end();
}

bool anyHolds(const FormTemplate& form, const std::vector<FieldCondition>& conditions,
              const FormValues& values, const ConditionContext& context) {
    return std::any_of(conditions.begin(), conditions.end(),
                       [&](const FieldCondition& c) { return holds(form, c, values, context); });
}

}  // namespace

bool isShown(const FormTemplate& form, const FormField& field, const FormValues& values,
             const ConditionContext& context) {
    if (field.medium == FieldMedium::PaperOnly) return false;
    const auto& shownWhen = field.conditions.shownWhen;
    return shownWhen.empty() || anyHolds(form, shownWhen, values, context);
}

bool isRequired(const FormTemplate& form, const FormField& field, const FormValues& values,
                const ConditionContext& context) {
    if (!isShown(form, field, values, context)) return false;
    return field.conditions.required ||
           anyHolds(form, field.conditions.requiredWhen, values, context);
}

std::vector<std::string_view> fieldsReadByRule(std::string_view rule) {
    if (rule == kRuleElderOrKouki) return {kBirthDateKey, kInsuranceKindKey};
    if (rule == kRuleNameNotLatin) return {kNameKey};
    return {};
}

}  // namespace kiosk
