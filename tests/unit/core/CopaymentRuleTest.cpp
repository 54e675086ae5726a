#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "core/CopaymentRule.h"

using kiosk::CivilDate;
using kiosk::CopaymentDecision;
using kiosk::CopaymentInput;
using kiosk::CopaymentPolicy;
using kiosk::DeclaredShare;
using kiosk::InsuranceKind;
using kiosk::ShareReason;

namespace {

CivilDate d(const char* iso) {
    return *CivilDate::parse(iso);
}

struct BoundaryCase {
    const char* birth;
    const char* expected;
};

// Legal age is reached the day before the birthday, so a 1 April child
// reaches 6 on 31 March and leaves 未就学 that very day.
TEST(CopaymentRule, PreschoolShareEndsOnFirst31MarchOnOrAfterReachingSix) {
    const BoundaryCase cases[] = {
        {"2020-04-01", "2026-03-31"},  // reaches 6 on 2026-03-31 itself
        {"2020-04-02", "2027-03-31"},  // reaches 6 on 2026-04-01
        {"2020-03-31", "2026-03-31"},
        {"2020-01-01", "2026-03-31"},  // reaches 6 on 2025-12-31
        {"2019-12-31", "2026-03-31"},
        {"2004-02-29", "2010-03-31"},  // leap day: reaches 6 on 2010-02-28
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.birth);
        EXPECT_EQ(kiosk::preschoolShareLastDay(d(c.birth)).iso(), c.expected);
    }
}

TEST(CopaymentRule, ElderRulesStartTheMonthAfterReachingSeventy) {
    const BoundaryCase cases[] = {
        {"1956-04-01", "2026-04-01"},  // born on the 1st: the birthday month itself
        {"1956-04-02", "2026-05-01"}, {"1956-04-30", "2026-05-01"},  // last of the month
        {"1956-03-31", "2026-04-01"}, {"1956-03-01", "2026-03-01"},  // reaches 70 on 2026-02-28
        {"1956-12-02", "2027-01-01"},                                // year wraps
        {"1957-01-01", "2027-01-01"},                                // reaches 70 on 2026-12-31
        {"2004-02-29", "2074-03-01"},  // leap day: reaches 70 on 2074-02-28
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.birth);
        EXPECT_EQ(kiosk::elderRulesFirstDay(d(c.birth)).iso(), c.expected);
    }
}

TEST(CopaymentRule, KoukiStartsOnTheSeventyFifthBirthday) {
    const BoundaryCase cases[] = {
        {"1951-04-01", "2026-04-01"},
        {"1951-04-02", "2026-04-02"},
        {"1951-12-31", "2026-12-31"},
        {"2004-02-29", "2079-03-01"},  // no 29 Feb in 2079: the day after reaching 75
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.birth);
        EXPECT_EQ(kiosk::koukiFirstDay(d(c.birth)).iso(), c.expected);
    }
}

TEST(CopaymentRule, BirthYearsNearTheCalendarLimitStillGetAnAnswer) {
    const CivilDate birth = d("9990-01-01");
    EXPECT_EQ(kiosk::koukiFirstDay(birth).year(), 10065);
    EXPECT_EQ(kiosk::elderRulesFirstDay(birth).year(), 10060);
    EXPECT_EQ(kiosk::preschoolShareLastDay(birth).iso(), "9996-03-31");
}

struct DecisionCase {
    const char* label;
    const char* birth;
    const char* visit;
    std::optional<InsuranceKind> kind;
    std::optional<DeclaredShare> declared;
    std::optional<int> known;
    CopaymentDecision expected;
};

constexpr auto kNone = std::nullopt;
constexpr auto kShaho = InsuranceKind::Shaho;
constexpr auto kKouki = InsuranceKind::Kouki;
constexpr auto k3 = DeclaredShare::ThreeTenths;
constexpr auto k2 = DeclaredShare::TwoTenths;
constexpr auto k1 = DeclaredShare::OneTenth;
constexpr auto kDontKnow = DeclaredShare::DontKnow;

void expectDecisions(const DecisionCase* begin, const DecisionCase* end,
                     const CopaymentPolicy& policy = {}) {
    for (const auto* c = begin; c != end; ++c) {
        SCOPED_TRACE(c->label);
        const CopaymentInput input{d(c->birth), d(c->visit), c->kind, c->declared, c->known};
        const CopaymentDecision got = kiosk::decideCopayment(input, policy);
        EXPECT_EQ(got.tenths, c->expected.tenths);
        EXPECT_EQ(got.reason, c->expected.reason);
        EXPECT_EQ(got.staffShouldConfirm, c->expected.staffShouldConfirm);
    }
}

