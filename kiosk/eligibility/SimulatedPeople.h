#pragma once
// The terminal simulator's test people (tests/data/oqs/people.json, a sample
// in assets/oqs/people.json): who they are, what the terminal says about them,
// and how it says it. Values in the terminal's own formats (dates YYYYMMDD,
// sex "1"/"2"/"3", share "030") are passed through unchanged, so a people file
// can also hold odd values on purpose.
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "EligibilityError.h"
#include "OqsCharset.h"
#include "core/EnumNames.h"

namespace kiosk {

enum class SimScenario {
    Valid,                    // 有効
    LostNewInsurerPending,    // QualificationValidity 3: lost, new insurer not yet registered
    Lost,                     // QualificationValidity 2
    NotRegistered,            // 4
    MultipleMatches,          // 5
    MedicalAidNotRegistered,  // 6: 有効（未登録）, medical aid not yet registered
    Error,                    // ProcessingResultStatus 2 with errorCode / errorMessage
    CardProblem,              // the same, with a card code (TerminalErrorCodes.h)
    FaceFailed,               // the same, with a face-recognition code
    Slow,                     // valid, after delayMs
    Silent,                   // never answers
    Garbage,                  // answers with truncated, malformed XML
    RequestRejected,          // moves the request to res/ beside an .err (OqsErrorFile.h)
};

template <>
struct EnumNames<SimScenario> {
    static constexpr std::pair<SimScenario, std::string_view> table[] = {
        {SimScenario::Valid, "valid"},
        {SimScenario::LostNewInsurerPending, "lost_new_insurer_pending"},
        {SimScenario::Lost, "lost"},
        {SimScenario::NotRegistered, "not_registered"},
        {SimScenario::MultipleMatches, "multiple_matches"},
        {SimScenario::MedicalAidNotRegistered, "medical_aid_not_registered"},
        {SimScenario::Error, "error"},
        {SimScenario::CardProblem, "card_problem"},
        {SimScenario::FaceFailed, "face_failed"},
        {SimScenario::Slow, "slow"},
        {SimScenario::Silent, "silent"},
        {SimScenario::Garbage, "garbage"},
        {SimScenario::RequestRejected, "request_rejected"},
    };
};

struct SimulatedPerson {
    std::string id;     // what a card request's ArbitraryIdentifier names
    std::string label;  // for the demo panel
    SimScenario scenario = SimScenario::Valid;
    OqsCharset charset = OqsCharset::ShiftJis;  // of the answer
    int delayMs = 0;                            // before answering, any scenario
    std::string name, nameKana, sex, birthdate, address, postNumber;
    std::string insurerNumber, insurerName, symbol, number, branch, share, elderlyShare;
    std::string qualificationDate, disqualificationDate, reasonOfLoss;
    std::string errorCode, errorMessage;
};

// The person's text fields, each with its key in the people file and, for
// those the terminal reports, its element in ResultOfQualificationConfirmation.
struct SimulatedPersonField {
    const char* jsonKey;
    // nullptr: not part of the terminal's answer; "A/B": element B inside A.
    const char* xmlElement;
    std::string SimulatedPerson::*member;
};
std::span<const SimulatedPersonField> simulatedPersonFields();

// {"people": [{"id": …, "scenario": …, …}, …]}; ids unique and non-empty.
EligibilityResultOr<std::vector<SimulatedPerson>> loadSimulatedPeople(
    const std::filesystem::path& file);
EligibilityResultOr<std::vector<SimulatedPerson>> parseSimulatedPeople(std::string_view json,
                                                                       std::string_view what);

}  // namespace kiosk
