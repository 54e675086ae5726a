#pragma once
// What the kiosk asks an eligibility source: check the card on the reader, or
// the numbers of an insurance card / 資格確認書 (保険証情報).
#include <optional>
#include <string>

#include "core/CivilDate.h"

namespace kiosk {

// ReferenceClassification: 1 card, 2 保険証情報.
enum class CheckReference { Card, InsuranceCard };

struct CheckRequest {
    CheckReference reference = CheckReference::Card;
    CivilDate confirmationDate = *CivilDate::make(2000, 1, 1);  // 資格確認日, normally today
    // Card checks: the reader answers only once a card is placed, and a
    // patient may take their time; only the caller (leaving the screen)
    // ends such a wait, never the source's time-out.
    bool waitUntilCancelled = false;
    // QualificationConfirmSearchInfo, for InsuranceCard checks:
    std::string insurerNumber;
    std::string symbol;  // 記号
    std::string number;  // 番号
    std::string branch;  // 枝番
    std::optional<CivilDate> birthDate;
    // Free text the terminal echoes back; the simulator reads it as the id of
    // a test person (OqsSimulator.h). Card checks send nothing: the face
    // reader answers by itself (FaceReaderWatcher.h).
    std::string arbitraryIdentifier;
};

}  // namespace kiosk
