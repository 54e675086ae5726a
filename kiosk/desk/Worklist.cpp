#include "Worklist.h"

#include <algorithm>

#include "core/VisitHistory.h"

namespace kiosk {

StoreResult<std::vector<WorklistItem>> loadWorklist(RecordStore& store) {
    auto followUps = store.openFollowUps();
    if (!followUps) return fail(followUps.error());
    std::vector<WorklistItem> items;
    for (auto& followUp : *followUps) {
        auto stored = store.get(followUp.recordId);
        if (!stored) return fail(stored.error());
        const IdentityFields who = patientIdentityOf(stored->record);
        WorklistItem item{std::move(followUp), deskRowOf(*stored), who.sex, who.address, ""};
        if (stored->record.declaration) item.insurerName = stored->record.declaration->insurerName;
        items.push_back(std::move(item));
    }
    // Waiting since the visit: the oldest visit first.
    std::ranges::stable_sort(items, [](const WorklistItem& a, const WorklistItem& b) {
        return a.row.visitDate != b.row.visitDate ? a.row.visitDate < b.row.visitDate
                                                  : a.followUp.id < b.followUp.id;
    });
    return items;
}

}  // namespace kiosk
