// The file interface against `kioskctl oqs-sim` running as a process of its
// own, over a fresh folder per test: every scenario of the test people file.
// Card checks request nothing: `kioskctl oqs-sim --place-card` is the card put
// on the face reader once the check waits.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "eligibility/AtomicFile.h"
#include "eligibility/OqsFolderSource.h"
#include "integration/eligibility/card/ChildProcess.h"
#include "integration/store/TestFiles.h"
#include "store/SqliteRecordStore.h"

namespace kiosk {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

// A 保険証情報 check naming the person in ArbitraryIdentifier.
CheckRequest insurance(const std::string& personId) {
    CheckRequest r;
    r.reference = CheckReference::InsuranceCard;
    r.confirmationDate = *CivilDate::make(2024, 5, 1);
    r.arbitraryIdentifier = personId;
    return r;
}

class OqsSimulatorProcessTest : public testing::Test {
protected:
    void SetUp() override {
        simulator_ = std::make_unique<test::ChildProcess>(
            std::vector<std::string>{KIOSK_BIN_DIR "/kioskctl", "oqs-sim", "--dir", dir_.file(""),
                                     "--people", KIOSK_SOURCE_DIR "/tests/data/oqs/people.json",
                                     "--poll-ms", "10"},
            dir_.file("simulator.log"));
        // The simulator creates req/, res/ and face/ once it runs.
        for (int i = 0; i < 500 && !fs::exists(dir_.file("face")); ++i) {
            std::this_thread::sleep_for(10ms);
        }
        ASSERT_TRUE(fs::exists(dir_.file("face"))) << "kioskctl oqs-sim did not start";
    }

    // `cardOf`: the person whose card is placed on the reader once a card
    // check waits; empty: nobody's.
    OqsFolderSource source(std::chrono::milliseconds timeout = 5s, std::string cardOf = "") {
        OqsFolderSettings settings;
        settings.dir = dir_.file("");
        settings.request.medicalInstitutionCode = "1312345678";
        settings.watch.timeout = timeout;
        settings.watch.pollInterval = 10ms;
        settings.watch.malformedAfter = 300ms;
        if (!cardOf.empty()) settings.face.onWaiting = [this, cardOf] { placeCard(cardOf); };
        auto memory = SqliteRecordStore::open(dir_.file("kiosk.db"));
        EXPECT_TRUE(memory.ok());
        return OqsFolderSource(settings, std::move(memory).value());
    }

    void placeCard(const std::string& personId) const {
        const std::string command =
            std::string(KIOSK_BIN_DIR "/kioskctl oqs-sim --dir ") + dir_.file("") +
            " --people " KIOSK_SOURCE_DIR "/tests/data/oqs/people.json --poll-ms 10" +
            " --place-card " + personId + " > /dev/null";
        EXPECT_EQ(std::system(command.c_str()), 0);
    }

    // A card check of `personId`'s card.
    EligibilityResult cardCheck(const std::string& personId) {
        CheckRequest r;
        r.reference = CheckReference::Card;
        r.confirmationDate = *CivilDate::make(2024, 5, 1);
        return source(5s, personId).check(r, {});
    }

    // A 保険証情報 look-up of a test person's card numbers (髙1234-<number>-01).
    static CheckRequest insuranceCard(const std::string& number) {
        CheckRequest r = insurance("");
        r.insurerNumber = "06139992";
        r.symbol = "髙1234";
        r.number = number;
        r.branch = "01";
        r.birthDate = CivilDate::make(1980, 4, 1);
        return r;
    }

