// The result watcher over real files: answers written the way a terminal
// might (late, in pieces, among leftovers and other kiosks' results). Card
// checks wait for the face reader instead: FaceReaderWatcherTest.
#include <gtest/gtest.h>

#include <fstream>
#include <optional>
#include <thread>

#include "eligibility/AtomicFile.h"
#include "eligibility/OqsCharset.h"
#include "eligibility/OqsResultWatcher.h"
#include "integration/store/TestFiles.h"

namespace kiosk {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

std::string resultXml(const std::string& validity, const std::string& identifier) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><XmlMsg><MessageHeader>"
           "<CharacterCodeIdentifier>0</CharacterCodeIdentifier><QualificationConfirmSearchInfo>"
           "<ArbitraryIdentifier>" +
           identifier +
           "</ArbitraryIdentifier></QualificationConfirmSearchInfo></MessageHeader><MessageBody>"
           "<ProcessingResultStatus>1</ProcessingResultStatus><QualificationValidity>" +
           validity + "</QualificationValidity></MessageBody></XmlMsg>";
}

void writeText(const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

class OqsResultWatcherTest : public testing::Test {
protected:
    void SetUp() override {
        for (const char* sub : {"req", "res", "face"}) fs::create_directories(dir_.file(sub));
    }

    // A request written now; its time stamp is the watcher's "not before".
    PendingOqsRequest request(const std::string& id) {
        const fs::path req = fs::path(dir_.file("req")) / ("OQSsiquc01req_" + id + ".xml");
        writeText(req, "<XmlMsg/>");
        return {dir_.file(""), req.filename().string(), "me", fs::last_write_time(req)};
    }

    fs::path res(const std::string& id) const {
        return fs::path(dir_.file("res")) / ("OQSsiquc01res_" + id + ".xml");
    }

    static OqsWatchSettings settings(std::chrono::milliseconds timeout) {
        return {timeout, 10ms, 300ms};
    }

    EligibilityResult await(const PendingOqsRequest& r, std::chrono::milliseconds timeout = 3s) {
        return awaitOqsResult(r, settings(timeout), TerminalErrorCodes::defaults(), {});
    }

    test::TempDir dir_;
};

TEST_F(OqsResultWatcherTest, IgnoresAStaleResultUnderTheRequestsName) {
    writeText(res("r1"), resultXml("5", "me"));
    fs::last_write_time(res("r1"), fs::file_time_type::clock::now() - 24h);
    auto pending = request("r1");
    auto result = await(pending, 300ms);
    EXPECT_EQ(result.outcome, EligibilityOutcome::NoAnswer);
    EXPECT_TRUE(fs::exists(res("r1"))) << "not ours to remove";
}

TEST_F(OqsResultWatcherTest, WaitsForAFileWrittenInPieces) {
    auto pending = request("r4");
    const auto xml = resultXml("4", "me");
    std::jthread terminal([&] {
        {
            std::ofstream out(res("r4"), std::ios::binary);
            out << xml.substr(0, xml.size() / 2) << std::flush;
            std::this_thread::sleep_for(
                150ms);  // longer than two looks, shorter than malformedAfter
            out << xml.substr(xml.size() / 2);
        }
    });
    auto result = await(pending);
    EXPECT_FALSE(result.failure) << result.failure->message;
    EXPECT_EQ(result.outcome, EligibilityOutcome::NotRegistered);
}

TEST_F(OqsResultWatcherTest, UnparsableAnswerIsReportedAfterItStaysUnchanged) {
    auto pending = request("r6");
    writeText(res("r6"), "<XmlMsg><MessageHeader>");
    auto result = await(pending);
    EXPECT_EQ(result.outcome, EligibilityOutcome::TerminalError);
    ASSERT_TRUE(result.failure);
    EXPECT_EQ(result.failure->reason, EligibilityError::Malformed);
    EXPECT_EQ(std::string(result.rawResponse.begin(), result.rawResponse.end()),
              "<XmlMsg><MessageHeader>");
}

// A failed request, the way the terminal reports it (OqsErrorFile.h): moved
// from req/ to res/, then its .err beside it. No timed assertion: the wait
// is given a minute, so it must be the files that end it (the suite's ctest
// TIMEOUT bounds a hang; speed is for the benchmarks).
class OqsRejectedRequestTest : public OqsResultWatcherTest {
protected:
    static constexpr auto longTimeout = 60s;

    void rejectLater(const PendingOqsRequest& pending, std::optional<std::string> errBytes) {
        terminal_ = std::jthread([this, name = pending.requestFileName, errBytes] {
            std::this_thread::sleep_for(100ms);
            const fs::path res = fs::path(dir_.file("res"));
            fs::rename(fs::path(dir_.file("req")) / name, res / name);
            if (errBytes) {
                const auto err = name.substr(0, name.size() - 4) + ".err";
                ASSERT_TRUE(writeFileAtomically(res / err, *errBytes).ok());
            }
        });
    }

    static std::string text(const EligibilityResult& r) {
        return std::string(r.rawResponse.begin(), r.rawResponse.end());
    }

    std::jthread terminal_;
};

TEST_F(OqsRejectedRequestTest, ErrFileEndsTheWaitAsATerminalErrorWithItsCodeAndMessage) {
    auto pending = request("e1");
    const auto err = encodeFromUtf8(
        "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><XmlMsg><MessageHeader>"
        "<SegmentOfResult>9</SegmentOfResult><ErrorCode>EOQS1234</ErrorCode>"
        "<ErrorMessage>照会番号の指定に誤りがあります</ErrorMessage></MessageHeader></XmlMsg>",
        OqsCharset::ShiftJis, "test");
    ASSERT_TRUE(err.ok());
    rejectLater(pending, *err);
    auto result = await(pending, longTimeout);
    EXPECT_EQ(result.outcome, EligibilityOutcome::TerminalError);
    EXPECT_EQ(result.terminalCode, "EOQS1234");
    EXPECT_EQ(result.terminalMessage, "照会番号の指定に誤りがあります");
    ASSERT_TRUE(result.failure);
    EXPECT_EQ(result.failure->reason, EligibilityError::Rejected);
    EXPECT_EQ(text(result), *err) << "the .err is kept as the response";
    terminal_.join();
    EXPECT_FALSE(fs::exists(fs::path(dir_.file("res")) / "OQSsiquc01req_e1.err")) << "ours";
    EXPECT_FALSE(fs::exists(fs::path(dir_.file("res")) / "OQSsiquc01req_e1.xml")) << "ours";
}

TEST_F(OqsRejectedRequestTest, ErrFileThatIsNotXmlIsKeptAsTheMessage) {
    auto pending = request("e2");
    const auto err =
        encodeFromUtf8("資格確認端末でエラーが発生しました\r\n", OqsCharset::ShiftJis, "t");
    ASSERT_TRUE(err.ok());
    rejectLater(pending, *err);
    auto result = await(pending, longTimeout);
    EXPECT_EQ(result.outcome, EligibilityOutcome::TerminalError);
    EXPECT_EQ(result.terminalCode, "");
    EXPECT_EQ(result.terminalMessage, "資格確認端末でエラーが発生しました");
    EXPECT_EQ(text(result), *err);
}

TEST_F(OqsRejectedRequestTest, RequestReturnedWithoutErrIsATerminalError) {
    auto pending = request("e3");
    rejectLater(pending, std::nullopt);
    auto result = await(pending, longTimeout);
    EXPECT_EQ(result.outcome, EligibilityOutcome::TerminalError);
    ASSERT_TRUE(result.failure);
    EXPECT_EQ(result.failure->reason, EligibilityError::Rejected);
    EXPECT_NE(result.terminalMessage.find("OQSsiquc01req_e3.xml"), std::string::npos);
}

TEST_F(OqsRejectedRequestTest, AnotherRequestsErrIsNotOurs) {
    auto pending = request("e4");
    writeText(fs::path(dir_.file("res")) / "OQSsiquc01req_other.err", "E999");
    writeText(fs::path(dir_.file("res")) / "OQSsiquc01req_other.xml", "<XmlMsg/>");
    auto result = await(pending, 300ms);
    EXPECT_EQ(result.outcome, EligibilityOutcome::NoAnswer);
    EXPECT_TRUE(fs::exists(fs::path(dir_.file("res")) / "OQSsiquc01req_other.err"));
}

}  // namespace
}  // namespace kiosk
