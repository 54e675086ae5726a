#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "core/Wareki.h"

using kiosk::CivilDate;
using kiosk::Era;
using kiosk::WarekiDate;
using kiosk::WarekiError;

namespace {

CivilDate d(const char* iso) {
    return *CivilDate::parse(iso);
}

struct AcceptedCase {
    Era era;
    int year, month, day;
    const char* iso;
};

TEST(Wareki, FromWarekiAcceptsEveryEraBoundaryDay) {
    const AcceptedCase cases[] = {
        {Era::Meiji, 1, 1, 25, "1868-01-25"},   // 明治 start (retroactive convention)
        {Era::Meiji, 45, 7, 29, "1912-07-29"},  // 明治 last day
        {Era::Taisho, 1, 7, 30, "1912-07-30"},    {Era::Taisho, 15, 12, 24, "1926-12-24"},
        {Era::Showa, 1, 12, 25, "1926-12-25"},    {Era::Showa, 64, 1, 7, "1989-01-07"},
        {Era::Heisei, 1, 1, 8, "1989-01-08"},     {Era::Heisei, 31, 4, 30, "2019-04-30"},
        {Era::Reiwa, 1, 5, 1, "2019-05-01"},      {Era::Showa, 60, 4, 12, "1985-04-12"},
        {Era::Reiwa, 6, 2, 29, "2024-02-29"},      // leap day
        {Era::Reiwa, 7981, 12, 31, "9999-12-31"},  // CivilDate's last day
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.iso);
        const auto date = kiosk::fromWareki(c.era, c.year, c.month, c.day);
        ASSERT_TRUE(date.ok()) << date.error().reason;
        EXPECT_EQ(date->iso(), c.iso);
    }
}

struct RejectedCase {
    const char* label;
    Era era;
    int year, month, day;
    WarekiError::Reason reason;
};

TEST(Wareki, FromWarekiRejectsWithTheReason) {
    const RejectedCase cases[] = {
        {"平成31年5月1日", Era::Heisei, 31, 5, 1, WarekiError::AfterEraEnd},
        {"昭和64年1月8日", Era::Showa, 64, 1, 8, WarekiError::AfterEraEnd},
        {"大正15年12月25日", Era::Taisho, 15, 12, 25, WarekiError::AfterEraEnd},
        {"明治45年7月30日", Era::Meiji, 45, 7, 30, WarekiError::AfterEraEnd},
        {"大正元年7月29日", Era::Taisho, 1, 7, 29, WarekiError::BeforeEraStart},
        {"令和元年4月30日", Era::Reiwa, 1, 4, 30, WarekiError::BeforeEraStart},
        {"明治元年1月24日", Era::Meiji, 1, 1, 24, WarekiError::BeforeEraStart},
        {"令和0年", Era::Reiwa, 0, 5, 1, WarekiError::YearOutOfRange},
        {"平成-1年", Era::Heisei, -1, 1, 1, WarekiError::YearOutOfRange},
        {"平成32年", Era::Heisei, 32, 1, 1, WarekiError::YearOutOfRange},
        {"明治46年", Era::Meiji, 46, 1, 1, WarekiError::YearOutOfRange},
        {"令和7982年 (year 10000)", Era::Reiwa, 7982, 1, 1, WarekiError::YearOutOfRange},
        {"令和6年2月30日", Era::Reiwa, 6, 2, 30, WarekiError::ImpossibleDate},
        {"令和7年2月29日 (not leap)", Era::Reiwa, 7, 2, 29, WarekiError::ImpossibleDate},
        {"令和6年13月1日", Era::Reiwa, 6, 13, 1, WarekiError::ImpossibleDate},
        {"令和6年4月0日", Era::Reiwa, 6, 4, 0, WarekiError::ImpossibleDate},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.label);
        const auto date = kiosk::fromWareki(c.era, c.year, c.month, c.day);
        ASSERT_FALSE(date.ok()) << date->iso();
        EXPECT_EQ(date.error().reason, c.reason);
    }
}

struct ToWarekiCase {
    const char* iso;
    std::optional<WarekiDate> expected;
};

