// How long a card check waits for its face-reader answer with N unrelated
// files already in face/ and res/ (stale results, other kiosks' answers): the
// watcher lists face/ once per look, so this is the cost of a flood. And how
// long a 保険証情報 look-up the terminal rejects (request moved to res/ beside
// an .err) waits for that verdict.
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
#include "eligibility/OqsResultWatcher.h"

namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

const std::string answer =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><XmlMsg><MessageHeader><CharacterCodeIdentifier>0"
    "</CharacterCodeIdentifier></MessageHeader><MessageBody><ProcessingResultStatus>1"
    "</ProcessingResultStatus><QualificationValidity>4</QualificationValidity></MessageBody>"
    "</XmlMsg>";

enum class Terminal { AnswersOnFace, RejectsWithErr };

double oneCheck(const fs::path& dir, int round, Terminal terminalDoes) {
    const bool rejects = terminalDoes == Terminal::RejectsWithErr;
    const auto id = std::string(rejects ? "e" : "b") + std::to_string(round);
    const auto req = dir / "req" / ("OQSsiquc01req_" + id + ".xml");
    std::ofstream(req) << "<XmlMsg/>";
    kiosk::PendingOqsRequest pending{dir, req.filename().string(), "", !rejects,
                                     fs::last_write_time(req)};
    const auto start = std::chrono::steady_clock::now();
    std::jthread terminal([&] {
        if (rejects) {
            fs::rename(req, dir / "res" / req.filename());
            (void)kiosk::writeFileAtomically(dir / "res" / ("OQSsiquc01req_" + id + ".err"),
                                             "E0001 rejected");
            return;
        }
        (void)kiosk::writeFileAtomically(
            dir / "face" / ("OQSsiquc01res_face_bench" + id.substr(1) + ".xml"), answer);
    });
    auto result =
        kiosk::awaitOqsResult(pending, {10s, 50ms, 2s}, kiosk::TerminalErrorCodes::defaults(), {});
    const auto ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    const bool asExpected =
        rejects ? result.outcome == kiosk::EligibilityOutcome::TerminalError : !result.failure;
    if (!asExpected && result.failure) {
        std::fprintf(stderr, "check failed: %s\n", result.failure->message.c_str());
    }
    return ms;
}

}  // namespace

int main() {
    const auto dir = fs::temp_directory_path() / "kiosk-oqs-watch-bench";
    std::printf("files\tmedian_ms\tworst_ms\terr_median_ms\terr_worst_ms\t(poll interval 50 ms)\n");
    for (int flood : {0, 1000, 10000, 50000}) {
        fs::remove_all(dir);
        for (const char* sub : {"req", "res", "face"}) fs::create_directories(dir / sub);
        const auto old = fs::file_time_type::clock::now() - 24h;
        for (int i = 0; i < flood; ++i) {
            const auto stale =
                dir / "face" / ("OQSsiquc01res_face_old" + std::to_string(i) + ".xml");
            std::ofstream(stale) << answer;
            fs::last_write_time(stale, old);
            std::ofstream(dir / "res" / ("OQSsiquc01res_other" + std::to_string(i) + ".xml"))
                << "x";
        }
        std::vector<double> face, err;
        for (int round = 0; round < 15; ++round) {
            face.push_back(oneCheck(dir, round, Terminal::AnswersOnFace));
            err.push_back(oneCheck(dir, round, Terminal::RejectsWithErr));
        }
        std::sort(face.begin(), face.end());
        std::sort(err.begin(), err.end());
        std::printf("%d\t%.1f\t%.1f\t%.1f\t%.1f\n", flood * 2, face[face.size() / 2], face.back(),
                    err[err.size() / 2], err.back());
    }
    fs::remove_all(dir);
}
