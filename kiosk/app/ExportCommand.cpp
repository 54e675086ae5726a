#include "ExportCommand.h"

#include <iostream>
#include <map>
#include <memory>

#include "CommandActor.h"
#include "DateOption.h"
#include "RecordFile.h"
#include "output/export/ExportFile.h"
#include "output/export/RecordExport.h"

namespace kiosk::app {

namespace {

struct ExportOptions {
    std::string format;
    std::string encoding = "utf-8";
    std::string from;
    std::string to;
    std::filesystem::path out;
};

int exportRecordsTo(const std::filesystem::path& dbPath, const ExportOptions& options) {
    if (options.format == "orca") {
        std::cerr << "kioskctl: --format " << options.format
                  << " is not available in this version; json, csv and fhir are\n";
        return 2;
    }
    const ExportFormat format = options.format == "json"   ? ExportFormat::Json
                                : options.format == "fhir" ? ExportFormat::Fhir
                                                           : ExportFormat::Csv;
    const ExportEncoding encoding =
        options.encoding == "shift_jis" ? ExportEncoding::ShiftJis : ExportEncoding::Utf8;
    RecordQuery query;
    if (!parseDateOption(options.from, "--from", query.visitFrom) ||
        !parseDateOption(options.to, "--to", query.visitTo)) {
        return 2;
    }
    auto store = openRecordFile(dbPath);
    if (!store) return 1;
    auto records = store->list(query);
    if (!records) {
        std::cerr << "kioskctl: " << records.error().message << "\n";
        return 1;
    }
    auto bytes = exportRecords(*records, format, encoding);
    if (!bytes) {
        std::cerr << "kioskctl: " << bytes.error().message << "\n";
        return 2;
    }
    if (auto written = writeExportFile(options.out, bytes->bytes); !written) {
        std::cerr << "kioskctl: " << written.error().message << "; nothing was exported\n";
        return 1;
    }
    // The records left the store: each is audited as seen, by export.
    std::vector<std::int64_t> ids;
    for (const auto& stored : *records) ids.push_back(stored.record.id);
    if (auto noted = store->noteRecordsSeen(ids, "export", commandActor()); !noted) {
        std::cerr << "kioskctl: " << noted.error().message << "\n";
        return 1;
    }
    std::cerr << "kioskctl: " << records->size() << " records written to " << options.out.string();
    if (bytes->substituted > 0) {
        std::cerr << "; " << bytes->substituted
                  << " characters Shift_JIS has no code for are written as 〓";
    }
    std::cerr << "\n";
    return 0;
}

}  // namespace

void addExportCommand(CLI::App& records, const std::filesystem::path& dbPath, int& exitCode) {
    auto options = std::make_shared<ExportOptions>();
    auto* command = records.add_subcommand(
        "export", "Records of a date range as JSON or CSV (written whole, or not at all)");
    command->add_option("--format", options->format, "json | csv | fhir (orca: not yet)")
        ->required()
        ->check(CLI::IsMember({"json", "csv", "fhir", "orca"}));
    command->add_option("--encoding", options->encoding, "utf-8 | shift_jis (CSV)")
        ->check(CLI::IsMember({"utf-8", "shift_jis"}));
    command->add_option("--from", options->from, "First visit date (YYYY-MM-DD)");
    command->add_option("--to", options->to, "Last visit date (YYYY-MM-DD)");
    command->add_option("--out", options->out, "File to write (0600)")->required();
    command->callback(
        [&dbPath, &exitCode, options] { exitCode = exportRecordsTo(dbPath, *options); });
}

}  // namespace kiosk::app
