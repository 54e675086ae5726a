#pragma once
// The 申立書 as form values and back: the wizard and the scanner work on
// FormValues, the record keeps a kiosk::Declaration. Keys are the
// DeclarationField keys; option values are the record's stable enum names
// (RecordEnumNames.h). Values under other keys (insurer_number) are extras
// the Declaration does not hold; they are left alone.
#include <string>

#include "FormValues.h"
#include "core/Declaration.h"
#include "core/Result.h"

namespace kiosk {

struct FormValueError {
    std::string key;
    std::string value;
    std::string message;  // "<key>: <what is wrong>", one line, English
};

// A check that is not ticked is no answer: only "true" is written.
FormValues declarationToFormValues(const Declaration& declaration);
// Refuses a value that is not one of the field's answers (an unknown option,
// a date that is not YYYY-MM-DD, a check other than "true"/"false").
Result<Declaration, FormValueError> declarationFromFormValues(const FormValues& values);

}  // namespace kiosk
