#pragma once
// 和暦 (Japanese era dates) ⇄ Gregorian dates, for the 申立書's 生年月日 and
// for printing dates the way patients and staff read them.
#include <optional>
#include <string>
#include <string_view>

#include "CivilDate.h"
#include "Result.h"

namespace kiosk {

enum class Era { Meiji, Taisho, Showa, Heisei, Reiwa };

// year 1 is 元年.
struct WarekiDate {
    Era era;
    int year;
    int month;
    int day;

    bool operator==(const WarekiDate&) const = default;
};

struct WarekiError {
    enum Reason {
        YearOutOfRange,  // year < 1, or past the era's last year (平成32年)
        ImpossibleDate,  // no such month/day (2月30日, 13月)
        BeforeEraStart,  // 大正元年7月29日
        AfterEraEnd,     // 平成31年5月1日
    } reason;
};

// nullopt before 明治 began (see Wareki.cpp for the 明治 convention).
std::optional<WarekiDate> toWareki(const CivilDate& date);
Result<CivilDate, WarekiError> fromWareki(Era era, int year, int month, int day);

// The first day of `era` (元年's first day), and its last one: nullopt for
// the era still running.
CivilDate eraFirstDay(Era era);
std::optional<CivilDate> eraLastDay(Era era);

std::string eraNameJa(Era era);  // "明治" …
std::string eraNameEn(Era era);  // "Meiji" …
// Accepts 明治…令和, Meiji…Reiwa and the initials M/T/S/H/R, ASCII in either case.
std::optional<Era> eraFromName(std::string_view name);

// "令和元年5月1日", "昭和60年4月12日".
std::string formatWarekiJa(const WarekiDate& date);

}  // namespace kiosk