TEST(CopaymentRule, PreschoolChildrenPayTwoTenthsUntilTheBoundary) {
    const DecisionCase cases[] = {
        {"1 Apr birth, 31 Mar",
         "2020-04-01",
         "2026-03-31",
         kShaho,
         kNone,
         kNone,
         {2, ShareReason::Preschool, false}},
        {"1 Apr birth, 1 Apr",
         "2020-04-01",
         "2026-04-01",
         kShaho,
         kNone,
         kNone,
         {3, ShareReason::WorkingAge, false}},
        {"2 Apr birth, next 31 Mar",
         "2020-04-02",
         "2027-03-31",
         kNone,
         kNone,
         kNone,
         {2, ShareReason::Preschool, false}},
        {"2 Apr birth, next 1 Apr",
         "2020-04-02",
         "2027-04-01",
         kNone,
         kNone,
         kNone,
         {3, ShareReason::WorkingAge, false}},
        {"leap birth, 31 Mar",
         "2004-02-29",
         "2010-03-31",
         kNone,
         kNone,
         kNone,
         {2, ShareReason::Preschool, false}},
        {"leap birth, 1 Apr",
         "2004-02-29",
         "2010-04-01",
         kNone,
         kNone,
         kNone,
         {3, ShareReason::WorkingAge, false}},
        {"newborn on birth day",
         "2025-06-15",
         "2025-06-15",
         kNone,
         kNone,
         kNone,
         {2, ShareReason::Preschool, false}},
        {"declared share ignored",
         "2022-01-01",
         "2025-01-01",
         kShaho,
         k1,
         kNone,
         {2, ShareReason::Preschool, false}},
        {"後期 ticked by mistake: age rule, staff look",
         "2022-01-01",
         "2025-01-01",
         kKouki,
         k1,
         kNone,
         {2, ShareReason::KoukiTickBelow65, true}},
    };
    expectDecisions(std::begin(cases), std::end(cases));
}

TEST(CopaymentRule, WorkingAgePaysThreeTenthsWhateverWasDeclared) {
    const DecisionCase cases[] = {
        {"declared 1割",
         "1980-05-05",
         "2026-01-10",
         kShaho,
         k1,
         kNone,
         {3, ShareReason::WorkingAge, false}},
        {"declared 2割",
         "1980-05-05",
         "2026-01-10",
         kShaho,
         k2,
         kNone,
         {3, ShareReason::WorkingAge, false}},
        {"nothing declared",
         "1980-05-05",
         "2026-01-10",
         kNone,
         kNone,
         kNone,
         {3, ShareReason::WorkingAge, false}},
    };
    expectDecisions(std::begin(cases), std::end(cases));
}

TEST(CopaymentRule, ElderRulesApplyFromTheFirstDayOnly) {
    const DecisionCase cases[] = {
        {"1 Apr birth, 31 Mar",
         "1956-04-01",
         "2026-03-31",
         kShaho,
         k2,
         kNone,
         {3, ShareReason::WorkingAge, false}},
        {"1 Apr birth, 1 Apr",
         "1956-04-01",
         "2026-04-01",
         kShaho,
         k2,
         kNone,
         {2, ShareReason::DeclaredByPatient, false}},
        {"2 Apr birth, 30 Apr",
         "1956-04-02",
         "2026-04-30",
         kShaho,
         k2,
         kNone,
         {3, ShareReason::WorkingAge, false}},
        {"2 Apr birth, 1 May",
         "1956-04-02",
         "2026-05-01",
         kShaho,
         k2,
         kNone,
         {2, ShareReason::DeclaredByPatient, false}},
        {"31 Mar birth, 31 Mar",
         "1956-03-31",
         "2026-03-31",
         kShaho,
         k2,
         kNone,
         {3, ShareReason::WorkingAge, false}},
        {"31 Mar birth, 1 Apr",
         "1956-03-31",
         "2026-04-01",
         kShaho,
         k2,
         kNone,
         {2, ShareReason::DeclaredByPatient, false}},
        {"leap birth, 28 Feb",
         "2004-02-29",
         "2074-02-28",
         kShaho,
         k2,
         kNone,
         {3, ShareReason::WorkingAge, false}},
        {"leap birth, 1 Mar",
         "2004-02-29",
         "2074-03-01",
         kShaho,
         k2,
         kNone,
         {2, ShareReason::DeclaredByPatient, false}},
    };
    expectDecisions(std::begin(cases), std::end(cases));
}

