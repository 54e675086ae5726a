#pragma once
// The kiosks' open calls for staff as every desk shows them (issue 11
// item 3): which kiosk, since when, why; a sound once for each new call;
// gone from every desk as soon as one member of staff takes it.
#include <cstdint>
#include <set>
#include <vector>

#include "store/RecordStore.h"

namespace kiosk {

class StaffCallBoard {
public:
    // Reads the open calls; true when one appeared that this desk had not
    // seen (the desk plays its sound). On a store error the calls stay.
    bool refresh(RecordStore& store);
    // Ends a call from this desk; a call another desk or the kiosk ended
    // first is simply gone (not an error for the one who came too late).
    Status<StoreError> take(RecordStore& store, std::int64_t callId, std::string_view actor);

    const std::vector<StaffCall>& open() const { return open_; }
    const std::optional<StoreError>& error() const { return error_; }

private:
    std::vector<StaffCall> open_;
    std::set<std::int64_t> seen_;
    std::optional<StoreError> error_;
};

}  // namespace kiosk
