#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "KeyLayoutChecks.h"
#include "input/EraDateEntry.h"

using kiosk::CivilDate;
using kiosk::Era;
using kiosk::input::applyDateKey;
using kiosk::input::DateKey;
using kiosk::input::DatePart;
using kiosk::input::DateProblem;
using kiosk::input::EraDateEntry;
using kiosk::input::KeyArea;
using kiosk::input::layOutDatePad;
using kiosk::test::kPanels;
using kiosk::test::Panel;

namespace {

CivilDate day(int y, int m, int d) {
    return *CivilDate::make(y, m, d);
}

const std::vector<Era> kAllEras{Era::Meiji, Era::Taisho, Era::Showa, Era::Heisei, Era::Reiwa};
const CivilDate kToday = day(2024, 6, 10);

// The birth date question: 130 years back, nothing after today.
EraDateEntry birthDate() {
    return *EraDateEntry::make(kAllEras, day(1894, 1, 1), kToday);
}

DateKey era(Era e) {
    return DateKey{DateKey::Era, e};
}

// Taps an era button, then the digits and keys of `typed` ('<' 削除, '>' 次の欄へ).
// Returns the taps made.
std::string keyName(const DateKey& key) {
    switch (key.kind) {
        case DateKey::Era:
            return kiosk::eraNameEn(key.era);
        case DateKey::Western:
            return "western";
        case DateKey::Digit:
            return std::string(1, key.digit);
        case DateKey::Backspace:
            return "backspace";
        case DateKey::NextPart:
            break;
    }
    return "next part";
}

int tap(EraDateEntry& entry, std::optional<Era> e, const std::string& typed) {
    int taps = 0;
    if (e) {
        applyDateKey(entry, era(*e));
        ++taps;
    }
    for (char c : typed) {
        const DateKey key = c == '<'   ? DateKey{DateKey::Backspace}
                            : c == '>' ? DateKey{DateKey::NextPart}
                                       : DateKey{DateKey::Digit, Era::Reiwa, c};
        applyDateKey(entry, key);
        ++taps;
    }
    return taps;
}

}  // namespace

TEST(EraDateEntry, Showa24December28IsSevenTapsAndGivesTheIsoDate) {
    auto entry = birthDate();
    EXPECT_FALSE(entry.era());
    // Each part moves on by itself once complete: no tap between them.
    EXPECT_EQ(tap(entry, Era::Showa, "241228"), 7);
    EXPECT_EQ(entry.digits(DatePart::Year), "24");
    EXPECT_EQ(entry.digits(DatePart::Month), "12");
    EXPECT_EQ(entry.digits(DatePart::Day), "28");
    EXPECT_FALSE(entry.problem());
    ASSERT_TRUE(entry.date());
    EXPECT_EQ(entry.date()->iso(), "1949-12-28");
}

TEST(EraDateEntry, EachPartMovesOnWhenNoFurtherDigitCouldFollow) {
    auto entry = birthDate();
    tap(entry, Era::Heisei, "3");  // 平成3 or 30, 31: waits
    EXPECT_EQ(entry.typing(), DatePart::Year);
    tap(entry, std::nullopt, "<4");  // 平成40… has no year: 4 is the year
    EXPECT_EQ(entry.typing(), DatePart::Month);
    tap(entry, std::nullopt, "1");  // 1 or 10–12: waits
    EXPECT_EQ(entry.typing(), DatePart::Month);
    tap(entry, std::nullopt, "<2");  // no month 20: 2月
    EXPECT_EQ(entry.typing(), DatePart::Day);
    tap(entry, std::nullopt, "9");
    EXPECT_EQ(entry.date(), day(1992, 2, 9));
}

