#include "RecordExport.h"

#include <nlohmann/json.hpp>

#include "FhirBundle.h"
#include "core/CheckInPath.h"
#include "core/ClaimBasis.h"
#include "core/CounterShare.h"
#include "core/MessageCatalog.h"
#include "core/RecordEnumNames.h"
#include "core/RecordJson.h"
#include "core/VisitHistory.h"
#include "text/ShiftJisText.h"

namespace kiosk {

namespace {

// The columns, in Japanese: the clinic's staff read them in a spreadsheet.
constexpr const char* kCsvHeader[] = {"記録番号", "受付番号",   "受診日", "状態",     "資格確認",
                                      "経路",     "氏名",       "カナ",   "生年月日", "性別",
                                      "請求区分", "保険者番号", "記号",   "番号",     "枝番",
                                      "負担割合", "摘要"};

// RFC 4180: a field with a comma, a quote or a line break is quoted, its
// quotes doubled.
std::string csvField(const std::string& value) {
    if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string quoted = "\"";
    for (char c : value) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

// A value as the desk's screens say it, in Japanese like the headers.
template <class E>
std::string japanese(std::string_view prefix, E value) {
    return MessageCatalog::builtIn().text(Language::Japanese,
                                          std::string(prefix) + std::string(enumName(value)));
}

std::vector<std::string> csvRow(const StoredRecord& stored) {
    const CheckInRecord& r = stored.record;
    const IdentityFields who = patientIdentityOf(r);
    const ClaimBasis claim = decideClaimBasis(r);
    const auto share = decideCounterShare(r);
    return {std::to_string(r.id),
            r.receptionNumber ? std::to_string(*r.receptionNumber) : "",
            r.visitDate.iso(),
            japanese("desk.status.", r.status),
            japanese("desk.outcome.", r.outcome),
            japanese("desk.path.", checkInPathOf(r)),
            who.name,
            who.nameKana,
            who.birthDate ? who.birthDate->iso() : "",
            who.sex ? japanese("desk.sex.", *who.sex) : "",
            japanese("slip.claim.", claim.kind),
            claim.numbers.insurerNumber,
            claim.numbers.symbol,
            claim.numbers.number,
            claim.branch,
            share ? std::to_string(share->tenths) + "割" : "",
            claim.tekiyo};
}

std::string csvText(const std::vector<StoredRecord>& records) {
    std::string text;
    const auto line = [&](const std::vector<std::string>& fields) {
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (i > 0) text += ',';
            text += csvField(fields[i]);
        }
        text += "\r\n";  // what spreadsheets on Windows expect
    };
    line({std::begin(kCsvHeader), std::end(kCsvHeader)});
    for (const auto& stored : records) line(csvRow(stored));
    return text;
}

std::string jsonText(const std::vector<StoredRecord>& records) {
    nlohmann::json all = nlohmann::json::array();
    for (const auto& stored : records) {
        nlohmann::json one = recordToJson(stored.record);
        one["id"] = stored.record.id;
        one["revision"] = stored.revision;
        const ClaimBasis claim = decideClaimBasis(stored.record);
        one["claimBasis"] = {
            {"kind", enumName(claim.kind)},   {"insurerNumber", claim.numbers.insurerNumber},
            {"symbol", claim.numbers.symbol}, {"number", claim.numbers.number},
            {"branch", claim.branch},         {"tekiyo", claim.tekiyo}};
        all.push_back(std::move(one));
    }
    return all.dump(2) + "\n";
}

}  // namespace

Result<ExportedBytes, ExportError> exportRecords(const std::vector<StoredRecord>& records,
                                                 ExportFormat format, ExportEncoding encoding) {
    if (format != ExportFormat::Csv && encoding != ExportEncoding::Utf8) {
        return fail(ExportError{"JSON is always UTF-8 (RFC 8259); Shift_JIS is for CSV"});
    }
    std::string utf8;
    try {
        switch (format) {
            case ExportFormat::Json:
                utf8 = jsonText(records);
                break;
            case ExportFormat::Fhir:
                utf8 = fhirBundleOf(records).dump(2) + "\n";
                break;
            case ExportFormat::Csv:
                utf8 = csvText(records);
                break;
        }
    } catch (const nlohmann::json::exception& e) {
        return fail(ExportError{std::string("a record cannot be written as JSON: ") + e.what()});
    }
    if (encoding == ExportEncoding::Utf8) {
        // Excel reads a CSV as UTF-8 only after its byte-order mark.
        if (format == ExportFormat::Csv) utf8.insert(0, "\xEF\xBB\xBF");
        return ExportedBytes{std::move(utf8), 0};
    }
    auto converted = toShiftJis(utf8);
    if (!converted) return fail(ExportError{"Shift_JIS: " + converted.error().message});
    return ExportedBytes{std::move(converted->bytes), converted->substituted};
}

}  // namespace kiosk
