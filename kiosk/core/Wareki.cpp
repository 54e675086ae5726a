#include "Wareki.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace kiosk {

namespace {

struct EraInfo {
    Era era;
    const char* nameJa;
    const char* nameEn;
    char initial;
    int startYear, startMonth, startDay;
};

// 明治 officially began on 1868-10-23 (明治改元), applied retroactively to
// 慶応4年1月1日 = 1868-01-25. We take the retroactive start so that every date
// of Gregorian 1868 from that day is 明治元年, which is how 明治元年 birth dates
// are written. Each era ends the day before the next one starts.
constexpr std::array<EraInfo, 5> kEras{{
    {Era::Meiji, "明治", "Meiji", 'M', 1868, 1, 25},
    {Era::Taisho, "大正", "Taisho", 'T', 1912, 7, 30},
    {Era::Showa, "昭和", "Showa", 'S', 1926, 12, 25},
    {Era::Heisei, "平成", "Heisei", 'H', 1989, 1, 8},
    {Era::Reiwa, "令和", "Reiwa", 'R', 2019, 5, 1},
}};

const EraInfo& info(Era era) {
    return kEras[static_cast<std::size_t>(era)];
}

CivilDate startOf(const EraInfo& e) {
    return *CivilDate::make(e.startYear, e.startMonth, e.startDay);
}

// The last day of the era, or nullopt while it is still running.
std::optional<CivilDate> lastDayOf(Era era) {
    const auto next = static_cast<std::size_t>(era) + 1;
    if (next == kEras.size()) return std::nullopt;
    return startOf(kEras[next]).plusDays(-1);
}

// The greatest era year: the last year of a closed era, or the one that
// reaches CivilDate's upper limit (9999) for the current era.
int finalYearOf(Era era) {
    const auto last = lastDayOf(era);
    return (last ? last->year() : 9999) - info(era).startYear + 1;
}

bool equalsIgnoringAsciiCase(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) ==
               std::tolower(static_cast<unsigned char>(y));
    });
}

}  // namespace

std::optional<WarekiDate> toWareki(const CivilDate& date) {
    for (auto it = kEras.rbegin(); it != kEras.rend(); ++it) {
        if (date >= startOf(*it)) {
            return WarekiDate{it->era, date.year() - it->startYear + 1, date.month(), date.day()};
        }
    }
    return std::nullopt;
}

Result<CivilDate, WarekiError> fromWareki(Era era, int year, int month, int day) {
    if (year < 1 || year > finalYearOf(era)) return fail(WarekiError{WarekiError::YearOutOfRange});
    const auto date = CivilDate::make(info(era).startYear + year - 1, month, day);
    if (!date) return fail(WarekiError{WarekiError::ImpossibleDate});
    if (*date < startOf(info(era))) return fail(WarekiError{WarekiError::BeforeEraStart});
    if (const auto last = lastDayOf(era); last && *date > *last) {
        return fail(WarekiError{WarekiError::AfterEraEnd});
    }
    return *date;
}

CivilDate eraFirstDay(Era era) {
    return startOf(info(era));
}

std::optional<CivilDate> eraLastDay(Era era) {
    return lastDayOf(era);
}

std::string eraNameJa(Era era) {
    return info(era).nameJa;
}

std::string eraNameEn(Era era) {
    return info(era).nameEn;
}

std::optional<Era> eraFromName(std::string_view name) {
    for (const auto& e : kEras) {
        if (name == e.nameJa || equalsIgnoringAsciiCase(name, e.nameEn) ||
            equalsIgnoringAsciiCase(name, std::string_view(&e.initial, 1))) {
            return e.era;
        }
    }
    return std::nullopt;
}

std::string formatWarekiJa(const WarekiDate& date) {
    const std::string year = date.year == 1 ? "元" : std::to_string(date.year);
    return eraNameJa(date.era) + year + "年" + std::to_string(date.month) + "月" +
           std::to_string(date.day) + "日";
}

}  // namespace kiosk
