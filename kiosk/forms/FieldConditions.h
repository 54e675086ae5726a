#pragma once
// When a field is asked on screen and when it must be answered, from the
// template's shown_when / required / required_when. A condition on a field
// that is itself not shown does not hold: a stale answer to a question that
// no longer applies (国保組合? after switching to 社保) changes nothing. These
// agree with core's DeclarationValidator for the 申立書 (tested).
#include <string_view>
#include <vector>

#include "FormTemplate.h"
#include "FormValues.h"
#include "core/CivilDate.h"

namespace kiosk {

struct ConditionContext {
    CivilDate visitDate;  // ages are reckoned on this day
};

// Screen only: the paper form prints every field that has paper geometry.
bool isShown(const FormTemplate& form, const FormField& field, const FormValues& values,
             const ConditionContext& context);
// Shown, and either always required or one of its required_when holds.
bool isRequired(const FormTemplate& form, const FormField& field, const FormValues& values,
                const ConditionContext& context);

// The field keys a named rule reads ("elder_or_kouki": birth_date and
// insurance_kind); empty for an unknown rule.
std::vector<std::string_view> fieldsReadByRule(std::string_view rule);

}  // namespace kiosk
