#pragma once
// A stand-in for the qualification-check terminal: answers the request files
// in <dir>/req from a list of test people (SimulatedPeople.h), like the
// terminal would, so the kiosk's real file code path is always exercised.
//
// Which person a request is about:
// - a card check (ReferenceClassification 1) names the person whose card was
//   "placed" in its ArbitraryIdentifier (the person's id); the answer goes to
//   <dir>/face/OQSsiquc01res_face_<time>_<n>.xml, as a face-reader result;
// - a 保険証情報 check (2) is matched on 保険者番号, 記号, 番号 (and 枝番 and
//   生年月日 when given) — or on ArbitraryIdentifier when that names a person;
//   the answer goes to <dir>/res/ under the request's name with req → res.
// Nobody matching is answered QualificationValidity 4 (資格情報なし).
// A request_rejected person's request is failed the way the terminal fails
// one: moved to res/ under its own name beside OQSsiquc01req_<id>.err, an XML
// file with the person's ErrorCode/ErrorMessage in its MessageHeader (the real
// .err's layout is unknown, OqsErrorFile.h).
// Every answer echoes the request's QualificationConfirmSearchInfo in its
// MessageHeader. Request files are removed once read.
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <stop_token>
#include <string>
#include <vector>

#include "EligibilityError.h"
#include "SimulatedPeople.h"

namespace kiosk {

class OqsSimulator {
public:
    using Clock = std::chrono::steady_clock;
    // `log` receives one line per request (file name and scenario, nothing personal).
    OqsSimulator(std::filesystem::path dir, std::vector<SimulatedPerson> people,
                 std::function<void(const std::string&)> log = {});

    // Creates req/, res/ and face/ when missing.
    Status<EligibilityError> prepareFolders() const;
    // Reads the requests waiting now and writes every answer due by `now`;
    // slow answers wait for a later call. Returns how many requests were read.
    std::size_t poll(Clock::time_point now);
    bool hasScheduledAnswers() const { return !scheduled_.empty(); }
    // poll() every `interval` until `stop`.
    void run(std::stop_token stop, std::chrono::milliseconds interval);

    const std::vector<SimulatedPerson>& people() const { return people_; }

private:
    struct ScheduledAnswer {
        Clock::time_point due;
        std::filesystem::path path;
        std::string bytes;
    };

    void answer(const std::filesystem::path& requestFile, Clock::time_point now);
    void writeDue(Clock::time_point now);

    std::filesystem::path dir_;
    std::vector<SimulatedPerson> people_;
    std::function<void(const std::string&)> log_;
    std::vector<ScheduledAnswer> scheduled_;
    unsigned faceCounter_ = 0;
};

}  // namespace kiosk
