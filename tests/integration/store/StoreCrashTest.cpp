// Kills a writer process with SIGKILL at random moments, over and over, on
// one database file; then every check-in and record it acknowledged must be
// there, whole, and the file must pass SQLite's integrity check.
//
// The moments come from a fixed seed so that a failure can be replayed:
// KIOSK_CRASH_SEED=N tries another schedule, and failures name the seed.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
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
constexpr std::uint32_t kDefaultSeed = 20240611;
// Only guards against a writer that hangs; never measures its speed.
constexpr int kHangGuardMs = 60'000;

std::uint32_t crashSeed() {
    const char* text = std::getenv("KIOSK_CRASH_SEED");
    if (text == nullptr || *text == '\0') return kDefaultSeed;
    char* end = nullptr;
    const auto value = std::strtoul(text, &end, 10);
    if (*end != '\0') ADD_FAILURE() << "KIOSK_CRASH_SEED is not a number: " << text;
    return static_cast<std::uint32_t>(value);
}

struct KilledRun {
    std::vector<std::string> lines;  // complete lines printed before the kill
    bool killedBySignal = false;
};

// Starts the writer, waits until it has acknowledged `acknowledgements`
// writes, lets it go on for `extra`, SIGKILLs it and collects its output.
// Waiting for acknowledgements, not for a time, makes every run prove
// something however slow the machine.
KilledRun runAndKill(const std::string& db, long long firstSeed, std::size_t acknowledgements,
                     std::chrono::microseconds extra) {
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
    std::string output;
    auto read = [&] {
        char buffer[4096];
        ssize_t n = ::read(out[0], buffer, sizeof buffer);
        if (n > 0) output.append(buffer, static_cast<std::size_t>(n));
        return n > 0;
    };
    pollfd readable{out[0], POLLIN, 0};
    while (static_cast<std::size_t>(std::count(output.begin(), output.end(), '\n')) <
               acknowledgements &&
           poll(&readable, 1, kHangGuardMs) > 0 && read()) {
    }
    // Drain while it runs on so that a full pipe never holds the writer back.
    fcntl(out[0], F_SETFL, O_NONBLOCK);
    const auto killAt = std::chrono::steady_clock::now() + extra;
    while (std::chrono::steady_clock::now() < killAt) {
        while (read()) {
        }
        std::this_thread::sleep_for(std::chrono::microseconds(500));
    }
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    while (read()) {
    }
    close(out[0]);

    KilledRun run;
    run.killedBySignal = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
    // A line cut short by the kill is no acknowledgement.
    for (std::size_t start = 0, end; (end = output.find('\n', start)) != std::string::npos;
         start = end + 1) {
        run.lines.push_back(output.substr(start, end - start));
    }
    return run;
}

// Record `id` is sample `seed` as the writer saved it: the record, and for a
// check-in each attachment byte for byte and each follow-up, with one audit
// entry per part. `followUps` are the record's open follow-ups, by id.
void expectWhole(kiosk::SqliteRecordStore& store, std::int64_t id, std::int64_t seed,
                 const std::vector<kiosk::FollowUp>& followUps) {
    SCOPED_TRACE("record " + std::to_string(id) + ", sample " + std::to_string(seed));
    auto stored = store.get(id);
    ASSERT_TRUE(stored) << stored.error().message;
    auto sample = kiosk::test::sampleCheckIn(seed);
    auto expected = sample.record;
    expected.id = id;
    EXPECT_EQ(kiosk::test::withoutReceptionNumber(stored->record), expected);

    auto attachments = store.listAttachments(id);
    ASSERT_TRUE(attachments) << attachments.error().message;
    auto trail = store.auditTrail(id);
    ASSERT_TRUE(trail) << trail.error().message;
    if (!kiosk::test::savedWithParts(seed)) {
        EXPECT_TRUE(attachments->empty());
        EXPECT_TRUE(followUps.empty());
        EXPECT_EQ(trail->size(), 1u);
        return;
    }
    const auto saved = sample.toSave();
    ASSERT_EQ(attachments->size(), saved.attachments.size());
    for (std::size_t i = 0; i < saved.attachments.size(); ++i) {
        EXPECT_EQ((*attachments)[i].kind, saved.attachments[i].kind);
        EXPECT_EQ((*attachments)[i].mimeType, saved.attachments[i].mimeType);
        auto bytes = store.attachmentBytes((*attachments)[i].id);
        ASSERT_TRUE(bytes) << bytes.error().message;
        EXPECT_TRUE(std::ranges::equal(*bytes, saved.attachments[i].bytes)) << "attachment " << i;
    }
    ASSERT_EQ(followUps.size(), sample.followUps.size());
    for (std::size_t i = 0; i < followUps.size(); ++i) {
        EXPECT_EQ((kiosk::NewFollowUp{followUps[i].kind, followUps[i].due, followUps[i].note}),
                  sample.followUps[i]);
    }
    EXPECT_EQ(trail->size(), 1 + saved.attachments.size() + saved.followUps.size());
}

}  // namespace