TEST(CopaymentRule, SeventyToSeventyFourPayWhatTheyDeclare) {
    const DecisionCase cases[] = {
        {"3割 (現役並み)",
         "1954-06-10",
         "2026-01-10",
         kShaho,
         k3,
         kNone,
         {3, ShareReason::DeclaredByPatient, false}},
        {"2割",
         "1954-06-10",
         "2026-01-10",
         kShaho,
         k2,
         kNone,
         {2, ShareReason::DeclaredByPatient, false}},
        {"1割 is implausible",
         "1954-06-10",
         "2026-01-10",
         kShaho,
         k1,
         kNone,
         {1, ShareReason::DeclaredByPatient, true}},
        {"わからない",
         "1954-06-10",
         "2026-01-10",
         kShaho,
         kDontKnow,
         kNone,
         {3, ShareReason::ElderShareUnknown, true}},
        {"unanswered",
         "1954-06-10",
         "2026-01-10",
         kNone,
         kNone,
         kNone,
         {3, ShareReason::ElderShareUnknown, true}},
    };
    expectDecisions(std::begin(cases), std::end(cases));
}

TEST(CopaymentRule, KoukiFromTheSeventyFifthBirthdayOrWhenDeclared) {
    const DecisionCase cases[] = {
        {"day before 75th: 1割 still implausible",
         "1951-04-01",
         "2026-03-31",
         kShaho,
         k1,
         kNone,
         {1, ShareReason::DeclaredByPatient, true}},
        {"75th birthday: 1割",
         "1951-04-01",
         "2026-04-01",
         kShaho,
         k1,
         kNone,
         {1, ShareReason::DeclaredByPatient, false}},
        {"leap birth, 28 Feb before 75",
         "2004-02-29",
         "2079-02-28",
         kNone,
         k1,
         kNone,
         {1, ShareReason::DeclaredByPatient, true}},
        {"leap birth, 1 Mar at 75",
         "2004-02-29",
         "2079-03-01",
         kNone,
         k1,
         kNone,
         {1, ShareReason::DeclaredByPatient, false}},
        {"2割",
         "1940-01-01",
         "2026-01-10",
         kKouki,
         k2,
         kNone,
         {2, ShareReason::DeclaredByPatient, false}},
        {"3割",
         "1940-01-01",
         "2026-01-10",
         kKouki,
         k3,
         kNone,
         {3, ShareReason::DeclaredByPatient, false}},
        {"わからない",
         "1940-01-01",
         "2026-01-10",
         kKouki,
         kDontKnow,
         kNone,
         {3, ShareReason::ElderShareUnknown, true}},
        {"unanswered",
         "1940-01-01",
         "2026-01-10",
         kNone,
         kNone,
         kNone,
         {3, ShareReason::ElderShareUnknown, true}},
        {"68 declaring 後期 (障害認定)",
         "1958-01-01",
         "2026-01-10",
         kKouki,
         k1,
         kNone,
         {1, ShareReason::DeclaredByPatient, false}},
        {"72 declaring 後期",
         "1954-01-01",
         "2026-01-10",
         kKouki,
         k1,
         kNone,
         {1, ShareReason::DeclaredByPatient, false}},
        {"68 declaring 後期, share unknown",
         "1958-01-01",
         "2026-01-10",
         kKouki,
         kNone,
         kNone,
         {3, ShareReason::ElderShareUnknown, true}},
    };
    expectDecisions(std::begin(cases), std::end(cases));
}

TEST(CopaymentRule, UnknownElderShareFollowsThePolicy) {
    const DecisionCase cases[] = {
        {"70-74 unknown",
         "1954-06-10",
         "2026-01-10",
         kShaho,
         kDontKnow,
         kNone,
         {2, ShareReason::ElderShareUnknown, true}},
        {"後期 unanswered",
         "1940-01-01",
         "2026-01-10",
         kKouki,
         kNone,
         kNone,
         {2, ShareReason::ElderShareUnknown, true}},
        {"declared share unaffected",
         "1940-01-01",
         "2026-01-10",
         kKouki,
         k1,
         kNone,
         {1, ShareReason::DeclaredByPatient, false}},
        {"working age unaffected",
         "1980-01-01",
         "2026-01-10",
         kNone,
         kNone,
         kNone,
         {3, ShareReason::WorkingAge, false}},
    };
    expectDecisions(std::begin(cases), std::end(cases), CopaymentPolicy{2});
}

