#include <gtest/gtest.h>

#include "core/CivilDate.h"

using kiosk::CivilDate;

TEST(CivilDate, RejectsImpossibleDates) {
    EXPECT_FALSE(CivilDate::make(2023, 2, 29));
    EXPECT_FALSE(CivilDate::make(2024, 2, 30));
    EXPECT_FALSE(CivilDate::make(2024, 4, 31));
    EXPECT_FALSE(CivilDate::make(2024, 13, 1));
    EXPECT_FALSE(CivilDate::make(2024, 0, 1));
    EXPECT_FALSE(CivilDate::make(1900, 2, 29));  // not a leap year
    EXPECT_TRUE(CivilDate::make(2000, 2, 29));   // is one
    EXPECT_TRUE(CivilDate::make(2024, 2, 29));
}

TEST(CivilDate, ParsesIsoAndTerminalFormats) {
    EXPECT_EQ(CivilDate::parse("1985-04-12")->iso(), "1985-04-12");
    EXPECT_EQ(CivilDate::parse("19850412")->iso(), "1985-04-12");
    EXPECT_FALSE(CivilDate::parse("1985-4-12"));
    EXPECT_FALSE(CivilDate::parse("19850230"));
    EXPECT_FALSE(CivilDate::parse("1985041x"));
    EXPECT_FALSE(CivilDate::parse("+9850412"));
    EXPECT_FALSE(CivilDate::parse(""));
}

TEST(CivilDate, DayNumbersRoundTripAcrossCenturies) {
    auto d = *CivilDate::make(1868, 1, 25);
    for (int i = 0; i < 200000; i += 7) {
        auto e = d.plusDays(i);
        EXPECT_EQ(CivilDate::fromDayNumber(e.dayNumber()), e);
    }
    EXPECT_EQ(CivilDate::make(1970, 1, 1)->dayNumber(), 0);
    EXPECT_EQ(CivilDate::make(2024, 3, 1)->dayNumber() - CivilDate::make(2024, 2, 28)->dayNumber(),
              2);
}

TEST(CivilDate, AgeCountsTheBirthdayItself) {
    auto birth = *CivilDate::make(1956, 4, 1);
    EXPECT_EQ(kiosk::ageOn(birth, *CivilDate::make(2026, 3, 31)), 69);
    EXPECT_EQ(kiosk::ageOn(birth, *CivilDate::make(2026, 4, 1)), 70);
    auto leap = *CivilDate::make(2004, 2, 29);
    EXPECT_EQ(kiosk::ageOn(leap, *CivilDate::make(2025, 2, 28)), 20);
    EXPECT_EQ(kiosk::ageOn(leap, *CivilDate::make(2025, 3, 1)), 21);
}
