// Kills a writer process with SIGKILL at random moments, over and over, on
// one database file; then every record it acknowledged must be there, whole,
// and the file must pass SQLite's integrity check.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <iostream>
#include <map>
#include <random>
#include <sstream>
#include <thread>

#include "RawSqlite.h"
#include "SampleRecords.h"
#include "TestFiles.h"
#include "store/SqliteRecordStore.h"

namespace {

const std::string kWriter = std::string(KIOSK_BIN_DIR) + "/store_crash_writer";

struct KilledRun {
    std::string output;  // what the writer printed before it died
    bool killedBySignal = false;
};

// Starts the writer, lets it run for `delay`, SIGKILLs it, collects stdout.
KilledRun runAndKill(const std::string& db, long long firstSeed, std::chrono::milliseconds delay) {
    int out[2];
    if (pipe(out) != 0) return {};
    pid_t pid = fork();
    if (pid == 0) {
        dup2(out[1], STDOUT_FILENO);
        close(out[0]);
        close(out[1]);
        std::string seed = std::to_string(firstSeed);
        execl(kWriter.c_str(), kWriter.c_str(), db.c_str(), seed.c_str(), nullptr);
        _exit(127);
    }
    close(out[1]);
    // Drain while it runs so that a full pipe never holds the writer back.
    KilledRun run;
    fcntl(out[0], F_SETFL, O_NONBLOCK);
    auto drain = [&] {
        char buffer[4096];
        ssize_t n;
        while ((n = read(out[0], buffer, sizeof buffer)) > 0) {
            run.output.append(buffer, static_cast<std::size_t>(n));
        }
    };
    auto deadline = std::chrono::steady_clock::now() + delay;
    while (std::chrono::steady_clock::now() < deadline) {
        drain();
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    drain();
    close(out[0]);
    run.killedBySignal = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
    return run;
}

}  // namespace

TEST(StoreCrash, AcknowledgedRecordsSurviveRepeatedKill9) {
    kiosk::test::TempDir dir;
    std::string db = dir.file("records.sqlite");
    std::mt19937 random(std::random_device{}());
    std::uniform_int_distribution<int> delayMs(20, 250);
    constexpr int kRuns = 25;

    std::map<std::int64_t, std::int64_t> acknowledged;  // id → seed
    for (int run = 0; run < kRuns; ++run) {
        auto killed = runAndKill(db, run * 1'000'000LL, std::chrono::milliseconds(delayMs(random)));
        ASSERT_TRUE(killed.killedBySignal) << "writer stopped on its own in run " << run;
        std::istringstream lines(killed.output);
        std::string line;
        while (std::getline(lines, line)) {
            if (lines.eof()) break;  // a line cut short by the kill is no acknowledgement
            std::int64_t id = 0, seed = 0;
            ASSERT_TRUE(std::istringstream(line) >> id >> seed) << line;
            ASSERT_TRUE(acknowledged.emplace(id, seed).second) << "id " << id << " given twice";
        }
    }
    ASSERT_GE(acknowledged.size(), 20u) << "too few writes to prove anything";

    EXPECT_EQ(kiosk::test::RawSqlite(db).text("PRAGMA integrity_check"), "ok");
    auto store = kiosk::SqliteRecordStore::open(db);
    ASSERT_TRUE(store) << store.error().message;
    for (auto [id, seed] : acknowledged) {
        auto stored = (*store)->get(id);
        ASSERT_TRUE(stored) << stored.error().message;
        auto expected = kiosk::test::sampleRecord(seed);
        expected.id = id;
        EXPECT_EQ(stored->record, expected) << "record " << id;
    }
    // Records written but killed before they were acknowledged are whole too,
    // and each has exactly the one audit entry of its transaction.
    auto all = (*store)->list({});
    ASSERT_TRUE(all) << all.error().message;
    EXPECT_GE(all->size(), acknowledged.size());
    for (const auto& stored : *all) {
        auto seed = kiosk::test::sampleSeed(stored.record);
        ASSERT_TRUE(seed);
        auto expected = kiosk::test::sampleRecord(*seed);
        expected.id = stored.record.id;
        EXPECT_EQ(stored.record, expected);
    }
    EXPECT_EQ((*store)->auditLog()->size(), all->size());
    std::cout << acknowledged.size() << " acknowledged, " << all->size() << " stored, " << kRuns
              << " kills\n";
}
