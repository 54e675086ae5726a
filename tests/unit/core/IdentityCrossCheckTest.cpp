// The cross-check kept with a record: every item, the differing ones for staff.
#include <gtest/gtest.h>

#include "core/IdentityCrossCheck.h"

namespace kiosk {
namespace {

TEST(IdentityCrossCheck, KeepsEveryItemAndShowsStaffTheDifferences) {
    const IdentityFields terminal{"山田 太郎", "ﾔﾏﾀﾞ ﾀﾛｳ", Sex::Male, CivilDate::make(1980, 1, 2),
                                  "東京都千代田区霞が関1-2-3"};
    const IdentityFields typed{"山田太郎", "ヤマダタロウ", Sex::Male, CivilDate::make(1980, 1, 3),
                               "東京都千代田区霞が関一丁目2番3号"};
    auto check = crossCheckIdentity(terminal, typed, CrossCheckSource::Declaration);
    ASSERT_TRUE(check);
    EXPECT_EQ(check->against, CrossCheckSource::Declaration);
    ASSERT_EQ(check->items.size(), 5u);
    const auto shown = check->itemsToShowStaff();
    ASSERT_EQ(shown.size(), 1u);
    EXPECT_EQ(shown[0].field, IdentityField::BirthDate);
    EXPECT_EQ(shown[0].left, "1980-01-02");
    EXPECT_EQ(shown[0].right, "1980-01-03");
}

TEST(IdentityCrossCheck, NothingToCheckWhenTheTerminalShowedNobody) {
    const IdentityFields typed{"山田太郎", "", Sex::Male, std::nullopt, ""};
    EXPECT_FALSE(crossCheckIdentity({}, typed, CrossCheckSource::CardFace));
}

}  // namespace
}  // namespace kiosk
