#include "DailyPurge.h"

namespace kiosk {

StoreResult<std::size_t> DailyPurge::runIfDue(RecordStore& store, CivilDate today,
                                              std::string_view desk) {
    if (lastDay_ == today) return std::size_t{0};
    auto purged = store.purgeDue(today, /*dryRun=*/false, "desk:" + std::string(desk));
    if (!purged) return fail(purged.error());
    lastDay_ = today;
    return purged->size();
}

}  // namespace kiosk
