#include "OqsSimulator.h"

#include <unistd.h>

#include <algorithm>
#include <condition_variable>
#include <ctime>
#include <fstream>
#include <iterator>
#include <mutex>

#include "AtomicFile.h"
#include "OqsDocument.h"
#include "OqsErrorFile.h"
#include "OqsRequestFile.h"
#include "core/InsurerNumber.h"

namespace kiosk {

namespace {

namespace fs = std::filesystem;

// The simulator's terminal codes; the card ones are TerminalErrorCodes::defaults().
constexpr const char* defaultErrorCode = "SIM-TERMINAL-ERROR";
constexpr const char* defaultCardCode = "SIM-CERTIFICATE-EXPIRED";
constexpr const char* defaultFaceCode = "SIM-FACE-NOT-RECOGNISED";
constexpr const char* badRequestCode = "SIM-BAD-REQUEST";
constexpr const char* cardRequestCode = "SIM-CARD-CHECK-NOT-REQUESTED";
constexpr const char* simInstitutionCode = "1300000000";
constexpr const char* rejectedCode = "SIM-REQUEST-REJECTED";

std::string localStamp() {
    const auto now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char stamp[16];
    std::strftime(stamp, sizeof stamp, "%Y%m%d%H%M%S", &local);
    return stamp;
}

const SimulatedPerson* findPerson(const std::vector<SimulatedPerson>& people,
                                  const CheckRequest& request) {
    auto byId = std::find_if(people.begin(), people.end(), [&](const SimulatedPerson& p) {
        return p.id == request.arbitraryIdentifier;
    });
    if (byId != people.end() || request.reference == CheckReference::Card) {
        return byId != people.end() ? &*byId : nullptr;
    }
    auto byNumbers = std::find_if(people.begin(), people.end(), [&](const SimulatedPerson& p) {
        // The people file keeps numbers as a terminal pads them; the patient
        // types them without, and a request carries a 国保 number zero-padded.
        return insurerNumberAsPrinted(oqsUnpadded(p.insurerNumber)) ==
                   insurerNumberAsPrinted(oqsUnpadded(request.insurerNumber)) &&
               oqsUnpadded(p.symbol) == oqsUnpadded(request.symbol) &&
               oqsUnpadded(p.number) == oqsUnpadded(request.number) &&
               (request.branch.empty() || p.branch == request.branch) &&
               (!request.birthDate || p.birthdate == request.birthDate->compact());
    });
    return byNumbers != people.end() ? &*byNumbers : nullptr;
}

void addQualification(pugi::xml_node& list, const SimulatedPerson& p) {
    auto item = list.append_child("ResultOfQualificationConfirmation");
    addOqsElement(item, "InsuredCardClassification", "01");
    addOqsElement(item, "PersonalFamilyClassification", "1");
    for (const auto& f : simulatedPersonFields()) {
        if (!f.xmlElement) continue;
        const std::string_view path = f.xmlElement;
        const auto slash = path.find('/');
        if (slash == std::string_view::npos) {
            addOqsElement(item, f.xmlElement, p.*f.member);
        } else if (!(p.*f.member).empty()) {
            auto parent = item.append_child(std::string(path.substr(0, slash)).c_str());
            addOqsElement(parent, std::string(path.substr(slash + 1)).c_str(), p.*f.member);
        }
    }
}

struct Answer {
    std::string status;  // ProcessingResultStatus
    std::string validity;
    std::string code;
    std::string message;
    int qualifications = 0;  // how many copies of the person's qualification to list
};

Answer answered(const char* validity, int qualifications) {
    return Answer{"1", validity, "", "", qualifications};
}

Answer answerFor(const SimulatedPerson* person) {
    if (!person) return answered("4", 0);
    switch (person->scenario) {
        case SimScenario::Valid:
        case SimScenario::Slow:
        case SimScenario::Silent:
        case SimScenario::Garbage:
        case SimScenario::RequestRejected:  // not answered: see errorFileXml
            return answered("1", 1);
        case SimScenario::LostNewInsurerPending:
            return answered("3", 1);
        case SimScenario::Lost:
            return answered("2", 1);
        case SimScenario::NotRegistered:
            return answered("4", 0);
        case SimScenario::MultipleMatches:
            return answered("5", 2);
        case SimScenario::MedicalAidNotRegistered:
            return answered("6", 1);
        case SimScenario::Error:
        case SimScenario::CardProblem:
        case SimScenario::FaceFailed: {
            Answer error{"2", "", person->errorCode, person->errorMessage, 0};
            if (error.code.empty()) {
                error.code = person->scenario == SimScenario::CardProblem  ? defaultCardCode
                             : person->scenario == SimScenario::FaceFailed ? defaultFaceCode
                                                                           : defaultErrorCode;
            }
            return error;
        }
    }
    return answered("4", 0);
}

EligibilityResultOr<std::string> resultXml(const ParsedOqsRequest& parsed,
                                           const SimulatedPerson* person, const Answer& answer,
                                           OqsCharset charset) {
    const auto& request = parsed.request;
    pugi::xml_document doc;
    auto root = doc.append_child("XmlMsg");
    auto header = root.append_child("MessageHeader");
    addOqsElement(header, "ProcessExecutionTime", localStamp());
    addOqsElement(header, "QualificationConfirmationDate", request.confirmationDate.compact());
    addOqsElement(header, "MedicalInstitutionCode", parsed.medicalInstitutionCode);
    addOqsElement(header, "ReferenceClassification",
                  request.reference == CheckReference::Card ? "1" : "2");
    addOqsElement(header, "SegmentOfResult", "1");
    addOqsElement(header, "CharacterCodeIdentifier", charsetIdentifier(charset));
    // The request's search info is echoed in the body, where the clients'
    // answer models read it (myclinic-ts packages/onshi-result/MessageBody.ts).
    auto body = root.append_child("MessageBody");
    auto search = body.append_child("QualificationConfirmSearchInfo");
    addOqsElement(search, "InsurerNumber", request.insurerNumber);
    addOqsElement(search, "InsuredCardSymbol", request.symbol);
    addOqsElement(search, "InsuredIdentificationNumber", request.number);
    addOqsElement(search, "InsuredBranchNumber", request.branch);
    addOqsElement(search, "Birthdate", request.birthDate ? request.birthDate->compact() : "");
    addOqsElement(search, "ArbitraryIdentifier", request.arbitraryIdentifier);
    addOqsElement(body, "ProcessingResultStatus", answer.status);
    addOqsElement(body, "ProcessingResultCode", answer.code);
    addOqsElement(body, "ProcessingResultMessage", answer.message);
    addOqsElement(body, "QualificationValidity", answer.validity);
    if (answer.qualifications > 0) {
        auto list = body.append_child("ResultList");
        for (int i = 0; i < answer.qualifications; ++i) addQualification(list, *person);
    }
    return serializeOqsDocument(doc, charset, "simulated result");
}

// A face reader's answer, with the element set and nesting of a real one
// (tests/data/oqs/face-answer-valid.xml): no search info, the reader's
// identifier in ArbitraryFileIdentifier.
EligibilityResultOr<std::string> faceAnswerXml(const SimulatedPerson* person,
                                               const std::string& readerId, const Answer& answer,
                                               OqsCharset charset) {
    pugi::xml_document doc;
    auto root = doc.append_child("XmlMsg");
    auto header = root.append_child("MessageHeader");
    const auto stamp = localStamp();
    addOqsElement(header, "ProcessExecutionTime", stamp);
    addOqsElement(header, "CharacterCodeIdentifier", charsetIdentifier(charset));
    addOqsElement(header, "SegmentOfResult", "1");
    addOqsElement(header, "QualificationConfirmationDate", stamp.substr(0, 8));
    addOqsElement(header, "ReferenceClassification", "1");
    addOqsElement(header, "ArbitraryFileIdentifier", readerId);
    addOqsElement(header, "MedicalInstitutionCode", simInstitutionCode);
    auto body = root.append_child("MessageBody");
    if (answer.qualifications > 0) {
        auto list = body.append_child("ResultList");
        for (int i = 0; i < answer.qualifications; ++i) addQualification(list, *person);
    }
    addOqsElement(body, "ProcessingResultStatus", answer.status);
    if (!answer.code.empty()) addOqsElement(body, "ProcessingResultCode", answer.code);
    if (!answer.message.empty()) addOqsElement(body, "ProcessingResultMessage", answer.message);
    if (!answer.validity.empty()) addOqsElement(body, "QualificationValidity", answer.validity);
    return serializeOqsDocument(doc, charset, "simulated face answer");
}

// What a terminal answers to a request it cannot (or will not) serve.
std::string badRequestXml(const char* code = badRequestCode) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<XmlMsg><MessageHeader>"
           "<SegmentOfResult>9</SegmentOfResult><CharacterCodeIdentifier>0"
           "</CharacterCodeIdentifier></MessageHeader><MessageBody>"
           "<ProcessingResultStatus>2</ProcessingResultStatus><ProcessingResultCode>" +
           std::string(code) + "</ProcessingResultCode></MessageBody></XmlMsg>\n";
}

// The garbage scenario: cut mid-element, not well-formed.
void spoil(std::string& xml) {
    xml.resize(xml.size() / 2);
    xml.append("<<garbage");
}

// The .err the simulator puts beside a rejected request.
EligibilityResultOr<std::string> errorFileXml(const SimulatedPerson& person) {
    pugi::xml_document doc;
    auto header = doc.append_child("XmlMsg").append_child("MessageHeader");
    addOqsElement(header, "ProcessExecutionTime", localStamp());
    addOqsElement(header, "SegmentOfResult", "9");
    addOqsElement(header, "ErrorCode", person.errorCode.empty() ? rejectedCode : person.errorCode);
    addOqsElement(header, "ErrorMessage", person.errorMessage);
    addOqsElement(header, "CharacterCodeIdentifier", charsetIdentifier(person.charset));
    return serializeOqsDocument(doc, person.charset, "simulated .err");
}

}  // namespace

