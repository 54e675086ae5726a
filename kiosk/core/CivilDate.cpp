#include "CivilDate.h"

#include <charconv>
#include <cstdio>

namespace kiosk {

bool isLeapYear(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

std::optional<CivilDate> CivilDate::make(int year, int month, int day) {
    if (year < 1 || year > 9999 || month < 1 || month > 12) return std::nullopt;
    if (day < 1 || day > daysInMonth(year, month)) return std::nullopt;
    return CivilDate(year, month, day);
}

namespace {
std::optional<int> digits(std::string_view s) {
    int v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
    }
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc{} || p != s.data() + s.size()) return std::nullopt;
    return v;
}
}  // namespace

std::optional<CivilDate> CivilDate::parse(std::string_view t) {
    std::string_view y, m, d;
    if (t.size() == 10 && t[4] == '-' && t[7] == '-') {
        y = t.substr(0, 4), m = t.substr(5, 2), d = t.substr(8, 2);
    } else if (t.size() == 8) {
        y = t.substr(0, 4), m = t.substr(4, 2), d = t.substr(6, 2);
    } else {
        return std::nullopt;
    }
    auto yy = digits(y), mm = digits(m), dd = digits(d);
    if (!yy || !mm || !dd) return std::nullopt;
    return make(*yy, *mm, *dd);
}

// Howard Hinnant's days_from_civil / civil_from_days.
std::int64_t CivilDate::dayNumber() const {
    const std::int64_t y = year_ - (month_ <= 2 ? 1 : 0);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t mp = (month_ + 9) % 12;
    const std::int64_t doy = (153 * mp + 2) / 5 + day_ - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

CivilDate CivilDate::fromDayNumber(std::int64_t z) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const auto d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const auto m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const auto y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
    return CivilDate(y, m, d);
}

std::string CivilDate::iso() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year_, month_, day_);
    return buf;
}

std::string CivilDate::compact() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d%02d%02d", year_, month_, day_);
    return buf;
}

int ageOn(const CivilDate& birth, const CivilDate& on) {
    int age = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day())) {
        --age;
    }
    return age;
}

}  // namespace kiosk
