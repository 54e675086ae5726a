// Card checks through the face reader over real folders and a real SQLite
// file: answers written the way a reader does (by itself, after the patient
// was asked to place the card), among earlier answers, other readers'
// answers, and answers nobody can attribute.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <fstream>
#include <optional>
#include <thread>

#include "eligibility/AtomicFile.h"
#include "eligibility/FaceReaderWatcher.h"
#include "eligibility/OqsFolderSource.h"
#include "integration/store/TestFiles.h"
#include "store/SqliteRecordStore.h"

namespace kiosk {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

// A face answer in the shape of tests/data/oqs/face-answer-valid.xml; `reader`
// empty: no ArbitraryFileIdentifier at all.
std::string faceAnswer(const std::string& reader, const std::string& number,
                       const std::string& validity = "1") {
    const std::string id =
        reader.empty() ? "" : "<ArbitraryFileIdentifier>" + reader + "</ArbitraryFileIdentifier>";
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><XmlMsg><MessageHeader>"
           "<CharacterCodeIdentifier>0</CharacterCodeIdentifier><SegmentOfResult>1"
           "</SegmentOfResult><ReferenceClassification>1</ReferenceClassification>" +
           id +
           "</MessageHeader><MessageBody><ResultList><ResultOfQualificationConfirmation>"
           "<InsurerNumber>06139992</InsurerNumber><InsuredIdentificationNumber>" +
           number +
           "</InsuredIdentificationNumber><Birthdate>19800401</Birthdate>"
           "</ResultOfQualificationConfirmation></ResultList><ProcessingResultStatus>1"
           "</ProcessingResultStatus><QualificationValidity>" +
           validity + "</QualificationValidity></MessageBody></XmlMsg>";
}

// Written whole, as a reader writes: temporary name, then rename.
void put(const fs::path& path, const std::string& text) {
    EXPECT_TRUE(writeFileAtomically(path, text).ok()) << path;
}

std::string readText(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class FaceReaderWatcherTest : public testing::Test {
protected:
    void SetUp() override { fs::create_directories(faceDir()); }

    fs::path faceDir() const { return fs::path(dir_.file("oqs")) / "face"; }
    fs::path face(const std::string& name) const {
        return faceDir() / ("OQSsiquc01res_face_" + name + ".xml");
    }
    std::unique_ptr<SqliteRecordStore> openStore() {
        auto store = SqliteRecordStore::open(dir_.file("kiosk.db"));
        EXPECT_TRUE(store) << store.error().message;
        return std::move(store).value();
    }

    // A kiosk's watcher (a store connection of its own, as the kiosk gives
    // it); `onWaiting` is the reader answering once the patient was asked.
    std::unique_ptr<FaceReaderWatcher> watcher(std::function<void()> onWaiting,
                                               std::string readerId = "", fs::path archive = {}) {
        FaceReaderSettings settings{faceDir(), std::move(readerId), std::move(archive),
                                    std::move(onWaiting),
                                    [this](const std::string& file) { taken_.push_back(file); }};
        return std::make_unique<FaceReaderWatcher>(settings, openStore());
    }

    EligibilityResult await(FaceReaderWatcher& w, std::chrono::milliseconds timeout = 5s) {
        return w.await({timeout, 10ms, 300ms}, TerminalErrorCodes::defaults(), {});
    }

    std::vector<FaceAnswerNote> notes(FaceAnswerDisposition disposition) {
        return openStore()->faceAnswers(disposition).value();
    }

    test::TempDir dir_;
    std::vector<std::string> taken_;
};

TEST_F(FaceReaderWatcherTest, TakesTheAnswerWrittenAfterTheWaitBeganAndLeavesItInPlace) {
    put(face("earlier-patient"), faceAnswer("", "1111"));
    auto w = watcher([&] { put(face("ours"), faceAnswer("", "2222")); });
    auto result = await(*w);
    ASSERT_EQ(result.outcome, EligibilityOutcome::Valid)
        << (result.failure ? result.failure->message : "");
    EXPECT_EQ(result.qualification->number, "2222");
    EXPECT_EQ(taken_, std::vector<std::string>{face("ours").filename().string()});
    // Read, never deleted: the receipt computer may read the same folder.
    EXPECT_EQ(readText(face("ours")), faceAnswer("", "2222"));
    EXPECT_TRUE(fs::exists(face("earlier-patient")));
    const auto takenNotes = notes(FaceAnswerDisposition::Taken);
    ASSERT_EQ(takenNotes.size(), 1u);
    EXPECT_EQ(takenNotes.front().key.fileName, face("ours").filename().string());
}

TEST_F(FaceReaderWatcherTest, CardCheckWritesNoRequest) {
    fs::create_directories(fs::path(dir_.file("oqs")) / "req");
    fs::create_directories(fs::path(dir_.file("oqs")) / "res");
    OqsFolderSettings settings;
    settings.dir = dir_.file("oqs");
    settings.watch = {5s, 10ms, 300ms};
    settings.face.onWaiting = [&] {
        EXPECT_TRUE(fs::is_empty(settings.dir / "req"));
        put(face("ours"), faceAnswer("", "2222"));
    };
    OqsFolderSource source(settings, openStore());
    CheckRequest card;
    card.reference = CheckReference::Card;
    EXPECT_EQ(source.check(card, {}).outcome, EligibilityOutcome::Valid);
    EXPECT_TRUE(fs::is_empty(settings.dir / "req"));
    EXPECT_TRUE(fs::is_empty(settings.dir / "res"));
}

// The patient's card check waits as long as the patient stands there: a card
// placed after the source's time-out has passed is still taken.
TEST_F(FaceReaderWatcherTest, PatientsCardCheckOutlastsTheTimeOut) {
    OqsFolderSettings settings;
    settings.dir = dir_.file("oqs");
    settings.watch = {200ms, 10ms, 300ms};
    std::jthread reader;
    settings.face.onWaiting = [&] {
        reader = std::jthread([&] {
            std::this_thread::sleep_for(800ms);  // four time-outs later
            put(face("late"), faceAnswer("", "3333"));
        });
    };
    OqsFolderSource source(settings, openStore());
    CheckRequest card;
    card.reference = CheckReference::Card;
    card.waitUntilCancelled = true;
    auto result = source.check(card, {});
    ASSERT_EQ(result.outcome, EligibilityOutcome::Valid)
        << (result.failure ? result.failure->message : "");
    EXPECT_EQ(result.qualification->number, "3333");
}

// The same file seen again by a restarted kiosk (a share that was away and
// came back, a file copied back): remembered in the store, not taken twice.
TEST_F(FaceReaderWatcherTest, RestartedKioskDoesNotRetakeAConsumedAnswer) {
    {
        auto first = watcher([&] { put(face("a"), faceAnswer("", "2222")); });
        ASSERT_EQ(await(*first).outcome, EligibilityOutcome::Valid);
    }
    const auto bytes = readText(face("a"));
    const auto stamp = fs::last_write_time(face("a"));
    fs::rename(face("a"), dir_.file("away.xml"));
    auto restarted = watcher([&] {
        fs::rename(dir_.file("away.xml"), face("a"));
        fs::last_write_time(face("a"), stamp);
        put(face("b"), faceAnswer("", "3333"));
    });
    auto result = await(*restarted);
    ASSERT_EQ(result.outcome, EligibilityOutcome::Valid);
    EXPECT_EQ(result.qualification->number, "3333");
    EXPECT_EQ(readText(face("a")), bytes);
    EXPECT_EQ(notes(FaceAnswerDisposition::Taken).size(), 2u);
    EXPECT_TRUE(notes(FaceAnswerDisposition::Unattributed).empty());
}

TEST_F(FaceReaderWatcherTest, ArchiveOptionMovesTheTakenAnswer) {
    const fs::path archive = dir_.file("archive");
    auto w = watcher([&] { put(face("ours"), faceAnswer("R1", "2222")); }, "R1", archive);
    ASSERT_EQ(await(*w).outcome, EligibilityOutcome::Valid);
    EXPECT_FALSE(fs::exists(face("ours")));
    EXPECT_EQ(readText(archive / face("ours").filename()), faceAnswer("R1", "2222"));
}

TEST_F(FaceReaderWatcherTest, AnswerOfAnotherWaitingKiosksReaderIsLeftForIt) {
    // Kiosk R2 waits too (its claim in the shared store): its reader's
    // answer is left for it, and R1 takes only its own.
    std::atomic<bool> theirsWaiting = false;
    auto theirs = watcher([&] { theirsWaiting = true; }, "R2");
    std::jthread other([&] { (void)await(*theirs, 3s); });
    while (!theirsWaiting) std::this_thread::sleep_for(5ms);
    auto w = watcher(
        [&] {
            put(face("1-theirs"), faceAnswer("R2", "9999"));
            put(face("2-ours"), faceAnswer("R1", "2222"));
        },
        "R1");
    auto result = await(*w);
    ASSERT_EQ(result.outcome, EligibilityOutcome::Valid);
    EXPECT_EQ(result.qualification->number, "2222");
    other.join();
    EXPECT_TRUE(fs::exists(face("1-theirs")));
    EXPECT_TRUE(notes(FaceAnswerDisposition::Unattributed).empty()) << "its own kiosk takes it";
    EXPECT_EQ(notes(FaceAnswerDisposition::Taken).size(), 2u);
}

TEST_F(FaceReaderWatcherTest, AnswerOfAReaderNoKioskWaitsForIsNotedForStaff) {
    auto alone = watcher([&] { put(face("theirs"), faceAnswer("R2", "9999")); }, "R1");
    auto none = await(*alone, 500ms);
    EXPECT_EQ(none.outcome, EligibilityOutcome::NoAnswer);
    ASSERT_TRUE(none.failure);
    EXPECT_EQ(none.failure->reason, EligibilityError::TimedOut);
    const auto forStaff = notes(FaceAnswerDisposition::Unattributed);
    ASSERT_EQ(forStaff.size(), 1u);
    EXPECT_EQ(forStaff.front().reason, "no kiosk waits for this reader's answers");
}

// Two kiosks configured alike (the same reader identifier, or both without
// one on one folder) both claim the answer: neither takes it.
class TwoKiosksClaimingOneReaderTest : public FaceReaderWatcherTest,
                                       public testing::WithParamInterface<std::string> {};

TEST_P(TwoKiosksClaimingOneReaderTest, NeitherTakesTheAnswer) {
    const std::string reader = GetParam();
    std::atomic<bool> firstWaiting = false;
    auto first = watcher([&] { firstWaiting = true; }, reader);
    std::optional<EligibilityResult> firstResult;
    std::jthread other([&] { firstResult = await(*first, 1s); });
    while (!firstWaiting) std::this_thread::sleep_for(5ms);
    auto second = watcher([&] { put(face("card"), faceAnswer(reader, "2222")); }, reader);
    EXPECT_EQ(await(*second, 1s).outcome, EligibilityOutcome::NoAnswer);
    other.join();
    EXPECT_EQ(firstResult->outcome, EligibilityOutcome::NoAnswer);
    EXPECT_TRUE(taken_.empty());
    const auto forStaff = notes(FaceAnswerDisposition::Unattributed);
    ASSERT_EQ(forStaff.size(), 1u);
    EXPECT_NE(forStaff.front().reason.find("several kiosks"), std::string::npos)
        << forStaff.front().reason;
}

INSTANTIATE_TEST_SUITE_P(SameReaderOrNone, TwoKiosksClaimingOneReaderTest,
                         testing::Values("R1", ""));

// A kiosk killed while waiting leaves its claim with a fresh heartbeat; the
// kiosk restarted on the same PC must not count it as a second kiosk.
TEST_F(FaceReaderWatcherTest, ClaimOfAProcessThatHasEndedOnThisHostDoesNotCount) {
    const pid_t child = ::fork();
    if (child == 0) ::_exit(0);
    ASSERT_GT(child, 0);
    ::waitpid(child, nullptr, 0);  // its pid now names no process
    char host[256] = {};
    ASSERT_EQ(::gethostname(host, sizeof host - 1), 0);
    ASSERT_TRUE(openStore()->beginFaceWait({0,
                                            fs::absolute(faceDir()).lexically_normal().string(),
                                            "R1",
                                            std::string(host) + " pid " + std::to_string(child),
                                            {}},
                                           utcNow() - std::chrono::minutes(1)));
    auto restarted = watcher([&] { put(face("card"), faceAnswer("R1", "2222")); }, "R1");
    EXPECT_EQ(await(*restarted).outcome, EligibilityOutcome::Valid);
}

TEST_F(FaceReaderWatcherTest, AWaitEndedLeavesNoClaimBehind) {
    auto first = watcher([] {}, "R1");
    (void)await(*first, 50ms);
    // R1's wait is over: the next R1 kiosk is the only one waiting.
    auto second = watcher([&] { put(face("card"), faceAnswer("R1", "2222")); }, "R1");
    EXPECT_EQ(await(*second).outcome, EligibilityOutcome::Valid);
}

TEST_F(FaceReaderWatcherTest, AnswerWithoutReaderIdentifierIsTakenByNoneAndNotedForStaff) {
    auto w = watcher([&] { put(face("anonymous"), faceAnswer("", "2222")); }, "R1");
    auto result = await(*w, 500ms);
    EXPECT_EQ(result.outcome, EligibilityOutcome::NoAnswer);
    EXPECT_FALSE(result.qualification);
    EXPECT_TRUE(fs::exists(face("anonymous")));
    const auto forStaff = notes(FaceAnswerDisposition::Unattributed);
    ASSERT_EQ(forStaff.size(), 1u);
    EXPECT_EQ(forStaff.front().key.fileName, face("anonymous").filename().string());
    EXPECT_EQ(forStaff.front().reason, "no reader identifier in the answer");
    EXPECT_TRUE(notes(FaceAnswerDisposition::Taken).empty());
    // In the audit log too, with the file's name and nothing of its content.
    const auto log = openStore()->auditLog().value();
    ASSERT_EQ(log.size(), 1u);
    EXPECT_EQ(log.front().action, "face_answer");
    EXPECT_EQ(log.front().detail.find("2222"), std::string::npos);
}

// Without a reader identifier the folder is the kiosk's alone; when it shows
// otherwise, no answer is taken rather than perhaps the wrong patient's.
class TwoAnswersAtOnceTest
    : public FaceReaderWatcherTest,
      public testing::WithParamInterface<std::pair<std::string, std::string>> {};

TEST_P(TwoAnswersAtOnceTest, WithoutReaderIdentifierNeitherIsTaken) {
    const auto& [first, second] = GetParam();
    auto w = watcher([&] {
        put(face("1"), faceAnswer(first, "2222"));
        put(face("2"), faceAnswer(second, "3333"));
    });
    EXPECT_EQ(await(*w, 500ms).outcome, EligibilityOutcome::NoAnswer);
    EXPECT_EQ(notes(FaceAnswerDisposition::Unattributed).size(), 2u);
    EXPECT_TRUE(taken_.empty());
}

// Two answers without identifiers, and answers of two readers.
INSTANTIATE_TEST_SUITE_P(Answers, TwoAnswersAtOnceTest,
                         testing::Values(std::pair<std::string, std::string>{"", ""},
                                         std::pair<std::string, std::string>{"R1", "R2"}));

// Issue 9 review: the public answer's ArbitraryFileIdentifier looks like a
// token written anew for each answer. In its reader's own folder every
// answer is the kiosk's, patient after patient, whatever it says.
TEST_F(FaceReaderWatcherTest, InItsReadersOwnFolderEveryAnswerIsTakenWhateverItsIdentifier) {
    std::string next;
    auto w = watcher([&] { put(face(next), faceAnswer(next, "2222")); });
    for (const char* token : {"ArnHCeDfNjMCFzg=", "Bq1xR9aZ0kLmT2c=", "Cw7yP3sD5fGhJ8e="}) {
        next = token;
        EXPECT_EQ(await(*w).outcome, EligibilityOutcome::Valid) << token;
    }
    EXPECT_EQ(notes(FaceAnswerDisposition::Taken).size(), 3u);
    EXPECT_TRUE(notes(FaceAnswerDisposition::Unattributed).empty());
}

// A cut-short answer naming no reader, in the kiosk's reader's own folder:
// it is this patient's, so the wait ends as a terminal error (the patient is
// sent to staff, never left waiting), its bytes kept with the record.
TEST_F(FaceReaderWatcherTest, AnUnreadableAnswerInItsReadersOwnFolderEndsTheWaitAsAnError) {
    auto w = watcher([&] { put(face("cut"), "<XmlMsg><MessageHeader>"); });
    auto result = await(*w, 30s);
    EXPECT_EQ(result.outcome, EligibilityOutcome::TerminalError);
    ASSERT_TRUE(result.failure);
    EXPECT_EQ(result.failure->reason, EligibilityError::Malformed);
    EXPECT_EQ(std::string(result.rawResponse.begin(), result.rawResponse.end()),
              "<XmlMsg><MessageHeader>");
    EXPECT_TRUE(fs::exists(face("cut")));
    EXPECT_EQ(notes(FaceAnswerDisposition::Taken).size(), 1u);
}

// Issue 9 review: on a folder shared by readers, a file naming no reader is
// nobody's to take: staff see it, and no waiting patient (nor an idle
// kiosk) is sent to the outage screen by it.
TEST_F(FaceReaderWatcherTest, AnUnreadableAnswerOnASharedFolderEndsNoWaitAndGoesToStaff) {
    auto w = watcher([&] { put(face("cut"), "<XmlMsg><MessageHeader>"); }, "R1");
    auto result = await(*w, 1s);
    EXPECT_EQ(result.outcome, EligibilityOutcome::NoAnswer);
    ASSERT_TRUE(result.failure);
    EXPECT_EQ(result.failure->reason, EligibilityError::TimedOut);
    const auto forStaff = notes(FaceAnswerDisposition::Unattributed);
    ASSERT_EQ(forStaff.size(), 1u);
    EXPECT_EQ(forStaff.front().key.fileName, face("cut").filename().string());
    EXPECT_EQ(forStaff.front().reason, "no reader identifier in the answer");
}

// Cut short, but naming its reader: that reader's kiosk ends its wait with
// the error, another reader's kiosk waits on for its own patient.
TEST_F(FaceReaderWatcherTest, AnswerCutShortEndsOnlyItsReadersWait) {
    std::atomic<bool> otherWaiting = false;
    auto other = watcher([&] { otherWaiting = true; }, "R2");
    std::optional<EligibilityResult> otherResult;
    std::jthread otherWait([&] { otherResult = await(*other, 2s); });
    while (!otherWaiting) std::this_thread::sleep_for(5ms);
    const std::string cut =
        "<XmlMsg><MessageHeader><ArbitraryFileIdentifier>R1</ArbitraryFileIdentifier>"
        "</MessageHeader><MessageBody><Res";
    auto own = watcher([&] { put(face("cut"), cut); }, "R1");
    EXPECT_EQ(await(*own, 30s).outcome, EligibilityOutcome::TerminalError);
    otherWait.join();
    EXPECT_EQ(otherResult->outcome, EligibilityOutcome::NoAnswer);
    ASSERT_TRUE(otherResult->failure);
    EXPECT_EQ(otherResult->failure->reason, EligibilityError::TimedOut);
}

TEST_F(FaceReaderWatcherTest, FindsItsAnswerAmongAFloodOfOtherFiles) {
    for (int i = 0; i < 3000; ++i) {
        std::ofstream(face("old" + std::to_string(i))) << "x";
        std::ofstream(faceDir() / ("unrelated" + std::to_string(i))) << "x";
    }
    auto w = watcher(
        [&] {
            for (int i = 0; i < 1000; ++i) {
                put(face("foreign" + std::to_string(i)),
                    faceAnswer("K" + std::to_string(i), "9999"));
            }
            put(face("zz-ours"), faceAnswer("ME", "2222"));
        },
        "ME");
    auto result = await(*w, 30s);
    ASSERT_EQ(result.outcome, EligibilityOutcome::Valid)
        << (result.failure ? result.failure->message : "");
    EXPECT_EQ(result.qualification->number, "2222");
}

TEST_F(FaceReaderWatcherTest, CancelledWaitStopsWaiting) {
    std::stop_source stop;
    auto w = watcher([&] { stop.request_stop(); });
    auto result = w->await({30s, 10ms, 300ms}, TerminalErrorCodes::defaults(), stop.get_token());
    EXPECT_EQ(result.outcome, EligibilityOutcome::NoAnswer);
    ASSERT_TRUE(result.failure);
    EXPECT_EQ(result.failure->reason, EligibilityError::Cancelled) << result.failure->message;
}

}  // namespace
}  // namespace kiosk
