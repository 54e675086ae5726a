#include "FhirBundle.h"

#include <cstdio>
#include <set>

#include "core/ClaimBasis.h"
#include "core/RecordEnumNames.h"
#include "core/VisitHistory.h"

namespace kiosk {

namespace {

constexpr const char* kRepresentation =
    "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation";
constexpr const char* kJpCoreExtension =
    "http://jpfhir.jp/fhir/core/Extension/StructureDefinition/";
constexpr const char* kInsurerNumberSystem =
    "http://jpfhir.jp/fhir/core/mhlw/IdSystem/InsurerNumber";

// 「山田　太郎」 → family 山田, given 太郎 (split at the first space of either width).
nlohmann::json humanName(const std::string& text, const char* representation) {
    nlohmann::json name = {
        {"extension", {{{"url", kRepresentation}, {"valueCode", representation}}}},
        {"use", "official"},
        {"text", text}};
    std::size_t cut = text.find("\u3000");
    std::size_t width = 3;
    if (const std::size_t ascii = text.find(' '); ascii < cut) {
        cut = ascii;
        width = 1;
    }
    if (cut != std::string::npos) {
        name["family"] = text.substr(0, cut);
        name["given"] = {text.substr(cut + width)};
    } else {
        name["family"] = text;
    }
    return name;
}

nlohmann::json patientOf(const CheckInRecord& record, const std::string& id) {
    const IdentityFields who = patientIdentityOf(record);
    nlohmann::json patient = {
        {"resourceType", "Patient"},
        {"id", id},
        {"meta", {{"profile", {"http://jpfhir.jp/fhir/core/StructureDefinition/JP_Patient"}}}}};
    nlohmann::json names = nlohmann::json::array();
    if (!who.name.empty()) names.push_back(humanName(who.name, "IDE"));
    if (!who.nameKana.empty()) names.push_back(humanName(who.nameKana, "SYL"));
    if (!names.empty()) patient["name"] = names;
    if (who.sex) patient["gender"] = *who.sex == Sex::Male ? "male" : "female";
    if (who.birthDate) patient["birthDate"] = who.birthDate->iso();
    return patient;
}

// A Bundle entry's full URL must be absolute: a urn:uuid built from the kind
// of resource and its number, so the same export twice names the same
// resources and the references between them resolve within the Bundle.
enum class Kind { Patient = 1, Coverage = 2, Organization = 3 };

std::string uuidFor(Kind kind, std::int64_t number) {
    char text[64];
    std::snprintf(text, sizeof text, "urn:uuid:00000000-0000-4000-8000-%d%011llx",
                  static_cast<int>(kind), static_cast<unsigned long long>(number));
    return text;
}

nlohmann::json entry(const std::string& fullUrl, const nlohmann::json& resource) {
    return {{"fullUrl", fullUrl}, {"resource", resource}};
}

}  // namespace

nlohmann::json fhirBundleOf(const std::vector<StoredRecord>& records) {
    nlohmann::json entries = nlohmann::json::array();
    std::set<std::string> insurers;
    for (const auto& stored : records) {
        const CheckInRecord& record = stored.record;
        // Ids are the record's: the same export twice names the same resources.
        const std::string patientId = "patient-" + std::to_string(record.id);
        const std::string patientUrl = uuidFor(Kind::Patient, record.id);
        entries.push_back(entry(patientUrl, patientOf(record, patientId)));
        const ClaimBasis claim = decideClaimBasis(record);
        const bool realNumbers = claim.kind == ClaimBasisKind::CurrentConfirmed ||
                                 claim.kind == ClaimBasisKind::CurrentFromPatientOrRecords ||
                                 claim.kind == ClaimBasisKind::LostQualification;
        if (!realNumbers) continue;
        const std::string insurerId = "insurer-" + claim.numbers.insurerNumber;
        const std::string insurerUrl =
            uuidFor(Kind::Organization, std::stoll(claim.numbers.insurerNumber));
        if (insurers.insert(insurerId).second) {
            entries.push_back(entry(
                insurerUrl,
                {{"resourceType", "Organization"},
                 {"id", insurerId},
                 {"identifier",
                  {{{"system", kInsurerNumberSystem}, {"value", claim.numbers.insurerNumber}}}}}));
        }
        nlohmann::json extensions = nlohmann::json::array();
        const auto extension = [&](const char* name, const std::string& value) {
            if (!value.empty()) {
                extensions.push_back(
                    {{"url", std::string(kJpCoreExtension) + name}, {"valueString", value}});
            }
        };
        extension("JP_Coverage_InsuredPersonSymbol", claim.numbers.symbol);
        extension("JP_Coverage_InsuredPersonNumber", claim.numbers.number);
        extension("JP_Coverage_InsuredPersonSubNumber", claim.branch);
        nlohmann::json coverage = {
            {"resourceType", "Coverage"},
            {"id", "coverage-" + std::to_string(record.id)},
            {"meta", {{"profile", {"http://jpfhir.jp/fhir/core/StructureDefinition/JP_Coverage"}}}},
            {"extension", extensions},
            // A lost qualification is claimed on, but is no longer in force.
            {"status", claim.kind == ClaimBasisKind::LostQualification ? "cancelled" : "active"},
            {"type",
             {{"coding",
               {{{"system", "http://terminology.hl7.org/CodeSystem/v3-ActCode"},
                 {"code", "PUBLICPOL"}}}}}},
            {"beneficiary", {{"reference", patientUrl}}},
            {"payor", {{{"reference", insurerUrl}}}}};
        entries.push_back(entry(uuidFor(Kind::Coverage, record.id), coverage));
    }
    return {{"resourceType", "Bundle"}, {"type", "collection"}, {"entry", entries}};
}

}  // namespace kiosk
