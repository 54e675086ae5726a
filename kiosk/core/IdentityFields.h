#pragma once
// Who a person is, as one source shows them: the terminal's answer, the card's
// face (券面事項入力補助AP) or what the patient confirmed on the 申立書.
#include <optional>
#include <string>

#include "CivilDate.h"
#include "Declaration.h"

namespace kiosk {

struct IdentityFields {
    std::string name;      // 漢字氏名
    std::string nameKana;  // カナ氏名 (the terminal sends half-width katakana)
    std::optional<Sex> sex;
    std::optional<CivilDate> birthDate;
    std::string address;

    bool operator==(const IdentityFields&) const = default;
};

// The identity items of a 申立書.
IdentityFields identityOf(const Declaration& declaration);

}  // namespace kiosk
