#include "EraDateEntry.h"

#include <algorithm>
#include <cmath>

#include "core/SecureWipe.h"

namespace kiosk::input {

namespace {

constexpr DatePart kParts[] = {DatePart::Year, DatePart::Month, DatePart::Day};

DatePart nextPart(DatePart part) {
    return part == DatePart::Year ? DatePart::Month : DatePart::Day;
}

DatePart previousPart(DatePart part) {
    return part == DatePart::Day ? DatePart::Month : DatePart::Year;
}

// The Gregorian year of `era`'s year `year` (0 and below give years before the era).
int gregorianYear(Era era, int year) {
    return eraFirstDay(era).year() + year - 1;
}

}  // namespace

std::optional<EraDateEntry> EraDateEntry::make(const std::vector<Era>& eras, CivilDate earliest,
                                               CivilDate latest, std::optional<CivilDate> answer) {
    if (latest < earliest) return std::nullopt;
    EraDateEntry entry({}, earliest, latest);
    for (Era era : eras) {
        const CivilDate first = eraFirstDay(era);
        const CivilDate last = eraLastDay(era).value_or(std::max(latest, first));
        if (std::find(entry.eras_.begin(), entry.eras_.end(), era) == entry.eras_.end() &&
            !entry.rangeProblem(era, first, last, DatePart::Year)) {
            entry.eras_.push_back(era);
        }
    }
    if (entry.eras_.empty()) return std::nullopt;
    if (entry.eras_.size() == 1) entry.era_ = entry.eras_.front();
    const auto wareki = answer ? toWareki(*answer) : std::nullopt;
    if (wareki &&
        std::find(entry.eras_.begin(), entry.eras_.end(), wareki->era) != entry.eras_.end()) {
        entry.era_ = wareki->era;
        entry.typed(DatePart::Year) = std::to_string(wareki->year);
        entry.typed(DatePart::Month) = std::to_string(wareki->month);
        entry.typed(DatePart::Day) = std::to_string(wareki->day);
        entry.complete_ = true;
    }
    return entry;
}

bool EraDateEntry::chooseEra(Era era) {
    if (era_ == era || std::find(eras_.begin(), eras_.end(), era) == eras_.end()) return false;
    era_ = era;
    western_ = false;
    settle();
    return true;
}

bool EraDateEntry::chooseWestern() {
    if (western_) return false;
    western_ = true;
    era_.reset();
    settle();
    return true;
}

bool EraDateEntry::typeDigit(char digit) {
    if (digit < '0' || digit > '9') return false;
    std::string& typedHere = typed(typing_);
    if (complete_ || typedHere.size() >= mostDigits(typing_)) secureWipe(typedHere);
    typedHere.push_back(digit);
    complete_ = false;
    typedSinceArriving_ = true;
    settle();
    return true;
}

bool EraDateEntry::deleteDigit() {
    DatePart part = typing_;
    while (digits(part).empty()) {
        if (part == DatePart::Year) return false;
        part = previousPart(part);
    }
    typing_ = part;
    typedSinceArriving_ = true;
    typed(part).pop_back();
    // A digit left that no other can follow is complete as it is; the cursor stays.
    complete_ = !digits(part).empty() && !canTakeAnotherDigit(part);
    return true;
}

bool EraDateEntry::selectPart(DatePart part) {
    if (typing_ == part && complete_) return false;
    typing_ = part;
    complete_ = true;
    typedSinceArriving_ = false;
    return true;
}

bool EraDateEntry::canFinishPart() const {
    return typing_ != DatePart::Day && typedSinceArriving_ && !digits(typing_).empty();
}

bool EraDateEntry::finishPart() {
    if (!canFinishPart()) return false;
    complete_ = true;
    if (!hasProblemAt(typing_)) moveOn();
    return true;
}

void EraDateEntry::settle() {
    const std::string& typedHere = digits(typing_);
    if (typedHere.empty()) return;
    if (typedHere.size() >= mostDigits(typing_) || !canTakeAnotherDigit(typing_)) complete_ = true;
    if (complete_ && typing_ != DatePart::Day && !hasProblemAt(typing_)) moveOn();
}

void EraDateEntry::moveOn() {
    typing_ = nextPart(typing_);
    typedSinceArriving_ = false;
}

bool EraDateEntry::canTakeAnotherDigit(DatePart part) const {
    const std::string& typedHere = digits(part);
    if (typedHere.empty() || typedHere.size() >= mostDigits(part)) return false;
    if (part == DatePart::Year && western_) {
        // Some year of the range begins with the digits typed.
        int scale = 1;
        for (std::size_t i = typedHere.size(); i < 4; ++i) scale *= 10;
        const int lowest = std::stoi(typedHere) * scale;
        return lowest <= latest_.year() && lowest + scale - 1 >= earliest_.year();
    }
    const int first = typedHere.front() - '0';
    switch (part) {
        case DatePart::Month:
            return first <= 1;  // 10–12
        case DatePart::Day:
            return first <= 3;  // 10–31: 2月3 waits, so that 2月30日 is refused, not read as 3日
        case DatePart::Year:
            break;
    }
    // Some era still possible has a year 10 × first + one more digit.
    const std::vector<Era> eras = era_ ? std::vector<Era>{*era_} : eras_;
    return std::any_of(eras.begin(), eras.end(), [&](Era era) {
        for (int next = 0; next <= 9; ++next) {
            if (!yearProblem(era, first * 10 + next)) return true;
        }
        return false;
    });
}

std::optional<DateProblem> EraDateEntry::rangeProblem(std::optional<Era> era, CivilDate first,
                                                      CivilDate last, DatePart part) const {
    if (era) {
        const CivilDate eraFirst = eraFirstDay(*era);
        const auto eraLast = eraLastDay(*era);
        if (last < eraFirst) return DateProblem{DateProblem::BeforeEraStart, part, eraFirst};
        if (eraLast && first > *eraLast) {
            return DateProblem{DateProblem::AfterEraEnd, part, *eraLast};
        }
        first = std::max(first, eraFirst);
        if (eraLast) last = std::min(last, *eraLast);
    }
    if (first > latest_) return DateProblem{DateProblem::AfterLatest, part, latest_};
    if (last < earliest_) return DateProblem{DateProblem::BeforeEarliest, part, earliest_};
    return std::nullopt;
}

std::optional<DateProblem> EraDateEntry::yearProblem(std::optional<Era> era, int year) const {
    const int gregorian = era ? gregorianYear(*era, year) : year;
    // Years no calendar date has: before the range, whatever they are.
    if (gregorian < 1) return DateProblem{DateProblem::BeforeEarliest, DatePart::Year, earliest_};
    return rangeProblem(era, *CivilDate::make(gregorian, 1, 1), *CivilDate::make(gregorian, 12, 31),
                        DatePart::Year);
}

std::vector<DateProblem> EraDateEntry::problems(bool judgeAll) const {
    // A part's number, unless it is empty or still being typed.
    auto judged = [&](DatePart part) -> std::optional<int> {
        const std::string& typedHere = digits(part);
        if (typedHere.empty() || (!judgeAll && part == typing_ && !complete_)) return std::nullopt;
        return std::stoi(typedHere);
    };
    const auto year = judged(DatePart::Year);
    const auto month = judged(DatePart::Month);
    const auto day = judged(DatePart::Day);
    std::vector<DateProblem> found;
    auto add = [&](std::optional<DateProblem> problem) {
        if (problem) found.push_back(*problem);
        return !problem;
    };
    // Later parts are placed in a year and month only when those are right.
    const bool yearRight = (era_ || western_) && year && add(yearProblem(era_, *year));
    const int calendarYear = !yearRight ? 2000  // 2000: 2月29日 may be right
                             : era_     ? gregorianYear(*era_, *year)
                                        : *year;
    const bool monthNumberRight = month && *month >= 1 && *month <= 12;
    if (month && !monthNumberRight) add(DateProblem{DateProblem::NoSuchMonth, DatePart::Month});
    bool monthRight = false;
    if (monthNumberRight && yearRight) {
        const CivilDate first = *CivilDate::make(calendarYear, *month, 1);
        const CivilDate last =
            *CivilDate::make(calendarYear, *month, daysInMonth(calendarYear, *month));
        monthRight = add(rangeProblem(era_, first, last, DatePart::Month));
    }
    if (day && monthNumberRight) {
        const int days = daysInMonth(calendarYear, *month);
        if (*day < 1 || *day > days) {
            add(DateProblem{DateProblem::NoSuchDay, DatePart::Day,
                            *CivilDate::make(calendarYear, *month, days)});
        } else if (monthRight) {
            const CivilDate date = *CivilDate::make(calendarYear, *month, *day);
            add(rangeProblem(era_, date, date, DatePart::Day));
        }
    }
    const bool anyTyped = std::any_of(std::begin(kParts), std::end(kParts),
                                      [&](DatePart part) { return !digits(part).empty(); });
    if (!era_ && !western_ && anyTyped) {
        add(DateProblem{DateProblem::EraNotChosen, std::nullopt});
    }
    return found;
}

bool EraDateEntry::hasProblemAt(DatePart part) const {
    const auto found = problems(false);
    return std::any_of(found.begin(), found.end(),
                       [part](const DateProblem& problem) { return problem.part == part; });
}

std::optional<DateProblem> EraDateEntry::problem() const {
    const auto found = problems(false);
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::optional<CivilDate> EraDateEntry::date() const {
    if (!era_ && !western_) return std::nullopt;
    for (DatePart part : kParts) {
        if (digits(part).empty()) return std::nullopt;
    }
    if (!problems(true).empty()) return std::nullopt;
    if (western_) {
        return CivilDate::make(std::stoi(digits(DatePart::Year)),
                               std::stoi(digits(DatePart::Month)),
                               std::stoi(digits(DatePart::Day)));
    }
    const auto date =
        fromWareki(*era_, std::stoi(digits(DatePart::Year)), std::stoi(digits(DatePart::Month)),
                   std::stoi(digits(DatePart::Day)));
    if (!date) return std::nullopt;
    return *date;
}

void EraDateEntry::wipe() {
    for (std::string& typedHere : digits_) secureWipe(typedHere);
    typing_ = DatePart::Year;
    complete_ = false;
}

bool applyDateKey(EraDateEntry& entry, const DateKey& key) {
    switch (key.kind) {
        case DateKey::Era:
            return entry.chooseEra(key.era);
        case DateKey::Western:
            return entry.chooseWestern();
        case DateKey::Digit:
            return entry.typeDigit(key.digit);
        case DateKey::Backspace:
            return entry.deleteDigit();
        case DateKey::NextPart:
            return entry.finishPart();
    }
    return false;
}

namespace {

// The digits and their two wide keys, five grid columns by three rows.
constexpr int kPadColumns = 5;
constexpr int kPadRows = 3;
// Era buttons and 西暦: up to five in a row above the digits, or up to three
// in a column (each two grid columns wide) beside them.
constexpr int kErasPerRow = 5;
constexpr int kErasPerColumn = 3;

using PlacedDateKey = GridKey<DateKey>;

std::vector<PlacedDateKey> digitKeys(int column, int row) {
    auto digit = [](char c) { return DateKey{DateKey::Digit, Era::Reiwa, c}; };
    std::vector<PlacedDateKey> keys;
    const char rows[3][3] = {{'1', '2', '3'}, {'4', '5', '6'}, {'7', '8', '9'}};
    for (int r = 0; r < 3; ++r) {
        for (int c = 0; c < 3; ++c) keys.push_back({digit(rows[r][c]), {column + c, row + r}});
    }
    keys.push_back({DateKey{DateKey::Backspace}, {column + 3, row, 2}});
    keys.push_back({DateKey{DateKey::NextPart}, {column + 3, row + 1, 2}});
    keys.push_back({digit('0'), {column + 3, row + 2, 2}});
    return keys;
}

int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
}

}  // namespace

DatePadLayout layOutDatePad(const std::vector<Era>& eras, const KeyArea& area) {
    std::vector<DateKey> calendars;
    for (Era era : eras) calendars.push_back(DateKey{DateKey::Era, era});
    calendars.push_back(DateKey{DateKey::Western});
    const int count = static_cast<int>(calendars.size());
    const int eraRows = ceilDiv(count, kErasPerRow);
    const int eraColumns = ceilDiv(count, kErasPerColumn);
    const KeyGridFit above = KeyGridFit::into(kPadColumns, eraRows + kPadRows, area);
    const KeyGridFit beside = KeyGridFit::into(2 * eraColumns + kPadColumns, kPadRows, area);
    // The arrangement whose keys are larger on their smaller side; a wide,
    // low area puts the eras beside the digits.
    const bool useBeside = beside.smallerKeySide() > above.smallerKeySide();
    const KeyGridFit& grid = useBeside ? beside : above;
    std::vector<PlacedDateKey> placed;
    if (useBeside) {
        for (int i = 0; i < count; ++i) {
            placed.push_back({calendars[static_cast<std::size_t>(i)],
                              {2 * (i / kErasPerColumn), i % kErasPerColumn, 2}});
        }
        const auto digits = digitKeys(2 * eraColumns, 0);
        placed.insert(placed.end(), digits.begin(), digits.end());
    } else {
        placed = digitKeys(0, eraRows);
    }
    DatePadLayout layout = placeKeys(placed, grid);
    if (!useBeside) {
        // Above the digits the era names take the area's width, up to two
        // keys each: 「明治」 and "Taisho" then need no smaller letters.
        const int perRow = std::min(count, kErasPerRow);
        const float share =
            (area.width - grid.gap * static_cast<float>(perRow - 1)) / static_cast<float>(perRow);
        const float width = std::clamp(std::floor(share), grid.keyWidth, 2 * grid.keyWidth);
        for (int i = 0; i < count; ++i) {
            const KeyRect row = grid.rect({0, i / kErasPerRow});
            const float x = static_cast<float>(i % kErasPerRow) * (width + grid.gap);
            layout.keys.push_back(
                {calendars[static_cast<std::size_t>(i)], {x, row.y, width, row.height}});
        }
    }
    return layout;
}

}  // namespace kiosk::input
