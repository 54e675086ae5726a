#pragma once
// Exports from the desk window (issue 11 item 9): the records the list's
// filter selects, written whole into the desk's export folder (0700, made
// when missing) under a name with the date and time, each record audited as
// seen by export under the staff member's login.
#include <filesystem>
#include <string>

#include "DeskList.h"
#include "output/export/RecordExport.h"

namespace kiosk {

struct DeskExportDone {
    std::filesystem::path file;
    std::size_t records = 0;
};

struct DeskExportError {
    std::string message;
};

Result<DeskExportDone, DeskExportError> exportFromDesk(RecordStore& store, const DeskFilter& filter,
                                                       ExportFormat format,
                                                       const std::filesystem::path& folder,
                                                       std::string_view actor, UtcTime now);

}  // namespace kiosk