OqsSimulator::OqsSimulator(fs::path dir, std::vector<SimulatedPerson> people,
                           std::function<void(const std::string&)> log)
    : dir_(std::move(dir)), people_(std::move(people)), log_(std::move(log)) {}

Status<EligibilityError> OqsSimulator::prepareFolders() const {
    for (const char* sub : {"req", "res", "face"}) {
        std::error_code ec;
        fs::create_directories(dir_ / sub, ec);
        if (ec) {
            return fail(EligibilityError{EligibilityError::Io,
                                         (dir_ / sub).string() + ": " + ec.message()});
        }
    }
    return Done{};
}

std::size_t OqsSimulator::poll(Clock::time_point now) {
    std::vector<fs::path> requests;
    std::error_code ec;
    for (fs::directory_iterator it(dir_ / "req", ec), end; !ec && it != end; it.increment(ec)) {
        if (isOqsRequestFileName(it->path().filename().string())) requests.push_back(it->path());
    }
    std::sort(requests.begin(), requests.end());  // oldest id first
    for (const auto& request : requests) answer(request, now);
    writeDue(now);
    return requests.size();
}

void OqsSimulator::answer(const fs::path& requestFile, Clock::time_point now) {
    std::ifstream in(requestFile, std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    in.close();
    std::error_code ec;
    fs::remove(requestFile, ec);
    const auto name = requestFile.filename().string();
    const auto resPath = dir_ / "res" / oqsResultFileName(name);

    auto parsed = parseOqsRequest(bytes);
    if (!parsed) {
        if (log_) log_(name + ": unreadable request (" + parsed.error().message + ")");
        schedule({now, resPath, badRequestXml()});
        return;
    }
    if (parsed->request.reference == CheckReference::Card) {
        if (log_) log_(name + ": card check requested; the face reader answers by itself");
        schedule({now, resPath, badRequestXml(cardRequestCode)});
        return;
    }
    const SimulatedPerson* person = findPerson(people_, parsed->request);
    const auto scenario = person ? enumName(person->scenario) : std::string_view("unknown_person");
    if (log_) log_(name + ": " + std::string(scenario));
    if (person && person->scenario == SimScenario::Silent) return;
    const auto delay = std::chrono::milliseconds(person ? person->delayMs : 0);
    if (person && person->scenario == SimScenario::RequestRejected) {
        auto err = errorFileXml(*person);
        if (!err) {
            if (log_) log_(name + ": cannot write the .err (" + err.error().message + ")");
            return;
        }
        // The request first, then its .err, as a terminal moving files would.
        schedule({now + delay, dir_ / "res" / name, bytes});
        schedule({now + delay, dir_ / "res" / oqsErrorFileName(name), std::move(*err)});
        return;
    }

    const auto charset = person ? person->charset : parsed->charset;
    auto xml = resultXml(*parsed, person, answerFor(person), charset);
    if (!xml) {
        if (log_) log_(name + ": cannot write the answer (" + xml.error().message + ")");
        return;
    }
    if (person && person->scenario == SimScenario::Garbage) spoil(*xml);
    schedule({now + delay, resPath, std::move(*xml)});
}

void OqsSimulator::placeCard(const std::string& personId, const std::string& readerId,
                             Clock::time_point now) {
    auto byId = std::find_if(people_.begin(), people_.end(),
                             [&](const SimulatedPerson& p) { return p.id == personId; });
    const SimulatedPerson* person = byId != people_.end() ? &*byId : nullptr;
    const auto scenario = person ? enumName(person->scenario) : std::string_view("unknown_person");
    const auto path = nextFacePath();
    if (log_) {
        log_(path.filename().string() + ": card placed on reader " + readerId + " (" +
             std::string(scenario) + ")");
    }
    if (person && person->scenario == SimScenario::Silent) return;
    auto xml = faceAnswerXml(person, readerId, answerFor(person),
                             person ? person->charset : OqsCharset::ShiftJis);
    if (!xml) {
        if (log_) log_("cannot write the face answer (" + xml.error().message + ")");
        return;
    }
    if (person && person->scenario == SimScenario::Garbage) spoil(*xml);
    const auto delay = std::chrono::milliseconds(person ? person->delayMs : 0);
    schedule({now + delay, path, std::move(*xml)});
}

// Unique across simulator processes writing into one folder.
std::filesystem::path OqsSimulator::nextFacePath() {
    std::lock_guard lock(mutex_);
    return dir_ / "face" /
           ("OQSsiquc01res_face_" + localStamp() + "_" + std::to_string(::getpid()) + "_" +
            std::to_string(faceCounter_++) + ".xml");
}

void OqsSimulator::schedule(ScheduledAnswer answer) {
    std::lock_guard lock(mutex_);
    scheduled_.push_back(std::move(answer));
}

bool OqsSimulator::hasScheduledAnswers() const {
    std::lock_guard lock(mutex_);
    return !scheduled_.empty();
}

void OqsSimulator::writeDue(Clock::time_point now) {
    std::vector<ScheduledAnswer> due;
    {
        std::lock_guard lock(mutex_);
        auto first = std::stable_partition(scheduled_.begin(), scheduled_.end(),
                                           [&](const ScheduledAnswer& a) { return a.due > now; });
        due.assign(std::make_move_iterator(first), std::make_move_iterator(scheduled_.end()));
        scheduled_.erase(first, scheduled_.end());
    }
    for (const auto& answer : due) {
        auto written = writeFileAtomically(answer.path, answer.bytes);
        if (!written && log_) log_(written.error().message);
    }
}

void OqsSimulator::run(std::stop_token stop, std::chrono::milliseconds interval) {
    std::mutex mutex;
    std::condition_variable_any wake;
    while (!stop.stop_requested()) {
        poll(Clock::now());
        std::unique_lock lock(mutex);
        wake.wait_for(lock, stop, interval, [] { return false; });
    }
}

}  // namespace kiosk
