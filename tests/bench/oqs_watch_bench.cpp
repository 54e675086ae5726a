// How long a card check waits for its face-reader answer with N earlier
// answers already in face/ (the kiosk never empties it) and N files in res/:
// the watcher lists face/ once per look, so this is the cost of a flood.
// Prints one line per flood size: files, median and worst latency in ms.
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
#include "store/SqliteRecordStore.h"

namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

const std::string answer =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><XmlMsg><MessageHeader><CharacterCodeIdentifier>0"
    "</CharacterCodeIdentifier></MessageHeader><MessageBody><ProcessingResultStatus>1"
    "</ProcessingResultStatus><QualificationValidity>4</QualificationValidity></MessageBody>"
    "</XmlMsg>";

double oneCheck(kiosk::FaceReaderWatcher& watcher) {
    const auto start = std::chrono::steady_clock::now();
    auto result = watcher.await({10s, 50ms, 2s}, kiosk::TerminalErrorCodes::defaults(), {});
    const auto ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (result.failure) std::fprintf(stderr, "check failed: %s\n", result.failure->message.c_str());
    return ms;
}

}  // namespace

int main() {
    const auto dir = fs::temp_directory_path() / "kiosk-oqs-watch-bench";
    std::printf("files\tmedian_ms\tworst_ms\t(poll interval 50 ms)\n");
    for (int flood : {0, 1000, 10000, 50000}) {
        fs::remove_all(dir);
        for (const char* sub : {"req", "res", "face"}) fs::create_directories(dir / sub);
        for (int i = 0; i < flood; ++i) {
            const auto stale =
                dir / "face" / ("OQSsiquc01res_face_old" + std::to_string(i) + ".xml");
            std::ofstream(stale) << answer;
            std::ofstream(dir / "res" / ("OQSsiquc01res_other" + std::to_string(i) + ".xml"))
                << "x";
        }
        auto memory = kiosk::SqliteRecordStore::open((dir / "kiosk.db").string());
        if (!memory) return 1;
        int round = 0;
        // The reader answers as soon as the wait began.
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
        std::vector<double> times;
        for (; round < 15; ++round) times.push_back(oneCheck(watcher));
        std::sort(times.begin(), times.end());
        std::printf("%d\t%.1f\t%.1f\n", flood * 2, times[times.size() / 2], times.back());
    }
    fs::remove_all(dir);
}