TEST(EraDateEntry, Heisei32IsRefusedAsSoonAsItIsTypedNeverClamped) {
    auto entry = birthDate();
    tap(entry, Era::Heisei, "3");
    EXPECT_FALSE(entry.problem()) << "平成3 and 平成30 still possible";
    tap(entry, std::nullopt, "2");
    const auto problem = entry.problem();
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->reason, DateProblem::AfterEraEnd);
    EXPECT_EQ(problem->part, DatePart::Year);
    EXPECT_EQ(problem->limit, day(2019, 4, 30));  // the message names 平成's last day
    EXPECT_EQ(entry.digits(DatePart::Year), "32");
    EXPECT_EQ(entry.typing(), DatePart::Year) << "the cursor stays on the wrong part";
    // The next digit types the year over.
    tap(entry, std::nullopt, "31");
    EXPECT_FALSE(entry.problem());
    EXPECT_EQ(entry.typing(), DatePart::Month);
}

TEST(EraDateEntry, ChangingTheEraKeepsTheTypedNumbersAndChecksThemAgain) {
    auto entry = birthDate();
    tap(entry, Era::Heisei, "3112");  // 平成31年12月: 平成 had ended in April
    ASSERT_TRUE(entry.problem());
    EXPECT_EQ(entry.problem()->reason, DateProblem::AfterEraEnd);
    EXPECT_EQ(entry.problem()->part, DatePart::Month);
    EXPECT_EQ(entry.typing(), DatePart::Month);

    EXPECT_TRUE(applyDateKey(entry, era(Era::Showa)));
    EXPECT_EQ(entry.digits(DatePart::Year), "31");
    EXPECT_EQ(entry.digits(DatePart::Month), "12");
    EXPECT_FALSE(entry.problem());
    EXPECT_EQ(entry.typing(), DatePart::Day) << "the month is right now: on to the day";
    tap(entry, std::nullopt, "28");
    EXPECT_EQ(entry.date(), day(1956, 12, 28));

    applyDateKey(entry, era(Era::Reiwa));  // 令和31年 is after today
    EXPECT_EQ(entry.digits(DatePart::Year), "31");
    EXPECT_EQ(entry.digits(DatePart::Day), "28");
    ASSERT_TRUE(entry.problem());
    EXPECT_EQ(entry.problem()->reason, DateProblem::AfterLatest);
    EXPECT_EQ(entry.problem()->part, DatePart::Year);
    EXPECT_FALSE(entry.date());
}

TEST(EraDateEntry, February30IsRefusedAndFebruary29OnlyInALeapYear) {
    auto entry = birthDate();
    tap(entry, Era::Showa, "60023");
    EXPECT_FALSE(entry.problem()) << "3日 or 30日 still possible";
    tap(entry, std::nullopt, "0");
    ASSERT_TRUE(entry.problem());
    EXPECT_EQ(entry.problem()->reason, DateProblem::NoSuchDay);
    EXPECT_EQ(entry.problem()->limit, day(1985, 2, 28));  // 2月は28日まで
    EXPECT_FALSE(entry.date());

    tap(entry, std::nullopt, "29");  // typed over: 昭和60 is no leap year
    EXPECT_EQ(entry.problem()->reason, DateProblem::NoSuchDay);
    entry.selectPart(DatePart::Year);
    tap(entry, std::nullopt, "59");  // 昭和59年 (1984)
    EXPECT_FALSE(entry.problem());
    EXPECT_EQ(entry.date(), day(1984, 2, 29));
}

TEST(EraDateEntry, MonthsOutsideOneToTwelveAreRefused) {
    auto entry = birthDate();
    tap(entry, Era::Showa, "5013");
    ASSERT_TRUE(entry.problem());
    EXPECT_EQ(entry.problem()->reason, DateProblem::NoSuchMonth);
    EXPECT_EQ(entry.typing(), DatePart::Month);
    tap(entry, std::nullopt, "00");
    EXPECT_EQ(entry.problem()->reason, DateProblem::NoSuchMonth);
}

