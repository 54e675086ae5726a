// The front desk with a full file (issue 11): 20,000 check-ins over 200 days
// with names as clinics see them, then, through the desk's own classes:
// opening today's list, listing every record, a name search in kanji and in
// half-width kana, a poll that finds nothing new, and how long after a kiosk's
// commit (another connection) the desk's list holds the new record.
// Targets: list < 150 ms, search < 50 ms, new record on the desk < 1 s.
//
//   desk_bench [records] [--db FILE] [--fill-only]
//     (default 20000 records in a fresh file under /tmp, visits from today
//      back; --fill-only adds them to FILE and exits: screenshots and the
//      desk's end-to-end test fill a file this way)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "LocalDate.h"
#include "desk/DeskList.h"
#include "store/SqliteRecordStore.h"

namespace {

using namespace kiosk;
using Clock = std::chrono::steady_clock;

struct Person {
    const char* name;
    const char* kana;
};

// Family and given names clinics see often, variant kanji among them.
constexpr Person kFamilies[] = {{"渡邊", "ワタナベ"}, {"渡辺", "ワタナベ"}, {"髙橋", "タカハシ"},
                                {"高橋", "タカハシ"}, {"佐藤", "サトウ"},   {"鈴木", "スズキ"},
                                {"田中", "タナカ"},   {"伊藤", "イトウ"},   {"山本", "ヤマモト"},
                                {"中村", "ナカムラ"}, {"小林", "コバヤシ"}, {"加藤", "カトウ"},
                                {"吉田", "ヨシダ"},   {"山田", "ヤマダ"},   {"齋藤", "サイトウ"}};
constexpr Person kGiven[] = {{"太郎", "タロウ"},   {"花子", "ハナコ"}, {"一郎", "イチロウ"},
                             {"陽子", "ヨウコ"},   {"健", "ケン"},     {"美咲", "ミサキ"},
                             {"翔太", "ショウタ"}, {"恵子", "ケイコ"}, {"大輔", "ダイスケ"},
                             {"由美", "ユミ"},     {"蓮", "レン"},     {"結衣", "ユイ"}};

CheckInRecord clinicRecord(int i, CivilDate today) {
    CheckInRecord r;
    r.templateId = "hihokensha-shikaku-moushitatesho";
    r.templateVersion = 1;
    r.visitDate = today.plusDays(-(i % 200));
    const Person& family = kFamilies[i % std::size(kFamilies)];
    const Person& given = kGiven[(i / 7) % std::size(kGiven)];
    IdentityFields who;
    who.name = std::string(family.name) + "　" + given.name;
    who.nameKana = std::string(family.kana) + "　" + given.kana;
    who.sex = i % 2 == 0 ? Sex::Male : Sex::Female;
    who.birthDate = CivilDate::make(1935, 1, 1)->plusDays(i * 53 % 30000);
    Qualification q;
    q.insurerNumber = "06139993";
    q.symbol = std::to_string(100 + i % 900);
    q.number = std::to_string(1000 + i);
    q.branch = "00";
    q.shareTenths = 3;
    switch (i % 10) {
        case 0:  // 資格（無効）, 申立書 on screen
            r.outcome = EligibilityOutcome::Lost;
            r.proofPath = ProofPath::Declaration;
            {
                Declaration d;
                d.name = who.name;
                d.nameKana = who.nameKana;
                d.birthDate = who.birthDate;
                d.sex = who.sex;
                d.address = "東京都千代田区千代田1-1";
                d.hasSignature = true;
                d.writtenOn = r.visitDate;
                r.declaration = d;
            }
            break;
        case 1:  // the card could not be read: the Mynaportal screen shown instead
            r.outcome = EligibilityOutcome::CardProblem;
            r.proofPath = ProofPath::Mynaportal;
            break;
        case 2:
            r.outcome = EligibilityOutcome::NoAnswer;
            r.proofPath = ProofPath::ProofDocument;
            r.terminalIdentity = who;
            break;
        default:
            r.outcome = EligibilityOutcome::Valid;
            r.terminalQualification = q;
            r.terminalIdentity = who;
            break;
    }
    r.status = r.outcome == EligibilityOutcome::Valid ? RecordStatus::Closed
               : i % 3 == 0                           ? RecordStatus::AwaitingInsurerNumber
                                                      : RecordStatus::Open;
    return r;
}

// What a kiosk saves: the record and, for the last two weeks' visits (older
// ones are done by now), the follow-ups its way leaves for the desk.
NewCheckIn clinicCheckIn(int i, CivilDate today) {
    NewCheckIn checkIn{clinicRecord(i, today), {}, {}};
    const CheckInRecord& r = checkIn.record;
    if (today.dayNumber() - r.visitDate.dayNumber() > 14) return checkIn;
    const auto due = r.visitDate.plusDays(7);
    if (r.proofPath == ProofPath::Mynaportal) {
        checkIn.followUps.push_back({FollowUpKind::ConfirmProof, due, ""});
    } else if (r.outcome == EligibilityOutcome::NoAnswer) {
        checkIn.followUps.push_back({FollowUpKind::SystemFailureModeLookup, due, ""});
    } else if (r.status == RecordStatus::AwaitingInsurerNumber) {
        checkIn.followUps.push_back({FollowUpKind::ReportInsurerNumber, due, ""});
    }
    return checkIn;
}

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Median of `runs` timings of `work`, in milliseconds.
double medianMs(int runs, const std::function<void()>& work) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        work();
        times.push_back(msSince(start));
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    int count = 20000;
    std::filesystem::path db;
    bool fillOnly = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--db" && i + 1 < argc) {
            db = argv[++i];
        } else if (arg == "--fill-only") {
            fillOnly = true;
        } else {
            count = std::max(1, std::atoi(arg.c_str()));
        }
    }
    if (db.empty()) {
        db = std::filesystem::temp_directory_path() / "desk_bench" / "records.sqlite";
        std::filesystem::remove_all(db.parent_path());
        std::filesystem::create_directories(db.parent_path());
    }
    const CivilDate today = app::localToday();  // the desk opens on today's list
    auto kiosk = SqliteRecordStore::open(db.string());
    if (!kiosk) {
        std::fprintf(stderr, "desk_bench: %s\n", kiosk.error().message.c_str());
        return 1;
    }
    const auto fillStart = Clock::now();
    for (int i = 0; i < count; ++i) {
        if (auto made = (*kiosk)->createCheckIn(clinicCheckIn(i, today), "kiosk:bench"); !made) {
            std::fprintf(stderr, "desk_bench: %s\n", made.error().message.c_str());
            return 1;
        }
    }
    std::printf("filled %d records in %.1f s (%s)\n", count, msSince(fillStart) / 1000, db.c_str());
    if (fillOnly) return 0;

    auto desk = SqliteRecordStore::open(db.string());
    if (!desk) return 1;
    DeskFilter todayOnly{today, today, std::nullopt, "", std::nullopt};
    DeskFilter everything{today.plusDays(-365), today, std::nullopt, "", std::nullopt};
    std::size_t rows = 0;
    const auto listed = [&](const DeskFilter& filter) {
        DeskList list(filter);
        list.refresh(**desk);
        rows = list.rows().size();
    };
    std::printf("%-44s %10s %8s\n", "desk operation", "median ms", "rows");
    const auto report = [&](const char* what, double ms) {
        std::printf("%-44s %10.2f %8zu\n", what, ms, rows);
    };
    report("open today's list", medianMs(15, [&] { listed(todayOnly); }));
    report("list every record (a year)", medianMs(5, [&] { listed(everything); }));
    // A search is a new filter on the open desk's list: only its rows are read.
    DeskList searching(todayOnly);
    searching.refresh(**desk);
    const auto searched = [&](const DeskFilter& filter) {
        std::vector<double> times;
        for (int i = 0; i < 15; ++i) {
            searching.setFilter(todayOnly);
            searching.refresh(**desk);
            const auto start = Clock::now();
            searching.setFilter(filter);
            searching.refresh(**desk);
            times.push_back(msSince(start));
        }
        std::sort(times.begin(), times.end());
        rows = searching.rows().size();
        return times[times.size() / 2];
    };
    DeskFilter byKanji = everything;
    byKanji.name = "渡辺";  // finds 渡邊 too
    report("name search 渡辺 (a year, 渡邊 too)", searched(byKanji));
    DeskFilter byKana = everything;
    byKana.name = "ﾀｶﾊｼ ﾊﾅｺ";
    report("name search ﾀｶﾊｼ ﾊﾅｺ (a year)", searched(byKana));
    DeskFilter byBirth = everything;
    byBirth.birthDate = clinicRecord(1234, today).terminalIdentity->birthDate;
    report("birth date search (a year)", searched(byBirth));

    DeskList list(todayOnly);
    list.refresh(**desk);
    rows = list.rows().size();
    report("poll with nothing new", medianMs(101, [&] { list.refresh(**desk); }));
    rows = list.worklist().size();
    report("worklist (open follow-ups, with their records)",
           medianMs(15, [&] { (void)loadWorklist(**desk); }));
    // A kiosk commits; the desk polls every 250 ms, so the record shows
    // within this time plus at most one poll interval.
    std::vector<double> seen;
    for (int i = 0; i < 11; ++i) {
        const auto start = Clock::now();
        if (!(*kiosk)->createCheckIn(clinicCheckIn(count + i * 200, today), "kiosk:bench")) {
            return 1;
        }
        while (!list.refresh(**desk)) {
        }
        seen.push_back(msSince(start));
    }
    std::sort(seen.begin(), seen.end());
    rows = list.rows().size();
    report("kiosk commit → row on the desk (+ ≤ 250 ms poll)", seen[seen.size() / 2]);
    return 0;
}
