#include "RecordsCommand.h"

#include <iostream>
#include <memory>

#include "CommandActor.h"
#include "DataPaths.h"
#include "DateOption.h"
#include "ExportCommand.h"
#include "RecordFile.h"
#include "core/ClaimBasis.h"
#include "core/RecordEnumNames.h"
#include "core/RecordJson.h"
#include "output/FrontDeskSlip.h"
#include "output/PdfDocument.h"
#include "store/PrivateFiles.h"
#include "store/SqliteRecordStore.h"

namespace kiosk::app {

namespace {

struct ListFilter {
    std::string from;
    std::string to;
    std::string status;
    std::string name;
    std::string born;
};

int listRecords(const std::filesystem::path& dbPath, const ListFilter& filter) {
    RecordQuery query;
    query.patientName = filter.name;
    if (!parseDateOption(filter.born, "--born", query.patientBirthDate) ||
        !parseDateOption(filter.from, "--from", query.visitFrom) ||
        !parseDateOption(filter.to, "--to", query.visitTo)) {
        return 2;
    }
    if (!filter.status.empty()) {
        query.status = enumFromName<RecordStatus>(filter.status);
        if (!query.status) {
            std::cerr << "kioskctl: --status: unknown status: " << filter.status << "\n";
            return 2;
        }
    }
    auto store = openRecordFile(dbPath);
    if (!store) return 1;
    auto records = store->list(query);
    if (!records) {
        std::cerr << "kioskctl: " << records.error().message << "\n";
        return 1;
    }
    // Only what identifies the visit and what the desk does next: names and
    // numbers stay behind `records show`.
    std::cout << "id\tvisit_date\toutcome\tstatus\tclaim_basis\n";
    for (const auto& stored : *records) {
        const auto& r = stored.record;
        std::cout << r.id << '\t' << r.visitDate.iso() << '\t' << enumName(r.outcome) << '\t'
                  << enumName(r.status) << '\t' << enumName(decideClaimBasis(r).kind) << '\n';
    }
    return 0;
}

int showRecord(const std::filesystem::path& dbPath, std::int64_t id) {
    auto store = openRecordFile(dbPath);
    if (!store) return 1;
    auto stored = store->get(id);
    if (!stored) {
        std::cerr << "kioskctl: " << stored.error().message << "\n";
        return 1;
    }
    if (auto noted = store->noteRecordSeen(id, "show", commandActor()); !noted) {
        std::cerr << "kioskctl: " << noted.error().message << "\n";
        return 1;
    }
    nlohmann::json out = recordToJson(stored->record);
    out["revision"] = stored->revision;
    out["createdAt"] = formatUtc(stored->createdAt);
    out["updatedAt"] = formatUtc(stored->updatedAt);
    if (stored->purgeAfter) out["purgeAfter"] = stored->purgeAfter->iso();
    std::cout << out.dump(2) << "\n";
    return 0;
}

// The front desk's slip for one record: claim basis, numbers, share, follow-ups.
int writeSlip(const std::filesystem::path& dbPath, std::int64_t id, const std::string& out) {
    auto store = openRecordFile(dbPath);
    if (!store) return 1;
    auto stored = store->get(id);
    if (!stored) {
        std::cerr << "kioskctl: " << stored.error().message << "\n";
        return 1;
    }
    if (auto noted = store->noteRecordSeen(id, "slip", commandActor()); !noted) {
        std::cerr << "kioskctl: " << noted.error().message << "\n";
        return 1;
    }
    auto open = store->openFollowUps();
    if (!open) {
        std::cerr << "kioskctl: " << open.error().message << "\n";
        return 1;
    }
    std::vector<FollowUp> followUps;
    for (auto& f : *open) {
        if (f.recordId == id) followUps.push_back(std::move(f));
    }
    auto pdf = renderFrontDeskSlip(frontDeskSlipFor(*stored, std::move(followUps)),
                                   PdfSettings::fromDataDir(defaultDataDir()));
    if (!pdf) {
        std::cerr << "kioskctl: " << pdf.error().message << "\n";
        return 1;
    }
    if (auto written = writePdfFile(out, *pdf); !written) {
        std::cerr << "kioskctl: " << written.error().message << "\n";
        return 1;
    }
    return 0;
}

}  // namespace

void addRecordsCommand(CLI::App& cli, const std::filesystem::path& dbPath, int& exitCode) {
    auto* records = cli.add_subcommand("records", "Check-in records in the database");
    records->require_subcommand(1);

    auto filter = std::make_shared<ListFilter>();
    auto* list = records->add_subcommand("list", "One line per record, newest visit first");
    list->add_option("--from", filter->from, "First visit date (YYYY-MM-DD)");
    list->add_option("--to", filter->to, "Last visit date (YYYY-MM-DD)");
    list->add_option("--status", filter->status, "open | awaiting_insurer_number | closed");
    list->add_option("--name", filter->name,
                     "Part of the patient's name, kanji or kana (渡邊 finds 渡辺)");
    list->add_option("--born", filter->born, "The patient's birth date (YYYY-MM-DD)");
    list->callback([&dbPath, &exitCode, filter] { exitCode = listRecords(dbPath, *filter); });

    auto id = std::make_shared<std::int64_t>(0);
    auto* show = records->add_subcommand("show", "One record as JSON");
    show->add_option("id", *id, "Record id")->required()->check(CLI::PositiveNumber);
    show->callback([&dbPath, &exitCode, id] { exitCode = showRecord(dbPath, *id); });

    auto slipId = std::make_shared<std::int64_t>(0);
    auto slipOut = std::make_shared<std::string>();
    auto* slip = records->add_subcommand("slip", "The front-desk slip of one record as PDF");
    slip->add_option("id", *slipId, "Record id")->required()->check(CLI::PositiveNumber);
    slip->add_option("--out", *slipOut, "PDF file to write")->required();
    slip->callback(
        [&dbPath, &exitCode, slipId, slipOut] { exitCode = writeSlip(dbPath, *slipId, *slipOut); });
    addExportCommand(*records, dbPath, exitCode);
}

}  // namespace kiosk::app