TEST(CopaymentRule, KnownShareFromQualificationWinsWhenInRange) {
    const DecisionCase cases[] = {
        {"working age known 1割",
         "1980-01-01",
         "2026-01-10",
         kShaho,
         k3,
         1,
         {1, ShareReason::KnownFromQualification, false}},
        {"preschool known 3割",
         "2022-01-01",
         "2025-01-01",
         kNone,
         kNone,
         3,
         {3, ShareReason::KnownFromQualification, false}},
        {"elder unknown declared, known 2割",
         "1954-06-10",
         "2026-01-10",
         kNone,
         kDontKnow,
         2,
         {2, ShareReason::KnownFromQualification, false}},
        {"70-74 known 1割 not questioned",
         "1954-06-10",
         "2026-01-10",
         kShaho,
         k1,
         1,
         {1, ShareReason::KnownFromQualification, false}},
        {"0 ignored",
         "1980-01-01",
         "2026-01-10",
         kNone,
         kNone,
         0,
         {3, ShareReason::WorkingAge, false}},
        {"4 ignored",
         "2022-01-01",
         "2025-01-01",
         kNone,
         kNone,
         4,
         {2, ShareReason::Preschool, false}},
        {"10 割 ignored",
         "1940-01-01",
         "2026-01-10",
         kKouki,
         k1,
         10,
         {1, ShareReason::DeclaredByPatient, false}},
        {"-1 ignored",
         "1940-01-01",
         "2026-01-10",
         kKouki,
         kNone,
         -1,
         {3, ShareReason::ElderShareUnknown, true}},
    };
    expectDecisions(std::begin(cases), std::end(cases));
}

// 後期 below 75 exists only from 65 with 障害認定 (DOMAIN.md §6): a younger
// patient's 後期 tick gets the age rule's share and a flag for staff, never
// the declared share.
TEST(CopaymentRule, KoukiTickBelowSixtyFiveKeepsTheAgeRuleAndFlagsStaff) {
    const DecisionCase cases[] = {
        {"10-year-old ticking 後期 + 1割",
         "2015-06-01",
         "2026-01-10",
         kKouki,
         k1,
         kNone,
         {3, ShareReason::KoukiTickBelow65, true}},
        {"45-year-old ticking 後期 + 1割",
         "1980-06-01",
         "2026-01-10",
         kKouki,
         k1,
         kNone,
         {3, ShareReason::KoukiTickBelow65, true}},
        {"64, the day before the 65th birthday",
         "1961-01-11",
         "2026-01-10",
         kKouki,
         k1,
         kNone,
         {3, ShareReason::KoukiTickBelow65, true}},
        {"65th birthday (障害認定 possible): declared share",
         "1961-01-10",
         "2026-01-10",
         kKouki,
         k1,
         kNone,
         {1, ShareReason::DeclaredByPatient, false}},
        {"45-year-old ticking 社保 + 1割: plain age rule",
         "1980-06-01",
         "2026-01-10",
         kShaho,
         k1,
         kNone,
         {3, ShareReason::WorkingAge, false}},
        {"a known ratio still wins",
         "1980-06-01",
         "2026-01-10",
         kKouki,
         k1,
         1,
         {1, ShareReason::KnownFromQualification, false}},
    };
    expectDecisions(std::begin(cases), std::end(cases));
}

struct AskedCase {
    const char* label;
    const char* birth;
    const char* visit;
    std::optional<InsuranceKind> kind;
    bool asked;
};

TEST(CopaymentRule, DeclaredShareIsAskedOfSeventyPlusAndKouki) {
    const AskedCase cases[] = {
        {"day before elder rules", "1956-04-02", "2026-04-30", kShaho, false},
        {"first day of elder rules", "1956-04-02", "2026-05-01", kShaho, true},
        {"born on the 1st, birthday month", "1956-04-01", "2026-04-01", kNone, true},
        {"80, kind unanswered", "1946-01-01", "2026-01-10", kNone, true},
        {"40 declaring 後期: no 後期 below 65", "1986-01-01", "2026-01-10", kKouki, false},
        {"65th birthday declaring 後期", "1961-01-10", "2026-01-10", kKouki, true},
        {"day before the 65th birthday declaring 後期", "1961-01-11", "2026-01-10", kKouki, false},
        {"40 declaring 社保", "1986-01-01", "2026-01-10", kShaho, false},
        {"40 kind unanswered", "1986-01-01", "2026-01-10", kNone, false},
        {"preschool child ticking 後期", "2022-01-01", "2025-01-01", kKouki, false},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.label);
        EXPECT_EQ(kiosk::declaredShareIsAsked(d(c.birth), d(c.visit), c.kind), c.asked);
    }
}

}  // namespace