TEST(EraDateEntry, ABirthDateAfterTodayIsRefused) {
    auto entry = birthDate();
    tap(entry, Era::Reiwa, "60611");  // 令和6年6月11日, the day after the visit
    ASSERT_TRUE(entry.problem());
    EXPECT_EQ(entry.problem()->reason, DateProblem::AfterLatest);
    EXPECT_EQ(entry.problem()->limit, kToday);
    EXPECT_FALSE(entry.date());
    tap(entry, std::nullopt, "10");
    EXPECT_EQ(entry.date(), kToday);

    auto nextYear = birthDate();
    tap(nextYear, Era::Reiwa, "7");  // no day of 令和7年 has come: refused at once
    ASSERT_TRUE(nextYear.problem());
    EXPECT_EQ(nextYear.problem()->reason, DateProblem::AfterLatest);
    EXPECT_EQ(nextYear.typing(), DatePart::Year);
}

TEST(EraDateEntry, DaysBeforeAnEraBeganOrBeforeTheRangeAreRefused) {
    auto reiwa = birthDate();
    tap(reiwa, Era::Reiwa, "104");  // 令和元年4月: still 平成
    ASSERT_TRUE(reiwa.problem());
    EXPECT_EQ(reiwa.problem()->reason, DateProblem::BeforeEraStart);
    EXPECT_EQ(reiwa.problem()->limit, day(2019, 5, 1));

    auto zero = birthDate();
    tap(zero, Era::Heisei, "00");
    ASSERT_TRUE(zero.problem());
    EXPECT_EQ(zero.problem()->reason, DateProblem::BeforeEraStart);

    auto meiji = birthDate();
    tap(meiji, Era::Meiji, "20");  // 1887: more than 130 years back
    ASSERT_TRUE(meiji.problem());
    EXPECT_EQ(meiji.problem()->reason, DateProblem::BeforeEarliest);
    EXPECT_EQ(meiji.problem()->limit, day(1894, 1, 1));
}

TEST(EraDateEntry, DeleteRemovesTheLastDigitTypedEvenInThePartBefore) {
    auto entry = birthDate();
    tap(entry, Era::Showa, "241");
    EXPECT_TRUE(tap(entry, std::nullopt, "<"));
    EXPECT_EQ(entry.digits(DatePart::Month), "");
    EXPECT_EQ(entry.typing(), DatePart::Month);
    tap(entry, std::nullopt, "<");  // the month is empty: the year's 4 goes
    EXPECT_EQ(entry.digits(DatePart::Year), "2");
    EXPECT_EQ(entry.typing(), DatePart::Year);
    tap(entry, std::nullopt, "5");
    EXPECT_EQ(entry.digits(DatePart::Year), "25");
    EXPECT_EQ(entry.typing(), DatePart::Month);
    tap(entry, std::nullopt, "<<<");
    EXPECT_FALSE(entry.deleteDigit()) << "nothing left to delete";
    EXPECT_EQ(entry.era(), Era::Showa) << "削除 deletes digits, not the era";
}

TEST(EraDateEntry, TheNextPartKeyEndsAOneDigitYearOrMonth) {
    auto entry = birthDate();
    EXPECT_FALSE(entry.canFinishPart()) << "nothing typed";
    tap(entry, Era::Heisei, "2>1>5");  // 平成2年1月5日, no leading zeros
    EXPECT_EQ(entry.date(), day(1990, 1, 5));
    EXPECT_FALSE(entry.canFinishPart()) << "the day is the last part";

    auto zeros = birthDate();
    tap(zeros, Era::Heisei, "020105");  // the same with leading zeros
    EXPECT_EQ(zeros.date(), day(1990, 1, 5));
}

// Second review: 「24」 moved the cursor to the month by itself, the key
// under the finger turned from 「月へ」 to 「日へ」, and the habitual tap
// skipped the month, leaving the old 4月 in place.
TEST(EraDateEntry, TheNextPartKeyWaitsForADigitInAPartTheCursorMovedTo) {
    auto entry = *EraDateEntry::make(kAllEras, day(1894, 1, 1), kToday, day(1975, 4, 1));
    tap(entry, std::nullopt, "24");
    ASSERT_EQ(entry.typing(), DatePart::Month);
    EXPECT_EQ(entry.digits(DatePart::Month), "4") << "the month given before is still there";
    EXPECT_FALSE(entry.canFinishPart());
    EXPECT_FALSE(entry.finishPart());
    tap(entry, std::nullopt, "1");  // 1 may become 10–12: the cursor stays
    EXPECT_TRUE(entry.canFinishPart());
    EXPECT_TRUE(entry.finishPart());
    ASSERT_EQ(entry.typing(), DatePart::Day);
    EXPECT_EQ(entry.date(), day(1949, 1, 1));
}

