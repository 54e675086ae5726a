#pragma once
// The desk's live list of check-ins (issue 11 item 4) and its follow-up
// worklist (item 7): the rows a filter selects, reloaded only when the filter changes, this desk
// changed a record, or another connection (a kiosk, another desk) committed — which the store's
// change stamp tells without reading a table. The desk asks a few times a
// second; nothing is queried in a busy loop.
#include <optional>
#include <string>
#include <vector>

#include "DeskRow.h"
#include "Worklist.h"
#include "store/RecordStore.h"

namespace kiosk {

struct DeskFilter {
    CivilDate from = *CivilDate::make(2000, 1, 1);  // visit dates, inclusive
    CivilDate to = *CivilDate::make(2000, 1, 1);
    std::optional<RecordStatus> status;  // none: every status
    std::string name;                    // part of the name, kanji or kana; "" any
    std::optional<CivilDate> birthDate;

    bool operator==(const DeskFilter&) const = default;
};

// The store's query for what a filter selects.
RecordQuery queryOf(const DeskFilter& filter);

class DeskList {
public:
    explicit DeskList(DeskFilter filter) : filter_(std::move(filter)) {}

    const DeskFilter& filter() const { return filter_; }
    void setFilter(const DeskFilter& filter);
    // This desk changed a record: its own writes do not move the stamp.
    void markStale() { stale_ = worklistStale_ = true; }

    // Reloads when needed; true when the rows were reloaded. On a store
    // error the rows stay as they were and error() says why.
    bool refresh(RecordStore& store);

    const std::vector<DeskRow>& rows() const { return rows_; }
    const DeskRow* row(std::int64_t recordId) const;
    // The follow-ups not yet done, whatever the filter (Worklist.h).
    const std::vector<WorklistItem>& worklist() const { return worklist_; }
    const std::optional<StoreError>& error() const { return error_; }

private:
    DeskFilter filter_;
    std::vector<DeskRow> rows_;
    std::vector<WorklistItem> worklist_;
    std::optional<std::int64_t> stamp_;
    bool stale_ = true;
    bool worklistStale_ = true;
    std::optional<StoreError> error_;
};

}  // namespace kiosk
