#pragma once
// The record open at a desk (issue 11 items 5, 6): the slip's lines, the
// actions staff may take, the numbers of the patient's earlier visits, and
// who did what to it. Opening is audited; a staff action is saved against the
// revision that was shown, so a record another desk changed meanwhile is
// refused and shown anew, never overwritten.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "PastVisitNumbers.h"
#include "StaffAction.h"
#include "core/Language.h"
#include "output/SlipContent.h"
#include "store/RecordStore.h"

namespace kiosk {

struct DeskRecordPolicy {
    Language language = Language::Japanese;
    // Days a record is kept once its claim work is finished (item 10).
    int keepDaysAfterClaimWork = 90;
};

class DeskRecord {
public:
    // Opens record `id` for `actor`, with a view_record audit entry.
    static DeskRecord open(RecordStore& store, std::int64_t id, std::string_view actor,
                           const DeskRecordPolicy& policy);
    // Reads it again (another desk or a kiosk changed the file); not audited.
    void reload(RecordStore& store);
    // Applies and saves `action` (one audit entry under `actor`), settles the
    // follow-ups it answers, and sets the purge date when the claim work is
    // finished. message() says what happened.
    // `seenRevision`: the revision staff had in front of them when they chose
    // the action; a record changed since is refused and shown anew.
    void act(RecordStore& store, const StaffAction& action, std::int64_t seenRevision,
             std::string_view actor, CivilDate today);

    std::int64_t id() const { return id_; }
    std::int64_t revision() const { return revision_; }
    const std::optional<SlipContent>& content() const { return content_; }
    const std::string& problem() const { return problem_; }
    const std::vector<StaffActionKind>& actions() const { return actions_; }
    const std::vector<PastVisitNumbers>& pastNumbers() const { return pastNumbers_; }
    const std::vector<AuditEntry>& history() const { return history_; }
    const std::string& message() const { return message_; }
    // False after 資格（無効） or 資格情報なし (DOMAIN.md §2.1).
    bool mynaportalCanProve() const { return mynaportalCanProve_; }
    // True after an action was saved: the desk's list reloads.
    bool takeChanged();

private:
    DeskRecord(std::int64_t id, DeskRecordPolicy policy) : id_(id), policy_(policy) {}
    std::string text(std::string_view key,
                     const std::vector<std::pair<std::string, std::string>>& values = {}) const;

    std::int64_t id_ = 0;
    DeskRecordPolicy policy_;
    std::int64_t revision_ = 0;
    std::optional<SlipContent> content_;
    std::string problem_;
    std::vector<StaffActionKind> actions_;
    std::vector<PastVisitNumbers> pastNumbers_;
    std::vector<AuditEntry> history_;
    std::string message_;
    bool changed_ = false;
    bool mynaportalCanProve_ = true;
    bool followUpsOpen_ = false;
};

}  // namespace kiosk