TEST(EraDateEntry, ATappedPartIsTypedOverAndTheOthersStay) {
    auto entry = birthDate();
    tap(entry, Era::Showa, "241228");
    EXPECT_TRUE(entry.selectPart(DatePart::Month));
    tap(entry, std::nullopt, "11");
    EXPECT_EQ(entry.date(), day(1949, 11, 28));
    EXPECT_EQ(entry.typing(), DatePart::Day);
    entry.selectPart(DatePart::Year);
    tap(entry, std::nullopt, "3");  // one digit typed: 昭和3 or 30–39 still possible
    EXPECT_EQ(entry.digits(DatePart::Year), "3");
    EXPECT_FALSE(entry.problem());
}

TEST(EraDateEntry, NumbersTypedBeforeTheEraWaitForIt) {
    auto entry = birthDate();
    tap(entry, std::nullopt, "241228");
    EXPECT_EQ(entry.digits(DatePart::Day), "28");
    ASSERT_TRUE(entry.problem());
    EXPECT_EQ(entry.problem()->reason, DateProblem::EraNotChosen);
    EXPECT_FALSE(entry.date());
    applyDateKey(entry, era(Era::Showa));
    EXPECT_EQ(entry.date(), day(1949, 12, 28));
}

TEST(EraDateEntry, OffersTheFieldsErasThatOverlapTheRangeAndChoosesALoneOne) {
    auto entry = EraDateEntry::make(kAllEras, day(1930, 1, 1), kToday);
    ASSERT_TRUE(entry);
    EXPECT_EQ(entry->offeredEras(), (std::vector<Era>{Era::Showa, Era::Heisei, Era::Reiwa}));
    EXPECT_FALSE(entry->chooseEra(Era::Meiji));
    EXPECT_FALSE(EraDateEntry::make({Era::Meiji}, day(1930, 1, 1), kToday));

    auto written = EraDateEntry::make({Era::Reiwa}, day(2023, 1, 1), kToday);
    ASSERT_TRUE(written);
    EXPECT_EQ(written->era(), Era::Reiwa);
}

TEST(EraDateEntry, AnAnswerAlreadyGivenIsShownAndTypedOver) {
    auto entry = *EraDateEntry::make(kAllEras, day(1894, 1, 1), kToday, day(1975, 1, 1));
    EXPECT_EQ(entry.era(), Era::Showa);
    EXPECT_EQ(entry.digits(DatePart::Year), "50");
    EXPECT_EQ(entry.date(), day(1975, 1, 1));
    tap(entry, std::nullopt, "49");  // the cursor is on the year, which is complete
    EXPECT_EQ(entry.date(), day(1974, 1, 1));
}

TEST(EraDateEntry, WipeForgetsEveryDigit) {
    auto entry = birthDate();
    tap(entry, Era::Showa, "241228");
    entry.wipe();
    for (auto part : {DatePart::Year, DatePart::Month, DatePart::Day}) {
        EXPECT_EQ(entry.digits(part), "");
    }
    EXPECT_FALSE(entry.date());
}

// The keys' column beside the question (58 % of the panel), a quarter to a
// half of its height, in normal and large text.
TEST(DatePad, FitsTheAreaItIsGivenWithoutOverlapOnEveryPanel) {
    for (const Panel& panel : kPanels) {
        for (float touchPx : {60.0f, 84.0f}) {
            for (float heightShare : {0.25f, 0.5f}) {
                const KeyArea area{panel.width * 0.58f, panel.height * heightShare, touchPx};
                const auto layout = layOutDatePad(kAllEras, area);
                SCOPED_TRACE(std::string(panel.name) + " touch " + std::to_string(touchPx) +
                             " height " + std::to_string(area.height));
                ASSERT_EQ(layout.keys.size(), 5u + 1u + 10u + 2u);
                kiosk::test::expectInsideWithoutOverlap(layout, area, "", keyName);
                for (const auto& key : layout.keys) {
                    EXPECT_GE(std::min(key.rect.width, key.rect.height), 0.6f * touchPx);
                }
            }
        }
    }
}

