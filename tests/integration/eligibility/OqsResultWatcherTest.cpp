// The result watcher over real files: answers written the way a terminal
// might (late, in pieces, among leftovers and other kiosks' results). Card
// checks wait for the face reader instead: FaceReaderWatcherTest.
#include <gtest/gtest.h>

#include <fstream>
#include <thread>

#include "eligibility/AtomicFile.h"
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

}  // namespace
}  // namespace kiosk
