#include <gtest/gtest.h>

#include <random>

#include "input/EraDateSelection.h"

using kiosk::CivilDate;
using kiosk::Era;
using kiosk::WarekiDate;
using kiosk::input::DatePart;
using kiosk::input::EraDateSelection;

namespace {

const std::vector<Era> kAllEras{Era::Meiji, Era::Taisho, Era::Showa, Era::Heisei, Era::Reiwa};

CivilDate day(int y, int m, int d) {
    return *CivilDate::make(y, m, d);
}

EraDateSelection birthDatePicker(CivilDate initial, CivilDate today = day(2024, 6, 10)) {
    return *EraDateSelection::make(kAllEras, day(1894, 1, 1), today, initial);
}

}  // namespace

TEST(EraDateSelection, HeiseiCannotGoPast31April30) {
    auto picker = birthDatePicker(day(2019, 4, 30));
    EXPECT_EQ(picker.wareki(), (WarekiDate{Era::Heisei, 31, 4, 30}));
    EXPECT_FALSE(picker.step(DatePart::Day, +1));
    EXPECT_FALSE(picker.step(DatePart::Month, +1));
    EXPECT_FALSE(picker.step(DatePart::Year, +1));
    EXPECT_EQ(picker.iso(), "2019-04-30");
}

TEST(EraDateSelection, StepIntoAnErasLastYearClampsMonthAndDay) {
    auto picker = birthDatePicker(day(2018, 5, 15));  // 平成30年5月15日
    EXPECT_TRUE(picker.step(DatePart::Year, +1));
    EXPECT_EQ(picker.wareki(), (WarekiDate{Era::Heisei, 31, 4, 15}));
    auto showa = birthDatePicker(day(1988, 12, 31));  // 昭和63年12月31日
    EXPECT_TRUE(showa.step(DatePart::Year, +1));
    EXPECT_EQ(showa.wareki(), (WarekiDate{Era::Showa, 64, 1, 7}));
}

TEST(EraDateSelection, ErasStartWhereTheyBegan) {
    auto reiwa = birthDatePicker(day(2019, 5, 1));
    EXPECT_EQ(reiwa.wareki(), (WarekiDate{Era::Reiwa, 1, 5, 1}));
    EXPECT_FALSE(reiwa.step(DatePart::Day, -1));
    EXPECT_FALSE(reiwa.step(DatePart::Month, -1));
    auto heisei = birthDatePicker(day(1989, 1, 8));
    EXPECT_FALSE(heisei.canStep(DatePart::Day, -1));
    EXPECT_TRUE(heisei.setEra(Era::Taisho));  // 8th of January of 大正元年 does not exist
    EXPECT_EQ(heisei.wareki(), (WarekiDate{Era::Taisho, 1, 7, 30}));
}

TEST(EraDateSelection, DaysFollowTheMonthAndLeapYears) {
    auto leap = birthDatePicker(day(2020, 1, 31));  // 令和2年
    EXPECT_TRUE(leap.step(DatePart::Month, +1));
    EXPECT_EQ(leap.iso(), "2020-02-29");
    EXPECT_FALSE(leap.step(DatePart::Day, +1));  // no 2月30日
    EXPECT_TRUE(leap.step(DatePart::Year, +1));
    EXPECT_EQ(leap.iso(), "2021-02-28");
    EXPECT_TRUE(leap.step(DatePart::Month, +1));
    EXPECT_TRUE(leap.step(DatePart::Day, +3));
    EXPECT_EQ(leap.iso(), "2021-03-31");
}

TEST(EraDateSelection, NeverPastTheLatestDay) {
    auto picker = birthDatePicker(day(2030, 1, 1), day(2024, 6, 10));
    EXPECT_EQ(picker.wareki(), (WarekiDate{Era::Reiwa, 6, 6, 10}));
    EXPECT_FALSE(picker.step(DatePart::Day, +1));
    EXPECT_FALSE(picker.step(DatePart::Year, +10));
    EXPECT_TRUE(picker.step(DatePart::Year, -10));  // clamps at 令和元年
    EXPECT_EQ(picker.wareki(), (WarekiDate{Era::Reiwa, 1, 6, 10}));
}

TEST(EraDateSelection, OffersOnlyTheFieldsErasThatOverlapTheRange) {
    auto picker =
        EraDateSelection::make(kAllEras, day(1930, 1, 1), day(2024, 6, 10), day(1950, 1, 1));
    ASSERT_TRUE(picker);
    EXPECT_EQ(picker->offeredEras(), (std::vector<Era>{Era::Showa, Era::Heisei, Era::Reiwa}));
    EXPECT_FALSE(picker->setEra(Era::Meiji));
    EXPECT_FALSE(
        EraDateSelection::make({Era::Meiji}, day(1930, 1, 1), day(2024, 6, 10), day(1950, 1, 1)));
}

TEST(EraDateSelection, RandomTapsAlwaysLeaveARealDateInRange) {
    const CivilDate earliest = day(1894, 1, 1);
    const CivilDate latest = day(2024, 6, 10);
    auto picker = *EraDateSelection::make(kAllEras, earliest, latest, day(1960, 3, 3));
    std::mt19937 random(42);
    for (int i = 0; i < 5000; ++i) {
        const auto choice = random() % 8;
        if (choice < 2) {
            picker.setEra(kAllEras[random() % kAllEras.size()]);
        } else {
            const int deltas[] = {-10, -1, 1, 10};
            picker.step(static_cast<DatePart>(random() % 3), deltas[random() % 4]);
        }
        const WarekiDate w = picker.wareki();
        const auto date = kiosk::fromWareki(w.era, w.year, w.month, w.day);
        ASSERT_TRUE(date) << kiosk::formatWarekiJa(w);
        ASSERT_GE(*date, earliest);
        ASSERT_LE(*date, latest);
        ASSERT_EQ(picker.iso(), date->iso());
    }
}
