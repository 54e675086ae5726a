#pragma once
// The check-in record as JSON: the record store's payload and the JSON export.
// Enums are stable lowercase names, dates ISO "YYYY-MM-DD", an absent
// optional is an absent key, and "format" says which layout this is.
#include <nlohmann/json.hpp>
#include <string>

#include "CheckInRecord.h"
#include "Result.h"

namespace kiosk {

// The layout recordToJson writes; recordFromJson refuses anything newer and
// reads older ones (2 added the typed numbers, the terminal's identity and
// the cross-check; a format-1 record keeps their defaults).
inline constexpr int kRecordJsonFormat = 2;

// Where and why a JSON document is not a record. `reason` never quotes the
// offending value: it may be personal data.
struct RecordJsonError {
    std::string path;  // JSON pointer, e.g. "/declaration/birthDate"
    std::string reason;
};

// `id` is written only once the record is stored (non-zero).
nlohmann::json recordToJson(const CheckInRecord& record);

// Strict: every member is required unless optional, unknown keys are refused
// so that a newer writer's data is never dropped by a rewrite. Never throws.
Result<CheckInRecord, RecordJsonError> recordFromJson(const nlohmann::json& json);

}  // namespace kiosk
