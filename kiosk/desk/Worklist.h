#pragma once
// The desk's follow-up worklist (issue 11 item 7): every follow-up not yet
// done, the oldest visit first, with the patient and, for a システム障害時モード
// look-up, the keys that screen asks for laid out in its order: 生年月日,
// 性別, 資格確認日, 氏名 or カナ exactly, 住所 or 保険者名.
#include <vector>

#include "DeskRow.h"
#include "store/RecordStore.h"

namespace kiosk {

struct WorklistItem {
    FollowUp followUp;
    DeskRow row;
    std::optional<Sex> sex;
    std::string address;      // as the 申立書 or the terminal gives it
    std::string insurerName;  // 保険者等名称 from the 申立書, when given
};

// The oldest visit's follow-ups first: they have waited longest.
StoreResult<std::vector<WorklistItem>> loadWorklist(RecordStore& store);

}  // namespace kiosk