TEST(StoreCrash, AcknowledgedRecordsSurviveRepeatedKill9) {
    const auto seed = crashSeed();
    SCOPED_TRACE("KIOSK_CRASH_SEED=" + std::to_string(seed));
    kiosk::test::TempDir dir;
    std::string db = dir.file("records.sqlite");
    std::mt19937 random(seed);
    std::uniform_int_distribution<std::size_t> acknowledgementsBeforeKill(1, 8);
    std::uniform_int_distribution<int> thenMicroseconds(0, 30'000);
    constexpr int kRuns = 25;

    std::map<std::int64_t, std::int64_t> acknowledged;  // id → seed
    for (int run = 0; run < kRuns; ++run) {
        const auto awaited = acknowledgementsBeforeKill(random);
        auto killed = runAndKill(db, run * 1'000'000LL, awaited,
                                 std::chrono::microseconds(thenMicroseconds(random)));
        ASSERT_TRUE(killed.killedBySignal) << "writer stopped on its own in run " << run;
        ASSERT_GE(killed.lines.size(), awaited) << "writer hung in run " << run;
        for (const auto& line : killed.lines) {
            std::int64_t id = 0, sampleSeed = 0;
            ASSERT_TRUE(std::istringstream(line) >> id >> sampleSeed) << line;
            ASSERT_TRUE(acknowledged.emplace(id, sampleSeed).second)
                << "id " << id << " given twice";
        }
    }

    EXPECT_EQ(kiosk::test::RawSqlite(db).text("PRAGMA integrity_check"), "ok");
    auto store = kiosk::SqliteRecordStore::open(db);
    ASSERT_TRUE(store) << store.error().message;
    auto open = (*store)->openFollowUps();
    ASSERT_TRUE(open) << open.error().message;
    std::map<std::int64_t, std::vector<kiosk::FollowUp>> followUpsOf;
    for (const auto& followUp : *open) followUpsOf[followUp.recordId].push_back(followUp);
    for (auto& [id, followUps] : followUpsOf) {
        std::ranges::sort(followUps, {}, &kiosk::FollowUp::id);
    }

    for (auto [id, sampleSeed] : acknowledged) {
        expectWhole(**store, id, sampleSeed, followUpsOf[id]);
    }
    // Writes killed before they were acknowledged are whole too, or absent:
    // the log holds exactly the audit entries of the transactions that exist.
    auto all = (*store)->list({});
    ASSERT_TRUE(all) << all.error().message;
    EXPECT_GE(all->size(), acknowledged.size());
    std::size_t auditEntries = 0;
    for (const auto& stored : *all) {
        auto sampleSeed = kiosk::test::sampleSeed(stored.record);
        ASSERT_TRUE(sampleSeed);
        expectWhole(**store, stored.record.id, *sampleSeed, followUpsOf[stored.record.id]);
        auditEntries += (*store)->auditTrail(stored.record.id)->size();
    }
    EXPECT_EQ((*store)->auditLog()->size(), auditEntries);
    EXPECT_EQ(std::stoull(kiosk::test::RawSqlite(db).text("SELECT count(*) FROM attachments")) +
                  std::stoull(kiosk::test::RawSqlite(db).text("SELECT count(*) FROM follow_ups")) +
                  all->size(),
              auditEntries)
        << "attachments or follow-ups without their record";
    std::cout << acknowledged.size() << " acknowledged, " << all->size() << " stored, " << kRuns
              << " kills, KIOSK_CRASH_SEED=" << seed << "\n";
}
