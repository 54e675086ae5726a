#pragma once
// The front desk's screens (issue 11): the staff login, and once logged in
// the staff calls, the filter, today's list and the open record. They draw
// the desk's state (kiosk/desk) and report what staff did; the app acts.
#include <array>
#include <cstdint>
#include <optional>
#include <string>

#include "desk/DeskList.h"
#include "desk/DeskRecord.h"
#include "desk/DeskSession.h"
#include "desk/StaffCallBoard.h"
#include "output/SlipContent.h"
#include "output/export/RecordExport.h"
#include "ui/screens/ScreenContext.h"

namespace kiosk::ui {

// What the desk shows, owned by the app.
struct DeskView {
    const DeskSession& session;
    const DeskList* list = nullptr;  // null while logged off
    const StaffCallBoard& calls;
    const DeskRecord* record = nullptr;  // the record open beside the list, if any
    std::string notice;                  // one line under the list: "copied", a store error
    UtcTime now;
};

// Text typed into the desk's fields, kept between frames.
struct DeskScreenState {
    std::array<char, 64> login{};
    std::array<char, 128> password{};  // wiped as soon as it is submitted
    std::array<char, 16> from{};
    std::array<char, 16> to{};
    std::array<char, 64> name{};
    std::array<char, 16> birth{};
    bool badDate = false;
    bool worklist = false;  // the follow-ups shown instead of the check-ins
    // The staff action being filled in, and its numbers.
    std::optional<StaffActionKind> action;
    std::int64_t formRevision = 0;  // the record's revision when the form opened
    QualificationSource source = QualificationSource::ProofDocument;
    std::array<char, 16> insurerNumber{};
    std::array<char, 32> symbol{};
    std::array<char, 32> number{};
    std::array<char, 8> branch{};
};

struct DeskLoginAttempt {
    std::string login;
    std::string password;  // the caller wipes it once checked
};

struct DeskActions {
    std::optional<DeskLoginAttempt> login;
    bool logOff = false;
    std::optional<DeskFilter> filter;  // the filter staff changed to
    std::optional<std::int64_t> openRecord;
    bool closeRecord = false;
    std::optional<std::int64_t> takeCall;
    std::optional<std::string> copy;  // a claim number or 摘要 text for the clipboard
    std::optional<StaffAction> staffAction;
    // The revision staff saw when they chose the action: a record changed
    // since (another desk) is refused, never overwritten.
    std::int64_t staffActionRevision = 0;
    std::optional<ExportFormat> exportAs;  // the records the filter selects, to a file
};

// Empties the staff action's fields (after saving, on another record).
void clearStaffAction(DeskScreenState& state);

// Fills the filter's fields from `filter` (at login, and after 「今日」).
void showFilter(DeskScreenState& state, const DeskFilter& filter);

DeskActions drawDesk(const DeskView& view, const ScreenContext& ctx, DeskScreenState& state);

}  // namespace kiosk::ui
