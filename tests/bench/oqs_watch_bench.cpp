// How long a card check waits for its face-reader answer with N earlier
// answers already in face/ (the kiosk never empties it) and N files in res/:
// the watcher lists face/ once per look, so this is the cost of a flood. And
// how long a 保険証情報 look-up the terminal rejects (request moved to res/
// beside an .err) waits for that verdict.
// Prints one line per flood size: files, median and worst latency in ms of
// each.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "eligibility/AtomicFile.h"
#include "eligibility/FaceReaderWatcher.h"
#include "eligibility/OqsResultWatcher.h"
#include "store/SqliteRecordStore.h"

namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

const std::string answer =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><XmlMsg><MessageHeader><CharacterCodeIdentifier>0"
    "</CharacterCodeIdentifier></MessageHeader><MessageBody><ProcessingResultStatus>1"
    "</ProcessingResultStatus><QualificationValidity>4</QualificationValidity></MessageBody>"
    "</XmlMsg>";

double millisSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

// A card check; the reader answers as soon as the wait began.
double faceCheck(kiosk::FaceReaderWatcher& watcher) {
    const auto start = std::chrono::steady_clock::now();
    auto result = watcher.await({10s, 50ms, 2s}, kiosk::TerminalErrorCodes::defaults(), {});
    if (result.failure) std::fprintf(stderr, "check failed: %s\n", result.failure->message.c_str());
    return millisSince(start);
}

// A 保険証情報 look-up the terminal rejects.
double rejectedLookUp(const fs::path& dir, int round) {
    const auto id = "e" + std::to_string(round);
    const auto req = dir / "req" / ("OQSsiquc01req_" + id + ".xml");
    std::ofstream(req) << "<XmlMsg/>";
    kiosk::PendingOqsRequest pending{dir, req.filename().string(), "", fs::last_write_time(req)};
    const auto start = std::chrono::steady_clock::now();
    std::jthread terminal([&] {
        fs::rename(req, dir / "res" / req.filename());
        (void)kiosk::writeFileAtomically(dir / "res" / ("OQSsiquc01req_" + id + ".err"),
                                         "E0001 rejected");
    });
    auto result =
        kiosk::awaitOqsResult(pending, {10s, 50ms, 2s}, kiosk::TerminalErrorCodes::defaults(), {});
    if (result.outcome != kiosk::EligibilityOutcome::TerminalError && result.failure) {
        std::fprintf(stderr, "check failed: %s\n", result.failure->message.c_str());
    }
    return millisSince(start);
}

}  // namespace

int main() {
    const auto dir = fs::temp_directory_path() / "kiosk-oqs-watch-bench";
    std::printf("files\tmedian_ms\tworst_ms\terr_median_ms\terr_worst_ms\t(poll interval 50 ms)\n");
    for (int flood : {0, 1000, 10000, 50000}) {
        fs::remove_all(dir);
        for (const char* sub : {"req", "res", "face"}) fs::create_directories(dir / sub);
        for (int i = 0; i < flood; ++i) {
            std::ofstream(dir / "face" / ("OQSsiquc01res_face_old" + std::to_string(i) + ".xml"))
                << answer;
            std::ofstream(dir / "res" / ("OQSsiquc01res_other" + std::to_string(i) + ".xml"))
                << "x";
        }
        auto memory = kiosk::SqliteRecordStore::open((dir / "kiosk.db").string());
        if (!memory) return 1;
        int round = 0;
        kiosk::FaceReaderWatcher watcher(
            {dir / "face",
             "",
             {},
             [&] {
                 (void)kiosk::writeFileAtomically(
                     dir / "face" / ("OQSsiquc01res_face_bench" + std::to_string(round) + ".xml"),
                     answer);
             },
             {}},
            std::move(*memory));
        std::vector<double> face, err;
        for (; round < 15; ++round) {
            face.push_back(faceCheck(watcher));
            err.push_back(rejectedLookUp(dir, round));
        }
        std::sort(face.begin(), face.end());
        std::sort(err.begin(), err.end());
        std::printf("%d\t%.1f\t%.1f\t%.1f\t%.1f\n", flood * 2, face[face.size() / 2], face.back(),
                    err[err.size() / 2], err.back());
    }
    fs::remove_all(dir);
}
