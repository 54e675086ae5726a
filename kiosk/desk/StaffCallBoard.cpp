#include "StaffCallBoard.h"

namespace kiosk {

bool StaffCallBoard::refresh(RecordStore& store) {
    auto calls = store.staffCalls(/*openOnly=*/true);
    if (!calls) {
        error_ = calls.error();
        return false;
    }
    error_.reset();
    bool fresh = false;
    std::set<std::int64_t> stillOpen;
    for (const auto& call : *calls) {
        stillOpen.insert(call.id);
        fresh = seen_.insert(call.id).second || fresh;
    }
    // Forget ended calls, so the set does not grow all day.
    std::erase_if(seen_, [&](std::int64_t id) { return !stillOpen.contains(id); });
    open_ = std::move(calls).value();
    return fresh;
}

Status<StoreError> StaffCallBoard::take(RecordStore& store, std::int64_t callId,
                                        std::string_view actor) {
    auto ended = store.endStaffCall(callId, StaffCallEnd::StaffAtDesk, actor);
    if (!ended && ended.error().kind != StoreError::Conflict) return ended;
    std::erase_if(open_, [&](const StaffCall& call) { return call.id == callId; });
    return Done{};
}

}  // namespace kiosk
