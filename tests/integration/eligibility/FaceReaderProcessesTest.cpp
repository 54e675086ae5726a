// Two kiosks on one face folder, as two real processes (`kioskctl
// card-check`, the kiosk's own card-check code without a window), each
// configured with its own reader's identifier and sharing one database file
// (as kiosks on one face folder must: each sees the other's wait). Cards are placed on both
// readers round after round, in either order or at once; each kiosk must take
// its own reader's answer every time, never the other's.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <thread>

#include "core/RecordEnumNames.h"
#include "integration/eligibility/card/ChildProcess.h"
#include "integration/store/TestFiles.h"
#include "support/CommandRun.h"

namespace kiosk {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

constexpr int kRounds = 20;

// One kiosk process: its reader and its output.
struct Kiosk {
    std::string reader;
    std::string person;  // whose card is placed on its reader
    std::string log;
    std::unique_ptr<test::ChildProcess> process;

    std::vector<std::string> lines() const {
        std::ifstream in(log);
        std::vector<std::string> out;
        for (std::string line; std::getline(in, line);) {
            if (!in.eof()) out.push_back(line);  // complete lines only
        }
        return out;
    }
    int waits() const { return static_cast<int>(std::ranges::count(lines(), "waiting")); }
    std::vector<std::string> results() const {
        std::vector<std::string> out;
        for (auto& line : lines()) {
            if (line != "waiting") out.push_back(line);
        }
        return out;
    }
};

class FaceReaderProcessesTest : public testing::Test {
protected:
    void SetUp() override {
        fs::create_directories(fs::path(dir_.file("oqs")) / "face");
        for (auto* kiosk : {&a_, &b_}) {
            kiosk->log = dir_.file(kiosk->reader + ".log");
            kiosk->process = std::make_unique<test::ChildProcess>(
                std::vector<std::string>{KIOSK_BIN_DIR "/kioskctl", "--db", dir_.file("kiosks.db"),
                                         "card-check", "--oqs-dir", dir_.file("oqs"), "--reader-id",
                                         kiosk->reader, "--count", std::to_string(kRounds),
                                         "--timeout-ms", "600000"},
                kiosk->log);
        }
    }

    // Until `done()`; fails at once if a kiosk process ended before its last
    // check. No time
    // limit here: the test's own time-out (ctest) is the bound.
    template <class Done>
    void waitUntil(Done done) {
        while (!done()) {
            for (auto* kiosk : {&a_, &b_}) {
                if (!done() && kiosk->results().size() < static_cast<std::size_t>(kRounds)) {
                    ASSERT_TRUE(kiosk->process->running())
                        << kiosk->reader << " ended early:\n"
                        << [&] {
                               const auto log = test::readFile(kiosk->log);
                               return std::string(log.begin(), log.end());
                           }();
                }
            }
            std::this_thread::sleep_for(10ms);
        }
    }

    // The card on `kiosk`'s reader; the name of the answer file the reader wrote.
    std::string placeCard(const Kiosk& kiosk) {
        auto run = test::runKioskctl("oqs-sim --dir " + dir_.file("oqs") +
                                         " --people " KIOSK_SOURCE_DIR
                                         "/tests/data/oqs/people.json --place-card " +
                                         kiosk.person + " --reader-id " + kiosk.reader,
                                     test::Streams::OutOnly);
        EXPECT_EQ(run.exitCode, 0) << run.out;
        return run.out.substr(0, run.out.find(':'));
    }

    test::TempDir dir_;
    Kiosk a_{"READER-A", "valid-sjis", {}, {}};
    Kiosk b_{"READER-B", "valid-utf8", {}, {}};
};

TEST_F(FaceReaderProcessesTest, EachKioskTakesOnlyItsOwnReadersAnswers) {
    const std::string valid(enumName(EligibilityOutcome::Valid));
    for (int round = 0; round < kRounds; ++round) {
        waitUntil([&] { return a_.waits() > round && b_.waits() > round; });
        if (HasFatalFailure()) return;
        std::string fileA, fileB;
        switch (round % 3) {
            case 0:  // A's patient first
                fileA = placeCard(a_);
                fileB = placeCard(b_);
                break;
            case 1:  // B's patient first
                fileB = placeCard(b_);
                fileA = placeCard(a_);
                break;
            default: {  // both at once
                std::jthread other([&] { fileB = placeCard(b_); });
                fileA = placeCard(a_);
            }
        }
        waitUntil([&] {
            return static_cast<int>(a_.results().size()) > round &&
                   static_cast<int>(b_.results().size()) > round;
        });
        if (HasFatalFailure()) return;
        EXPECT_EQ(a_.results()[round], "taken " + fileA + " " + valid) << "round " << round;
        EXPECT_EQ(b_.results()[round], "taken " + fileB + " " + valid) << "round " << round;
    }
    EXPECT_EQ(a_.results().size(), static_cast<std::size_t>(kRounds));
    EXPECT_EQ(b_.results().size(), static_cast<std::size_t>(kRounds));
    // Every answer is still there for the receipt computer.
    const auto files = std::distance(fs::directory_iterator(fs::path(dir_.file("oqs")) / "face"),
                                     fs::directory_iterator());
    EXPECT_EQ(files, 2 * kRounds);
}

}  // namespace
}  // namespace kiosk
