#pragma once
// A proleptic Gregorian calendar date without time zone: what a birth date,
// a visit date or a 資格取得日 is. Only valid dates can be constructed.
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk {

bool isLeapYear(int year);
int daysInMonth(int year, int month);

class CivilDate {
public:
    // nullopt for impossible dates (2月30日, month 13, year outside 1..9999).
    static std::optional<CivilDate> make(int year, int month, int day);
    // Accepts "YYYY-MM-DD" and "YYYYMMDD" (the terminal's format).
    static std::optional<CivilDate> parse(std::string_view text);
    static CivilDate fromDayNumber(std::int64_t days);

    int year() const { return year_; }
    int month() const { return month_; }
    int day() const { return day_; }

    // Days since 1970-01-01; differences give day counts.
    std::int64_t dayNumber() const;
    CivilDate plusDays(std::int64_t days) const { return fromDayNumber(dayNumber() + days); }

    std::string iso() const;      // YYYY-MM-DD
    std::string compact() const;  // YYYYMMDD

    auto operator<=>(const CivilDate&) const = default;

private:
    CivilDate(int y, int m, int d) : year_(y), month_(m), day_(d) {}
    int year_;
    int month_;
    int day_;
};

// Whole years of age on `on`, counting a birthday as reached on its calendar
// day, as people say their age. The law reaches an age one day earlier, which
// decides co-payment boundaries: CopaymentRule does its own reckoning.
int ageOn(const CivilDate& birth, const CivilDate& on);

}  // namespace kiosk