TEST(DatePad, ErasGoBesideTheDigitsInALowAreaAndAboveInATallOne) {
    auto eraKeyY = [](const kiosk::input::DatePadLayout& layout) {
        for (const auto& key : layout.keys) {
            if (key.key.kind == DateKey::Era) return key.rect.y;
        }
        return -1.0f;
    };
    auto digitOneY = [](const kiosk::input::DatePadLayout& layout) {
        for (const auto& key : layout.keys) {
            if (key.key.kind == DateKey::Digit && key.key.digit == '1') return key.rect.y;
        }
        return -1.0f;
    };
    const auto low = layOutDatePad(kAllEras, {760, 240, 60});
    EXPECT_EQ(eraKeyY(low), digitOneY(low)) << "beside: the first era on the digits' first row";
    const auto tall = layOutDatePad(kAllEras, {600, 600, 60});
    EXPECT_LT(eraKeyY(tall), digitOneY(tall)) << "above the digits";
}

// A foreign resident's card and an English reader give the year as 1949:
// 西暦, then four digits for the year (issue 10 review).
TEST(EraDateEntry, AWesternYearTakesFourDigits) {
    auto entry = birthDate();
    ASSERT_TRUE(applyDateKey(entry, DateKey{DateKey::Western}));
    EXPECT_TRUE(entry.western());
    EXPECT_FALSE(entry.era());
    for (char digit : std::string("194")) entry.typeDigit(digit);
    EXPECT_EQ(entry.typing(), DatePart::Year) << "194 waits for its fourth digit";
    EXPECT_FALSE(entry.problem());
    for (char digit : std::string("91228")) entry.typeDigit(digit);
    EXPECT_EQ(entry.digits(DatePart::Year), "1949");
    ASSERT_TRUE(entry.date());
    EXPECT_EQ(*entry.date(), day(1949, 12, 28));
}

TEST(EraDateEntry, AWesternYearOutsideTheRangeIsAProblemAtOnce) {
    auto entry = birthDate();
    entry.chooseWestern();
    for (char digit : std::string("3")) entry.typeDigit(digit);
    ASSERT_TRUE(entry.problem()) << "no year of the range begins with 3";
    EXPECT_EQ(entry.problem()->part, DatePart::Year);
    entry.deleteDigit();
    for (char digit : std::string("2025")) entry.typeDigit(digit);
    ASSERT_TRUE(entry.problem());
    EXPECT_EQ(entry.problem()->reason, DateProblem::AfterLatest) << "after today";
    EXPECT_EQ(entry.typing(), DatePart::Year);
}

TEST(EraDateEntry, SwitchingBetweenAnEraAndWesternKeepsTheDigitsAndJudgesThemAgain) {
    auto entry = birthDate();
    tap(entry, Era::Showa, "241228");
    ASSERT_TRUE(entry.date());
    ASSERT_TRUE(entry.chooseWestern());
    EXPECT_EQ(entry.digits(DatePart::Year), "24") << "never silently altered";
    EXPECT_FALSE(entry.date()) << "西暦24年 is no birth date of the range";
    ASSERT_TRUE(entry.problem());
    EXPECT_EQ(entry.problem()->part, DatePart::Year);
    ASSERT_TRUE(applyDateKey(entry, era(Era::Showa)));
    EXPECT_FALSE(entry.western());
    ASSERT_TRUE(entry.date());
    EXPECT_EQ(*entry.date(), day(1949, 12, 28));
}

TEST(DatePad, OffersWesternBesideTheEras) {
    const auto layout = layOutDatePad(kAllEras, {760, 400, 60});
    const auto western = std::count_if(layout.keys.begin(), layout.keys.end(), [](const auto& k) {
        return k.key.kind == DateKey::Western;
    });
    EXPECT_EQ(western, 1);
}
