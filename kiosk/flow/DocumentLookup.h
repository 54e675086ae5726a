#pragma once
// The self-service check of a 資格確認書 (issue 9 item 6): the patient types
// the numbers and birth date printed on it, and the kiosk asks the terminal
// with a 保険証情報 look-up, so the document is verified on the spot (claim
// case 1) instead of at the counter. The questions are the 申立書 template's
// own fields, so screen, validation and wording stay one.
#include <optional>
#include <string>

#include "core/CivilDate.h"
#include "forms/FormTemplate.h"
#include "forms/FormValues.h"

namespace kiosk {

// What a 保険証情報 look-up searches on (QualificationConfirmSearchInfo).
struct DocumentNumbers {
    std::string insurerNumber;
    std::string symbol;  // 記号: none on 後期 documents
    std::string number;
    std::string branch;
    CivilDate birthDate;

    bool operator==(const DocumentNumbers&) const = default;
};

// The wizard template for the look-up: the declaration's 保険者番号, 記号・番号・
// 枝番 and 生年月日 steps, in that order.
FormTemplate documentLookupTemplate(const FormTemplate& declaration);

// The keys a look-up cannot do without.
const std::vector<std::string>& documentLookupRequiredKeys();

// nullopt while a required value is missing.
std::optional<DocumentNumbers> documentNumbersFrom(const FormValues& values);

}  // namespace kiosk
