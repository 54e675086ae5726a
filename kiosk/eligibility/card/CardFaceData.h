#pragma once
// The basic four items (基本4情報) printed on a My Number card, as read from
// the 券面事項入力補助AP. The card holds no kana: IdentityFields::nameKana
// stays empty.
#include <optional>
#include <string>

#include "core/CivilDate.h"
#include "core/Declaration.h"
#include "core/IdentityMatcher.h"

namespace kiosk {

struct CardFaceData {
    std::string name;     // UTF-8, as printed
    std::string address;  // UTF-8, as printed
    std::optional<CivilDate> birthDate;
    std::optional<Sex> sex;  // ISO 5218 9 (not applicable / not known) is nullopt

    bool operator==(const CardFaceData&) const = default;
};

IdentityFields toIdentityFields(const CardFaceData& face);

}  // namespace kiosk
