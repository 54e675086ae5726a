#pragma once
// Work the front desk still owes a record (DOMAIN.md §2, §3): the worklist.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "UtcTime.h"
#include "core/CivilDate.h"
#include "core/EnumNames.h"

namespace kiosk {

enum class FollowUpKind {
    ReportInsurerNumber,      // the patient should report the insurer number (不詳 claim)
    SystemFailureModeLookup,  // look the patient up later in システム障害時モード
    ConfirmProof,             // see the proof document the patient promised
    ConfirmIdentity,          // the terminal's data and the patient's differ (2023-07-04)
    Other,
};

template <>
struct EnumNames<FollowUpKind> {
    static constexpr std::pair<FollowUpKind, std::string_view> table[] = {
        {FollowUpKind::ReportInsurerNumber, "report_insurer_number"},
        {FollowUpKind::SystemFailureModeLookup, "system_failure_mode_lookup"},
        {FollowUpKind::ConfirmProof, "confirm_proof"},
        {FollowUpKind::ConfirmIdentity, "confirm_identity"},
        {FollowUpKind::Other, "other"},
    };
};

struct FollowUp {
    std::int64_t id = 0;
    std::int64_t recordId = 0;
    FollowUpKind kind = FollowUpKind::Other;
    CivilDate due = *CivilDate::make(2000, 1, 1);
    std::string note;  // staff's words; may be personal, so never audited
    bool done = false;
    UtcTime createdAt;
    std::optional<UtcTime> doneAt;

    bool operator==(const FollowUp&) const = default;
};

// A follow-up still to be stored.
struct NewFollowUp {
    FollowUpKind kind = FollowUpKind::Other;
    CivilDate due;
    std::string note;

    bool operator==(const NewFollowUp&) const = default;
};

}  // namespace kiosk
