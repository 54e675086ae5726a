#pragma once
// A check-in record as the store holds it, with the bookkeeping around it.
#include <cstdint>
#include <optional>

#include "UtcTime.h"
#include "core/CheckInRecord.h"

namespace kiosk {

struct StoredRecord {
    CheckInRecord record;       // record.id is the store's id
    std::int64_t revision = 0;  // 1 when created, +1 per update; see RecordStore::update
    UtcTime createdAt;
    UtcTime updatedAt;
    // When the record may be deleted (retention); nullopt = not decided yet.
    std::optional<CivilDate> purgeAfter;
};

// Which records to list; every criterion left empty matches all.
struct RecordQuery {
    std::optional<CivilDate> visitFrom;  // inclusive
    std::optional<CivilDate> visitTo;    // inclusive
    std::optional<RecordStatus> status;
    // The patient's birth date (patientIdentityOf): their earlier visits.
    std::optional<CivilDate> patientBirthDate;
    // Part of the patient's name in kanji or kana, matched with widths,
    // spaces and variant kanji folded (渡邊 finds 渡辺, ﾜﾀﾅﾍﾞ finds ワタナベ).
    std::string patientName;
};

}  // namespace kiosk
