#include "DeskList.h"

#include <algorithm>

namespace kiosk {

RecordQuery queryOf(const DeskFilter& filter) {
    RecordQuery query;
    query.visitFrom = filter.from;
    query.visitTo = filter.to;
    query.status = filter.status;
    query.patientName = filter.name;
    query.patientBirthDate = filter.birthDate;
    return query;
}

void DeskList::setFilter(const DeskFilter& filter) {
    if (filter == filter_) return;
    filter_ = filter;
    stale_ = true;
}

bool DeskList::refresh(RecordStore& store) {
    auto stamp = store.othersChangeStamp();
    if (!stamp) {
        error_ = stamp.error();
        return false;
    }
    const bool fileChanged = stamp_ != *stamp;
    if (!stale_ && !worklistStale_ && !fileChanged) return false;
    // A new filter reads only its rows; a changed file, the worklist too.
    if (worklistStale_ || fileChanged) {
        auto worklist = loadWorklist(store);
        if (!worklist) {
            error_ = worklist.error();
            return false;
        }
        worklist_ = std::move(worklist).value();
        worklistStale_ = false;
    }
    if (stale_ || fileChanged) {
        auto records = store.list(queryOf(filter_));
        if (!records) {
            error_ = records.error();
            return false;
        }
        rows_.clear();
        rows_.reserve(records->size());
        for (const auto& stored : *records) rows_.push_back(deskRowOf(stored));
        stale_ = false;
    }
    stamp_ = *stamp;
    error_.reset();
    return true;
}

const DeskRow* DeskList::row(std::int64_t recordId) const {
    auto found = std::ranges::find(rows_, recordId, &DeskRow::recordId);
    return found == rows_.end() ? nullptr : &*found;
}

}  // namespace kiosk
