#pragma once
// The desk's daily purge (issue 11 item 10): once a day, whichever desk is
// running, the closed records past their purge date are deleted
// (RecordStore::purgeDue). Two desks running the same day both find nothing
// left to do the second time.
#include <optional>

#include "store/RecordStore.h"

namespace kiosk {

class DailyPurge {
public:
    // Purges when `today` has not been purged by this desk yet; the number of
    // records deleted (0 when it was not due).
    StoreResult<std::size_t> runIfDue(RecordStore& store, CivilDate today, std::string_view desk);

private:
    std::optional<CivilDate> lastDay_;
};

}  // namespace kiosk