    test::TempDir dir_;
    std::unique_ptr<test::ChildProcess> simulator_;
};

struct ScenarioCase {
    std::string personId;
    EligibilityOutcome outcome;
    std::string declaredEncoding;  // in the raw answer
};

class SimulatorScenarioTest : public OqsSimulatorProcessTest,
                              public testing::WithParamInterface<ScenarioCase> {};

TEST_P(SimulatorScenarioTest, CardCheckGetsTheScenarioOutcome) {
    auto result = cardCheck(GetParam().personId);
    EXPECT_EQ(result.outcome, GetParam().outcome)
        << (result.failure ? result.failure->message : "");
    const std::string raw(result.rawResponse.begin(), result.rawResponse.end());
    EXPECT_NE(raw.find("encoding=\"" + GetParam().declaredEncoding + "\""), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(
    People, SimulatorScenarioTest,
    testing::Values(ScenarioCase{"valid-sjis", EligibilityOutcome::Valid, "Shift_JIS"},
                    ScenarioCase{"valid-utf8", EligibilityOutcome::Valid, "UTF-8"},
                    ScenarioCase{"lost-pending", EligibilityOutcome::Lost, "Shift_JIS"},
                    ScenarioCase{"lost", EligibilityOutcome::Lost, "UTF-8"},
                    ScenarioCase{"not-registered", EligibilityOutcome::NotRegistered, "Shift_JIS"},
                    ScenarioCase{"multiple", EligibilityOutcome::MultipleMatches, "Shift_JIS"},
                    ScenarioCase{"error", EligibilityOutcome::TerminalError, "Shift_JIS"},
                    ScenarioCase{"card-expired", EligibilityOutcome::CardProblem, "Shift_JIS"},
                    ScenarioCase{"card-unreadable", EligibilityOutcome::CardProblem, "Shift_JIS"},
                    ScenarioCase{"face-failed", EligibilityOutcome::FaceRecognitionFailed,
                                 "Shift_JIS"},
                    ScenarioCase{"slow", EligibilityOutcome::Valid, "Shift_JIS"},
                    ScenarioCase{"unknown-card", EligibilityOutcome::NotRegistered, "Shift_JIS"}),
    [](const auto& param) {
        std::string name = param.param.personId;
        std::erase(name, '-');
        return name;
    });

TEST_F(OqsSimulatorProcessTest, ValidAnswerCarriesTheQualificationAndIdentity) {
    auto result = cardCheck("valid-utf8");
    ASSERT_EQ(result.outcome, EligibilityOutcome::Valid);
    ASSERT_TRUE(result.qualification);
    EXPECT_EQ(result.qualification->insurerNumber, "06139992");
    EXPECT_EQ(result.qualification->number, "1002");
    EXPECT_EQ(result.qualification->shareTenths, 2);
    EXPECT_EQ(result.identity.name, "山﨑　花子");
    EXPECT_EQ(result.identity.sex, Sex::Female);
}

// A 72-year-old's answer: the share only in the 高齢受給者証 part, the 国保
// number blank-padded as terminals send it.
TEST_F(OqsSimulatorProcessTest, SeventyToSeventyFourAnswerGivesTheShareAndATrimmedNumber) {
    auto result = cardCheck("elderly-72");
    ASSERT_EQ(result.outcome, EligibilityOutcome::Valid);
    ASSERT_TRUE(result.qualification);
    EXPECT_EQ(result.qualification->shareTenths, 2);
    EXPECT_EQ(result.qualification->insurerNumber, "131011");
}

TEST_F(OqsSimulatorProcessTest, LostQualificationKeepsTheLostNumbers) {
    auto result = cardCheck("lost-pending");
    ASSERT_TRUE(result.qualification);
    EXPECT_FALSE(result.qualification->current);
    EXPECT_EQ(result.qualification->number, "1003");
    EXPECT_EQ(result.qualification->lostOn, CivilDate::make(2024, 3, 31));
}

TEST_F(OqsSimulatorProcessTest, TerminalErrorKeepsCodeAndMessage) {
    auto result = cardCheck("error");
    EXPECT_EQ(result.terminalCode, "SIM-TERMINAL-ERROR");
    EXPECT_EQ(result.terminalMessage, "オンライン資格確認システムに接続できません");
}

TEST_F(OqsSimulatorProcessTest, InsuranceCardNumbersFindThePersonInRes) {
    CheckRequest r = insuranceCard("1001");
    auto result = source().check(r, {});
    ASSERT_EQ(result.outcome, EligibilityOutcome::Valid);
    EXPECT_EQ(result.identity.name, "髙橋　太郎");
    EXPECT_TRUE(fs::is_empty(dir_.file("res"))) << "the consumed answer is removed";

    r.number = "9999";
    EXPECT_EQ(source().check(r, {}).outcome, EligibilityOutcome::NotRegistered);
}

// A 国保 document's 6-digit number, typed as printed, reaches the person the
// terminal keeps blank-padded (the request carries it zero-padded).
TEST_F(OqsSimulatorProcessTest, ASixDigitKokuhoNumberFindsItsPerson) {
    CheckRequest r = insuranceCard("1015");
    r.insurerNumber = "131011";
    r.birthDate = CivilDate::make(1954, 6, 10);
    auto result = source().check(r, {});
    ASSERT_EQ(result.outcome, EligibilityOutcome::Valid)
        << (result.failure ? result.failure->message : "");
    EXPECT_EQ(result.qualification->insurerNumber, "131011");
    EXPECT_EQ(result.qualification->shareTenths, 2);
}

// The terminal's .err path end to end: the simulator moves the request to
// res/ beside an .err; the kiosk's long wait ends on those files.
TEST_F(OqsSimulatorProcessTest, RejectedInsuranceCardLookUpIsATerminalErrorWithTheErrsCode) {
    auto result = source(60s).check(insuranceCard("1013"), {});
    EXPECT_EQ(result.outcome, EligibilityOutcome::TerminalError);
    EXPECT_EQ(result.terminalCode, "SIM-REQUEST-REJECTED");
    EXPECT_EQ(result.terminalMessage, "被保険者番号等の指定に誤りがあります");
    ASSERT_TRUE(result.failure);
    EXPECT_EQ(result.failure->reason, EligibilityError::Rejected);
    EXPECT_TRUE(fs::is_empty(dir_.file("res"))) << "the returned request and its .err are removed";
}

TEST_F(OqsSimulatorProcessTest, SilentTerminalIsNoAnswerAndTheRequestIsWithdrawn) {
    auto result = source(800ms).check(insurance("silent"), {});
    EXPECT_EQ(result.outcome, EligibilityOutcome::NoAnswer);
    ASSERT_TRUE(result.failure);
    EXPECT_EQ(result.failure->reason, EligibilityError::TimedOut);
    EXPECT_TRUE(fs::is_empty(dir_.file("req")));
}

TEST_F(OqsSimulatorProcessTest, GarbageAnswerIsACheckFailureKeepingTheBytes) {
    auto result = cardCheck("garbage");
    EXPECT_EQ(result.outcome, EligibilityOutcome::TerminalError);
    ASSERT_TRUE(result.failure);
    EXPECT_EQ(result.failure->reason, EligibilityError::Malformed);
    EXPECT_FALSE(result.rawResponse.empty());
}

TEST_F(OqsSimulatorProcessTest, CancelledCheckStopsWaiting) {
    std::stop_source stop;
    std::jthread canceller([&] {
        std::this_thread::sleep_for(100ms);
        stop.request_stop();
    });
    CheckRequest r;
    r.reference = CheckReference::Card;
    auto result = source(30s).check(r, stop.get_token());
    EXPECT_EQ(result.outcome, EligibilityOutcome::NoAnswer);
    ASSERT_TRUE(result.failure);
    EXPECT_EQ(result.failure->reason, EligibilityError::Cancelled);
}

TEST_F(OqsSimulatorProcessTest, SeveralChecksAtOnceEachGetTheirOwnAnswer) {
    auto folder = source();
    EligibilityResult slow, quick;
    std::jthread slowCheck([&] { slow = folder.check(insurance("slow"), {}); });
    quick = folder.check(insurance("lost"), {});
    slowCheck.join();
    EXPECT_EQ(quick.outcome, EligibilityOutcome::Lost);
    EXPECT_EQ(slow.outcome, EligibilityOutcome::Valid);
    EXPECT_EQ(slow.qualification->number, "1010");
}

// `kioskctl oqs-sim --once` over `dir`; its exit status.
int runOqsSimOnce(const test::TempDir& dir) {
    const std::string command =
        std::string(KIOSK_BIN_DIR "/kioskctl oqs-sim --once --dir ") + dir.file("") +
        " --people " KIOSK_SOURCE_DIR "/tests/data/oqs/people.json > /dev/null";
    return std::system(command.c_str());
}

TEST(OqsSimOnceTest, AnswersTheWaitingRequestsAndExits) {
    test::TempDir dir;
    fs::create_directories(dir.file("req"));
    CheckRequest r = insurance("valid-sjis");
    ASSERT_TRUE(writeOqsRequest(dir.file(""), "once", r, {}).ok());
    EXPECT_EQ(runOqsSimOnce(dir), 0);
    EXPECT_TRUE(fs::is_empty(dir.file("req")));
    EXPECT_FALSE(fs::is_empty(dir.file("res")));
    EXPECT_TRUE(fs::is_empty(dir.file("face")));
}

// Card checks are not requested; a stray card request gets an error, as a
// terminal may answer one.
TEST(OqsSimOnceTest, CardCheckRequestIsAnsweredWithAnError) {
    test::TempDir dir;
    fs::create_directories(dir.file("req"));
    // As an old client would write it: ReferenceClassification 1, no numbers.
    ASSERT_TRUE(writeFileAtomically(
                    fs::path(dir.file("req")) / "OQSsiquc01req_stray.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><XmlMsg><MessageHeader>"
                    "<QualificationConfirmationDate>20240501</QualificationConfirmationDate>"
                    "<MedicalInstitutionCode>1312345678</MedicalInstitutionCode>"
                    "<ReferenceClassification>1</ReferenceClassification></MessageHeader>"
                    "<MessageBody/></XmlMsg>")
                    .ok());
    EXPECT_EQ(runOqsSimOnce(dir), 0);
    EXPECT_TRUE(fs::is_empty(dir.file("face")));
    const auto answer =
        test::readFile((fs::path(dir.file("res")) / "OQSsiquc01res_stray.xml").string());
    EXPECT_NE(std::string(answer.begin(), answer.end()).find("SIM-CARD-CHECK-NOT-REQUESTED"),
              std::string::npos);
}

TEST(OqsSimOnceTest, UnreadablePeopleFileExitsWithAReason) {
    const std::string command =
        std::string(KIOSK_BIN_DIR "/kioskctl oqs-sim --once --dir /tmp --people ") +
        KIOSK_SOURCE_DIR "/README.md 2>/dev/null";
    const int status = std::system(command.c_str());
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 2);
}

}  // namespace
}  // namespace kiosk
