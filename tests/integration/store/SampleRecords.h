#pragma once
// Deterministic, fully populated records derived from a seed, so that a
// record read back (even by another process) can be checked field by field.
#include <cstdint>
#include <optional>
#include <string>

#include "core/CheckInRecord.h"

namespace kiosk::test {

inline constexpr const char* kSampleTemplatePrefix = "sample-";

inline CheckInRecord sampleRecord(std::int64_t seed) {
    CheckInRecord r;
    r.source = static_cast<RecordSource>(seed % 3);
    r.templateId = kSampleTemplatePrefix + std::to_string(seed);
    r.templateVersion = static_cast<int>(seed % 5) + 1;
    r.visitDate = CivilDate::make(2024, 1, 1)->plusDays(seed % 700);
    r.outcome = static_cast<EligibilityOutcome>(seed % 8);
    r.terminalCode = "E" + std::to_string(seed % 1000);
    Qualification q;
    q.source = static_cast<QualificationSource>(seed % 6);
    q.current = seed % 2 == 0;
    q.insurerNumber = "0613" + std::to_string(1000 + seed % 9000);
    q.symbol = "記号" + std::to_string(seed % 77);
    q.number = std::to_string(seed * 7919 % 1000003);
    q.branch = "0" + std::to_string(seed % 10);
    q.insurerName = "健康保険組合" + std::to_string(seed % 50);
    q.shareTenths = static_cast<int>(seed % 3) + 1;
    q.qualifiedOn = CivilDate::make(2010, 4, 1)->plusDays(seed % 3000);
    r.confirmedQualification = q;
    r.proofPath = static_cast<ProofPath>(seed % 5);
    Declaration d;
    d.hasValidInsuranceCard = seed % 2 == 1;
    d.insuranceKind = static_cast<InsuranceKind>(seed % 5);
    d.insurerName = q.insurerName;
    d.employerName = "株式会社" + std::to_string(seed % 101);
    d.declaredShare = static_cast<DeclaredShare>(seed % 4);
    d.name = "患者 " + std::to_string(seed);
    d.nameKana = "カンジャ " + std::to_string(seed);
    d.birthDate = CivilDate::make(1930, 1, 1)->plusDays(seed * 37 % 30000);
    d.sex = static_cast<Sex>(seed % 2);
    d.address = "東京都千代田区" + std::to_string(seed % 9 + 1) + "－" + std::to_string(seed % 30);
    d.writtenOn = r.visitDate;
    d.hasSignature = true;
    d.phone = "090" + std::to_string(10000000 + seed % 90000000);
    r.declaration = d;
    r.status = static_cast<RecordStatus>(seed % 3);
    return r;
}

// The seed a sample record was made from, read back from its template id.
inline std::optional<std::int64_t> sampleSeed(const CheckInRecord& record) {
    const std::string prefix = kSampleTemplatePrefix;
    if (record.templateId.rfind(prefix, 0) != 0) return std::nullopt;
    return std::stoll(record.templateId.substr(prefix.size()));
}

}  // namespace kiosk::test
