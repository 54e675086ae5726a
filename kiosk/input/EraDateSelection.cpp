#include "EraDateSelection.h"

#include <algorithm>

namespace kiosk::input {

namespace {

struct Span {
    CivilDate first;
    CivilDate last;
};

// The days of `era` inside [earliest, latest], found from core's toWareki
// alone so that the picker and the 和暦 rules can never disagree.
std::optional<Span> spanOf(Era era, CivilDate earliest, CivilDate latest) {
    auto eraAt = [](std::int64_t day) {
        const auto w = toWareki(CivilDate::fromDayNumber(day));
        return w ? static_cast<int>(w->era) : -1;
    };
    const int target = static_cast<int>(era);
    // First day whose era is at least `era`, and first day past it.
    auto firstDayWhere = [&](auto pred) {
        std::int64_t lo = earliest.dayNumber();
        std::int64_t hi = latest.dayNumber() + 1;
        while (lo < hi) {
            const std::int64_t mid = lo + (hi - lo) / 2;
            if (pred(eraAt(mid))) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    };
    const std::int64_t first = firstDayWhere([&](int e) { return e >= target; });
    const std::int64_t pastLast = firstDayWhere([&](int e) { return e > target; });
    if (first >= pastLast) return std::nullopt;
    return Span{CivilDate::fromDayNumber(first), CivilDate::fromDayNumber(pastLast - 1)};
}

}  // namespace

std::optional<EraDateSelection> EraDateSelection::make(const std::vector<Era>& eras,
                                                       CivilDate earliest, CivilDate latest,
                                                       CivilDate initial) {
    if (latest < earliest) return std::nullopt;
    std::vector<Era> offered;
    for (Era era : eras) {
        if (spanOf(era, earliest, latest)) offered.push_back(era);
    }
    if (offered.empty()) return std::nullopt;
    EraDateSelection selection(offered, earliest, latest);
    const CivilDate start = std::clamp(initial, earliest, latest);
    const auto w = toWareki(start);
    if (w && std::find(offered.begin(), offered.end(), w->era) != offered.end()) {
        selection.clampInto(w->era, w->year, w->month, w->day);
    } else {
        selection.clampInto(offered.back(), 1, 1, 1);
    }
    return selection;
}

CivilDate EraDateSelection::date() const {
    // The parts always name an allowed date (clampInto), so this cannot fail.
    return fromWareki(era_, year_, month_, day_).value();
}

void EraDateSelection::clampInto(Era era, int year, int month, int day) {
    const auto span = spanOf(era, earliest_, latest_);
    if (!span) return;
    const WarekiDate first = *toWareki(span->first);
    const WarekiDate last = *toWareki(span->last);
    // The Gregorian year of era year 1.
    const int base = span->first.year() - first.year + 1;
    year = std::clamp(year, first.year, last.year);
    const int minMonth = year == first.year ? first.month : 1;
    const int maxMonth = year == last.year ? last.month : 12;
    month = std::clamp(month, minMonth, maxMonth);
    const bool firstMonth = year == first.year && month == first.month;
    const bool lastMonth = year == last.year && month == last.month;
    const int minDay = firstMonth ? first.day : 1;
    const int maxDay = lastMonth ? last.day : daysInMonth(base + year - 1, month);
    day = std::clamp(day, minDay, maxDay);
    era_ = era;
    year_ = year;
    month_ = month;
    day_ = day;
}

bool EraDateSelection::setEra(Era era) {
    if (era == era_ || std::find(eras_.begin(), eras_.end(), era) == eras_.end()) return false;
    clampInto(era, year_, month_, day_);
    return true;
}

bool EraDateSelection::step(DatePart part, int delta) {
    const WarekiDate before = wareki();
    switch (part) {
        case DatePart::Year:
            clampInto(era_, year_ + delta, month_, day_);
            break;
        case DatePart::Month:
            clampInto(era_, year_, month_ + delta, day_);
            break;
        case DatePart::Day:
            clampInto(era_, year_, month_, day_ + delta);
            break;
    }
    return wareki() != before;
}

bool EraDateSelection::canStep(DatePart part, int delta) const {
    EraDateSelection copy = *this;
    return copy.step(part, delta);
}

}  // namespace kiosk::input
