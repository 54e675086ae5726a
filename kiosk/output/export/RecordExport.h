#pragma once
// Records taken out of the kiosk for other programs (issue 11 item 9): JSON
// (every value, as `kioskctl records show` writes one record), a FHIR R4
// Bundle of JP Core Patient and Coverage (FhirBundle.h), and CSV for
// spreadsheets, in UTF-8 (with the byte-order mark Excel needs to read it as
// such) or Shift_JIS as Windows writes it. One row per record: the patient,
// the check, the way, the claim basis with its numbers and the share.
#include <string>
#include <vector>

#include "core/Result.h"
#include "store/StoredRecord.h"

namespace kiosk {

enum class ExportFormat { Json, Csv, Fhir };
enum class ExportEncoding { Utf8, ShiftJis };

struct ExportError {
    std::string message;
};

struct ExportedBytes {
    std::string bytes;
    // Shift_JIS only: characters it has no code for, written as 〓.
    int substituted = 0;
};

Result<ExportedBytes, ExportError> exportRecords(const std::vector<StoredRecord>& records,
                                                 ExportFormat format, ExportEncoding encoding);

}  // namespace kiosk
