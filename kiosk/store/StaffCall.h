#pragma once
// A patient's 「スタッフを呼ぶ」 (issue 10 item 6), kept in the store so that a
// front desk sharing it sees which kiosk calls, since when and why. Nothing
// personal: the kiosk's name, the reason and the times.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>

#include "UtcTime.h"
#include "core/EnumNames.h"

namespace kiosk {

enum class StaffCallReason {
    PatientAsked,      // the patient tapped 「スタッフを呼ぶ」
    IdentityDenied,    // 「ご本人の情報ですか？」 answered no: a mis-linked record?
    FaceCheckByStaff,  // the reader could not match the face: staff compare the photo
};

// How a call ended.
enum class StaffCallEnd {
    CancelledByPatient,  // the patient no longer needed anyone
    StaffAtKiosk,        // staff came and closed it on the kiosk
    StaffAtDesk,         // closed from the front desk
};

template <>
struct EnumNames<StaffCallReason> {
    static constexpr std::pair<StaffCallReason, std::string_view> table[] = {
        {StaffCallReason::PatientAsked, "patient_asked"},
        {StaffCallReason::IdentityDenied, "identity_denied"},
        {StaffCallReason::FaceCheckByStaff, "face_check_by_staff"},
    };
};

template <>
struct EnumNames<StaffCallEnd> {
    static constexpr std::pair<StaffCallEnd, std::string_view> table[] = {
        {StaffCallEnd::CancelledByPatient, "cancelled_by_patient"},
        {StaffCallEnd::StaffAtKiosk, "staff_at_kiosk"},
        {StaffCallEnd::StaffAtDesk, "staff_at_desk"},
    };
};

struct StaffCall {
    std::int64_t id = 0;
    std::string kioskName;
    StaffCallReason reason = StaffCallReason::PatientAsked;
    UtcTime calledAt;
    std::optional<UtcTime> endedAt;  // none while the call is open
    std::optional<StaffCallEnd> end;

    bool operator==(const StaffCall&) const = default;
};

}  // namespace kiosk
