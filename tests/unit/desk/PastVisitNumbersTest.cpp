// Issue 11 item 6: "nothing changed" picks the numbers of the same person's
// earlier visits at this clinic, newest first, never another person's, never
// a 不詳 claim's placeholder.
#include <gtest/gtest.h>

#include "desk/PastVisitNumbers.h"

namespace kiosk {
namespace {

StoredRecord visit(std::int64_t id, CivilDate date, const std::string& name,
                   const std::string& insurer, const std::string& number) {
    StoredRecord stored;
    CheckInRecord& r = stored.record;
    r.id = id;
    r.visitDate = date;
    r.outcome = EligibilityOutcome::Valid;
    r.terminalIdentity = IdentityFields{name, "", Sex::Female, CivilDate::make(1950, 2, 3), ""};
    Qualification q;
    q.insurerNumber = insurer;
    q.symbol = "12";
    q.number = number;
    r.terminalQualification = q;
    return stored;
}

TEST(PastVisitNumbers, TheSamePersonsEarlierNumbersNewestFirstEachOnce) {
    const CivilDate today = *CivilDate::make(2026, 12, 3);
    StoredRecord now = visit(10, today, "渡辺 花子", "", "");
    now.record.outcome = EligibilityOutcome::NoAnswer;
    now.record.terminalQualification.reset();
    const std::vector<StoredRecord> earlier{
        visit(1, today.plusDays(-400), "渡邊 花子", "06470017", "7"),
        visit(2, today.plusDays(-30), "渡辺　花子", "33120015", "8"),
        visit(3, today.plusDays(-20), "渡辺 花子", "33120015", "8"),  // the same numbers again
        visit(4, today.plusDays(-10), "佐藤 花子", "01130012", "9"),  // somebody else
        visit(5, today.plusDays(1), "渡辺 花子", "01130012", "9"),    // after this visit
        now,
    };
    const auto found = pastVisitNumbers(now.record, earlier);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].insurerNumber, "33120015");
    EXPECT_EQ(found[0].visitDate, today.plusDays(-20));
    EXPECT_EQ(found[1].insurerNumber, "06470017") << "渡邊 is 渡辺";
}

TEST(PastVisitNumbers, AnUnknownInsurerClaimIsNoNumbersToReuse) {
    const CivilDate today = *CivilDate::make(2026, 12, 3);
    StoredRecord now = visit(10, today, "山田 一郎", "", "");
    StoredRecord unknown = visit(1, today.plusDays(-5), "山田 一郎", "", "");
    unknown.record.outcome = EligibilityOutcome::NotRegistered;
    unknown.record.terminalQualification.reset();
    unknown.record.proofPath = ProofPath::Declaration;
    unknown.record.declaration = Declaration{};
    unknown.record.declaration->name = "山田 一郎";
    unknown.record.declaration->birthDate = CivilDate::make(1950, 2, 3);
    EXPECT_TRUE(pastVisitNumbers(now.record, {unknown}).empty());
}

}  // namespace
}  // namespace kiosk
