#pragma once
// Records as an HL7 FHIR R4 Bundle of JP Core resources (DOMAIN.md §9): for
// each record a Patient (kanji and kana names told apart by the
// iso21090-EN-representation extension, IDE / SYL), and where the claim has
// real numbers a Coverage (記号, 番号, 枝番 in JP Core's extensions) whose
// payor is the insurer's Organization (保険者番号 in JP Core's system).
#include <nlohmann/json.hpp>
#include <vector>

#include "store/StoredRecord.h"

namespace kiosk {

nlohmann::json fhirBundleOf(const std::vector<StoredRecord>& records);

}  // namespace kiosk
