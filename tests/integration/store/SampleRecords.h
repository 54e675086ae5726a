#pragma once
// Deterministic, fully populated records derived from a seed, so that a
// record read back (even by another process) can be checked field by field.
#include <algorithm>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "core/CheckInRecord.h"
#include "store/RecordStore.h"

namespace kiosk::test {

inline constexpr const char* kSampleTemplatePrefix = "sample-";

// A stored record without the 受付番号 the store gave it, to compare with
// the sample it was made from (the numbers have tests of their own).
inline CheckInRecord withoutReceptionNumber(CheckInRecord record) {
    record.receptionNumber.reset();
    return record;
}

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

// Bytes of every value, different for each seed and salt.
inline std::vector<std::uint8_t> sampleBytes(std::int64_t seed, std::size_t size, int salt) {
    std::vector<std::uint8_t> bytes(size);
    for (std::size_t i = 0; i < size; ++i) {
        bytes[i] = static_cast<std::uint8_t>(
            (static_cast<std::int64_t>(i) * 131 + seed * 31 + salt) % 256);
    }
    return bytes;
}

// A check-in as the kiosk saves it: the record with a signature PNG (sized
// like a real one, several pages), the terminal's answer file and follow-ups.
struct SampleCheckIn {
    CheckInRecord record;
    std::vector<std::uint8_t> signature;
    std::vector<std::uint8_t> terminalResponse;
    std::vector<NewFollowUp> followUps;

    // Views of this object's bytes: use while it lives.
    NewCheckIn toSave() const {
        return {record,
                {{AttachmentKind::Signature, "image/png", signature},
                 {AttachmentKind::TerminalResponse, "application/xml", terminalResponse}},
                followUps};
    }
};

inline SampleCheckIn sampleCheckIn(std::int64_t seed) {
    SampleCheckIn checkIn;
    checkIn.record = sampleRecord(seed);
    checkIn.signature = sampleBytes(seed, 2000 + static_cast<std::size_t>(seed * 7919 % 30000), 1);
    const std::uint8_t pngMagic[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    std::copy(std::begin(pngMagic), std::end(pngMagic), checkIn.signature.begin());
    checkIn.terminalResponse = sampleBytes(seed, 300 + static_cast<std::size_t>(seed % 5000), 2);
    for (std::int64_t i = 0; i <= seed % 3; ++i) {
        checkIn.followUps.push_back(
            {static_cast<FollowUpKind>((seed + i) % 4), checkIn.record.visitDate.plusDays(i),
             "follow-up " + std::to_string(i) + " of " + std::to_string(seed)});
    }
    return checkIn;
}

// StoreCrashWriter saves odd seeds as whole check-ins, even ones as bare
// records (create).
inline bool savedWithParts(std::int64_t seed) {
    return seed % 2 != 0;
}

}  // namespace kiosk::test