TEST(Wareki, ToWarekiSwitchesEraOnTheStartDay) {
    const ToWarekiCase cases[] = {
        {"1868-01-24", std::nullopt},
        {"1868-01-25", WarekiDate{Era::Meiji, 1, 1, 25}},
        {"1912-07-29", WarekiDate{Era::Meiji, 45, 7, 29}},
        {"1912-07-30", WarekiDate{Era::Taisho, 1, 7, 30}},
        {"1926-12-24", WarekiDate{Era::Taisho, 15, 12, 24}},
        {"1926-12-25", WarekiDate{Era::Showa, 1, 12, 25}},
        {"1989-01-07", WarekiDate{Era::Showa, 64, 1, 7}},
        {"1989-01-08", WarekiDate{Era::Heisei, 1, 1, 8}},
        {"2019-04-30", WarekiDate{Era::Heisei, 31, 4, 30}},
        {"2019-05-01", WarekiDate{Era::Reiwa, 1, 5, 1}},
        {"2026-01-01", WarekiDate{Era::Reiwa, 8, 1, 1}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.iso);
        EXPECT_EQ(kiosk::toWareki(d(c.iso)), c.expected);
    }
}

TEST(Wareki, EveryDayFromMeijiRoundTrips) {
    const CivilDate first = d("1868-01-25");
    for (CivilDate day = first; day.year() < 2100; day = day.plusDays(1)) {
        const auto wareki = kiosk::toWareki(day);
        ASSERT_TRUE(wareki) << day.iso();
        const auto back = kiosk::fromWareki(wareki->era, wareki->year, wareki->month, wareki->day);
        ASSERT_TRUE(back.ok()) << day.iso();
        ASSERT_EQ(*back, day);
    }
}

TEST(Wareki, EachEraEndsTheDayBeforeTheNextBegins) {
    EXPECT_EQ(kiosk::eraFirstDay(Era::Meiji), d("1868-01-25"));
    EXPECT_EQ(kiosk::eraLastDay(Era::Meiji), d("1912-07-29"));
    EXPECT_EQ(kiosk::eraFirstDay(Era::Taisho), d("1912-07-30"));
    EXPECT_EQ(kiosk::eraLastDay(Era::Showa), d("1989-01-07"));
    EXPECT_EQ(kiosk::eraFirstDay(Era::Heisei), d("1989-01-08"));
    EXPECT_EQ(kiosk::eraLastDay(Era::Heisei), d("2019-04-30"));
    EXPECT_EQ(kiosk::eraFirstDay(Era::Reiwa), d("2019-05-01"));
    EXPECT_FALSE(kiosk::eraLastDay(Era::Reiwa)) << "still running";
}

struct NameCase {
    Era era;
    const char* ja;
    const char* en;
    const char* initial;
};

TEST(Wareki, EraNamesRoundTripThroughEraFromName) {
    const NameCase cases[] = {
        {Era::Meiji, "明治", "Meiji", "M"}, {Era::Taisho, "大正", "Taisho", "T"},
        {Era::Showa, "昭和", "Showa", "S"}, {Era::Heisei, "平成", "Heisei", "H"},
        {Era::Reiwa, "令和", "Reiwa", "R"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.en);
        EXPECT_EQ(kiosk::eraNameJa(c.era), c.ja);
        EXPECT_EQ(kiosk::eraNameEn(c.era), c.en);
        EXPECT_EQ(kiosk::eraFromName(c.ja), c.era);
        EXPECT_EQ(kiosk::eraFromName(c.en), c.era);
        EXPECT_EQ(kiosk::eraFromName(c.initial), c.era);
        const std::string lower(1, static_cast<char>(c.initial[0] - 'A' + 'a'));
        EXPECT_EQ(kiosk::eraFromName(lower), c.era);
    }
    EXPECT_EQ(kiosk::eraFromName("SHOWA"), Era::Showa);
}

TEST(Wareki, EraFromNameRejectsAnythingElse) {
    for (const char* name : {"", "X", "MM", "令", "明治 ", " M", "慶応", "Reiwa1", "Ｒ"}) {
        SCOPED_TRACE(name);
        EXPECT_EQ(kiosk::eraFromName(name), std::nullopt);
    }
}

TEST(Wareki, FormatsFirstYearAsGannen) {
    EXPECT_EQ(kiosk::formatWarekiJa({Era::Reiwa, 1, 5, 1}), "令和元年5月1日");
    EXPECT_EQ(kiosk::formatWarekiJa({Era::Showa, 60, 4, 12}), "昭和60年4月12日");
    EXPECT_EQ(kiosk::formatWarekiJa({Era::Heisei, 31, 12, 31}), "平成31年12月31日");
    EXPECT_EQ(kiosk::formatWarekiJa({Era::Meiji, 2, 1, 1}), "明治2年1月1日");
}

}  // namespace
