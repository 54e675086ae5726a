#include "DeskExport.h"

#include "output/export/ExportFile.h"
#include "store/PrivateFiles.h"

namespace kiosk {

namespace {

std::string fileName(ExportFormat format, UtcTime now) {
    std::string stamp = localDateTimeText(now);  // "YYYY-MM-DD HH:MM"
    for (char& c : stamp) {
        if (c == ' ' || c == ':') c = '-';
    }
    switch (format) {
        case ExportFormat::Csv:
            return "checkins-" + stamp + ".csv";
        case ExportFormat::Json:
            return "checkins-" + stamp + ".json";
        case ExportFormat::Fhir:
            return "checkins-" + stamp + ".fhir.json";
    }
    return "checkins-" + stamp;
}

}  // namespace

Result<DeskExportDone, DeskExportError> exportFromDesk(RecordStore& store, const DeskFilter& filter,
                                                       ExportFormat format,
                                                       const std::filesystem::path& folder,
                                                       std::string_view actor, UtcTime now) {
    auto records = store.list(queryOf(filter));
    if (!records) return fail(DeskExportError{records.error().message});
    // The desk's CSV is for Excel: UTF-8 with its byte-order mark.
    auto bytes = exportRecords(*records, format, ExportEncoding::Utf8);
    if (!bytes) return fail(DeskExportError{bytes.error().message});
    if (auto made = createPrivateFolder(folder); !made) {
        return fail(DeskExportError{made.error().message});
    }
    const std::filesystem::path file = folder / fileName(format, now);
    if (auto written = writeExportFile(file, bytes->bytes); !written) {
        return fail(DeskExportError{written.error().message});
    }
    std::vector<std::int64_t> ids;
    for (const auto& stored : *records) ids.push_back(stored.record.id);
    if (auto noted = store.noteRecordsSeen(ids, "export", actor); !noted) {
        return fail(DeskExportError{noted.error().message});
    }
    return DeskExportDone{file, records->size()};
}

}  // namespace kiosk
