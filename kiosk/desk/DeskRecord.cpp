#include "DeskRecord.h"

#include <algorithm>

#include "core/MessageCatalog.h"
#include "output/FrontDeskSlip.h"

namespace kiosk {

DeskRecord DeskRecord::open(RecordStore& store, std::int64_t id, std::string_view actor,
                            const DeskRecordPolicy& policy) {
    DeskRecord record(id, policy);
    // Seeing a record's values is audited once per opening, not per redraw.
    if (auto noted = store.noteRecordSeen(id, "desk", actor); !noted) {
        record.problem_ = noted.error().message;
        return record;
    }
    record.reload(store);
    return record;
}

void DeskRecord::reload(RecordStore& store) {
    auto stored = store.get(id_);
    if (!stored) {
        problem_ = stored.error().message;
        content_.reset();
        return;
    }
    problem_.clear();
    revision_ = stored->revision;
    std::vector<FollowUp> own;
    if (auto followUps = store.openFollowUps()) {
        for (auto& f : *followUps)
            if (f.recordId == id_) own.push_back(std::move(f));
    }
    followUpsOpen_ = !own.empty();
    const EligibilityOutcome outcome = stored->record.outcome;
    mynaportalCanProve_ =
        outcome != EligibilityOutcome::Lost && outcome != EligibilityOutcome::NotRegistered;
    content_ = slipContentFor(frontDeskSlipFor(*stored, std::move(own)), policy_.language);
    actions_ = staffActionsFor(stored->record);
    pastNumbers_.clear();
    if (const auto birth = stored->record.declaration ? stored->record.declaration->birthDate
                           : stored->record.terminalIdentity
                               ? stored->record.terminalIdentity->birthDate
                               : std::nullopt) {
        RecordQuery query;
        query.patientBirthDate = birth;
        if (auto earlier = store.list(query)) {
            pastNumbers_ = pastVisitNumbers(stored->record, *earlier);
        }
    }
    if (auto trail = store.auditTrail(id_)) history_ = std::move(trail).value();
}

std::string DeskRecord::text(std::string_view key,
                             const std::vector<std::pair<std::string, std::string>>& values) const {
    return MessageCatalog::builtIn().format(policy_.language, key, values);
}

void DeskRecord::act(RecordStore& store, const StaffAction& action, std::int64_t seenRevision,
                     std::string_view actor, CivilDate today) {
    auto stored = store.get(id_);
    if (!stored) {
        message_ = text("desk.action.save_failed", {{"reason", stored.error().message}});
        return;
    }
    // What staff saw was seenRevision: a newer one is somebody else's change,
    // even when this desk has shown it since (the form was being filled in).
    if (stored->revision != seenRevision) {
        reload(store);
        message_ = text("desk.action.conflict");
        return;
    }
    if (action.kind == StaffActionKind::ClaimWorkFinished && followUpsOpen_) {
        message_ = text("desk.action.follow_ups_open");
        return;
    }
    if (action.kind == StaffActionKind::ProofSeen &&
        action.source == QualificationSource::Mynaportal && !mynaportalCanProve_) {
        message_ = text("desk.action.mynaportal_cannot_prove");
        return;
    }
    auto changed = applyStaffAction(stored->record, action);
    if (!changed) {
        message_ = text(changed.error().key);
        return;
    }
    const std::string name(enumName(action.kind));
    auto saved = store.saveStaffAction(*changed, seenRevision, name, actor);
    if (!saved) {
        if (saved.error().kind == StoreError::Conflict) {
            reload(store);
            message_ = text("desk.action.conflict");
        } else {
            message_ = text("desk.action.save_failed", {{"reason", saved.error().message}});
        }
        return;
    }
    const auto settles = followUpsSettledBy(action.kind);
    if (auto followUps = store.openFollowUps(); followUps && !settles.empty()) {
        for (const auto& f : *followUps) {
            if (f.recordId == id_ && std::ranges::find(settles, f.kind) != settles.end()) {
                (void)store.completeFollowUp(f.id, actor);  // done elsewhere already: fine
            }
        }
    }
    changed_ = true;
    reload(store);
    message_ = text("desk.action.saved", {{"action", text("desk.action." + name)}});
    if (action.kind == StaffActionKind::ClaimWorkFinished) {
        const CivilDate purgeAfter = today.plusDays(policy_.keepDaysAfterClaimWork);
        if (auto set = store.setPurgeAfter(id_, purgeAfter, actor); !set) {
            message_ = text("desk.action.save_failed", {{"reason", set.error().message}});
        }
    }
}

bool DeskRecord::takeChanged() {
    const bool changed = changed_;
    changed_ = false;
    return changed;
}

}  // namespace kiosk
