#pragma once
// A stand-in for the qualification-check terminal: answers the request files
// in <dir>/req from a list of test people (SimulatedPeople.h), like the
// terminal would, so the kiosk's real file code path is always exercised.
//
// Card checks are not requested (DOMAIN.md §7): placeCard() is a card put on
// a face reader, which answers by itself in
// <dir>/face/OQSsiquc01res_face_<time>_<n>.xml with the reader's identifier
// in MessageHeader/ArbitraryFileIdentifier. A card check request in req/ is
// answered with an error, as a terminal may.
//
// A 保険証情報 request (ReferenceClassification 2) is matched on 保険者番号,
// 記号, 番号 (and 枝番 and 生年月日 when given) — or on ArbitraryIdentifier
// when that names a person; the answer goes to <dir>/res/ under the request's
// name with req → res, echoing the request's QualificationConfirmSearchInfo
// in its MessageHeader. Request files are removed once read.
// Nobody matching is answered QualificationValidity 4 (資格情報なし).
// A request_rejected person's request is failed the way the terminal fails
// one: moved to res/ under its own name beside OQSsiquc01req_<id>.err, an XML
// file with the person's ErrorCode/ErrorMessage in its MessageHeader (the real
// .err's layout is unknown, OqsErrorFile.h).
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <mutex>
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
    // A card put on the face reader `readerId`: its answer is due after the
    // person's delay (none for `silent`). An unknown id is answered
    // QualificationValidity 4. Safe to call while run() polls.
    void placeCard(const std::string& personId, const std::string& readerId, Clock::time_point now);
    // Writes the answers due by `now` (poll() does this too).
    void writeDue(Clock::time_point now);
    bool hasScheduledAnswers() const;
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
    void schedule(ScheduledAnswer answer);
    std::filesystem::path nextFacePath();

    std::filesystem::path dir_;
    std::vector<SimulatedPerson> people_;
    std::function<void(const std::string&)> log_;
    mutable std::mutex mutex_;  // scheduled_ and faceCounter_: placeCard() comes from other threads
    std::vector<ScheduledAnswer> scheduled_;
    unsigned faceCounter_ = 0;
};

}  // namespace kiosk
