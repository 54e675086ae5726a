#include "SimulatedPeople.h"

#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <set>

namespace kiosk {

namespace {

EligibilityError badInput(std::string_view what, const std::string& message) {
    return {EligibilityError::BadInput, std::string(what) + ": " + message};
}

}  // namespace

std::span<const SimulatedPersonField> simulatedPersonFields() {
    using P = SimulatedPerson;
    static constexpr SimulatedPersonField fields[] = {
        {"label", nullptr, &P::label},
        {"insurerNumber", "InsurerNumber", &P::insurerNumber},
        {"insurerName", "InsurerName", &P::insurerName},
        {"symbol", "InsuredCardSymbol", &P::symbol},
        {"number", "InsuredIdentificationNumber", &P::number},
        {"branch", "InsuredBranchNumber", &P::branch},
        {"name", "Name", &P::name},
        {"nameKana", "NameKana", &P::nameKana},
        {"sex", "Sex1", &P::sex},
        {"birthdate", "Birthdate", &P::birthdate},
        {"address", "Address", &P::address},
        {"postNumber", "PostNumber", &P::postNumber},
        {"qualificationDate", "QualificationDate", &P::qualificationDate},
        {"disqualificationDate", "DisqualificationDate", &P::disqualificationDate},
        {"share", "InsuredPartialContributionRatio", &P::share},
        // 70–74: the share of the 高齢受給者証
        {"elderlyShare", "ElderlyRecipientCertificateInfo/ElderlyRecipientContributionRatio",
         &P::elderlyShare},
        {"reasonOfLoss", "ReasonOfLoss", &P::reasonOfLoss},
        {"errorCode", nullptr, &P::errorCode},
        {"errorMessage", nullptr, &P::errorMessage},
    };
    return fields;
}

EligibilityResultOr<std::vector<SimulatedPerson>> parseSimulatedPeople(std::string_view json,
                                                                       std::string_view what) {
    const auto doc = nlohmann::json::parse(json, nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("people") ||
        !doc["people"].is_array()) {
        return fail(badInput(what, "expected {\"people\": [...]}"));
    }
    std::vector<SimulatedPerson> people;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < doc["people"].size(); ++i) {
        const auto& p = doc["people"][i];
        const auto where = "people[" + std::to_string(i) + "]";
        if (!p.is_object()) return fail(badInput(what, where + ": not an object"));
        // Every field is an optional string except delayMs.
        auto field = [&](const char* key) -> std::string {
            const auto it = p.find(key);
            return it != p.end() && it->is_string() ? it->get<std::string>() : std::string();
        };
        SimulatedPerson person;
        person.id = field("id");
        if (person.id.empty() || !ids.insert(person.id).second) {
            return fail(badInput(what, where + ".id: missing or not unique"));
        }
        const auto scenario = enumFromName<SimScenario>(field("scenario"));
        if (!scenario) return fail(badInput(what, where + ".scenario: unknown"));
        person.scenario = *scenario;
        const auto charset = field("charset");
        if (charset == "utf8" || charset == "utf-8") {
            person.charset = OqsCharset::Utf8;
        } else if (!charset.empty() && charset != "shift_jis") {
            return fail(badInput(what, where + ".charset: expected shift_jis or utf8"));
        }
        if (const auto delay = p.find("delayMs"); delay != p.end()) {
            if (!delay->is_number_integer() || delay->get<int>() < 0) {
                return fail(badInput(what, where + ".delayMs: expected milliseconds"));
            }
            person.delayMs = delay->get<int>();
        }
        for (const auto& f : simulatedPersonFields()) person.*f.member = field(f.jsonKey);
        people.push_back(std::move(person));
    }
    return people;
}

EligibilityResultOr<std::vector<SimulatedPerson>> loadSimulatedPeople(
    const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return fail(EligibilityError{EligibilityError::Io, file.string() + ": cannot read"});
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    return parseSimulatedPeople(text, file.string());
}

}  // namespace kiosk
