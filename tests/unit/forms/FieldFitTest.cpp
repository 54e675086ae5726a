// Whether a value fits its cells or box on the paper form, and where each
// character goes: a value that does not fit is flagged and laid out nowhere.
#include <gtest/gtest.h>

#include "forms/FieldFit.h"
#include "unit/forms/ShippedTemplate.h"

namespace kiosk {
namespace {

using test::shippedField;

struct FitCase {
    const char* key;
    const char* value;
    bool fits;
    std::size_t needed;
    std::size_t capacity;
};

class FieldFitTable : public ::testing::TestWithParam<FitCase> {};

TEST_P(FieldFitTable, FlagsWhatDoesNotFit) {
    const auto& c = GetParam();
    const FieldFit fit = fitOnPaper(shippedField(c.key), c.value);
    EXPECT_EQ(fit, (FieldFit{c.fits, c.needed, c.capacity})) << c.key << " " << c.value;
}

INSTANTIATE_TEST_SUITE_P(
    Values, FieldFitTable,
    ::testing::Values(
        FitCase{"phone", "09012345678", true, 11, 11},
        FitCase{"phone", "03-1234-5678", true, 10, 11},  // hyphens are not written in cells
        FitCase{"phone", "０９０１２３４５６７８", true, 11, 11},  // full-width digits
        FitCase{"phone", "090123456789", false, 12, 11},
        FitCase{"insurer_number", "33120015", true, 8, 8},
        FitCase{"insurer_number", "331200150", false, 9, 8},
        FitCase{"name_kana", "ヤマダ　タロウ", true, 7, 20},  // the space takes a cell
        FitCase{"name_kana", "ヤマダ　タロウタロウタロウタロウタロウタロウ", false, 22, 20},
        FitCase{"name", "山田 太郎", true, 5, 20},
        FitCase{"name", "寿限無寿限無五劫の擦り切れ海砂利水魚の水行末", false, 22, 20},
        FitCase{"insurance_kind", "kouki", true, 1, 1},
        FitCase{"insurance_kind", "kokumin", false, 1, 0},
        FitCase{"has_valid_insurance_card", "true", true, 1, 1},
        FitCase{"birth_date", "1985-04-12", true, 6, 6},
        FitCase{"birth_date", "1868-01-01", false, 1, 0},  // before 明治
        FitCase{"written_on", "2026-06-15", true, 6, 6},
        FitCase{"written_on", "2019-04-30", false, 1, 0},  // 平成: the form offers 令和 only
        FitCase{"signature", "true", true, 0, 0},
        FitCase{"kokuho_is_union", "true", false, 4, 0},  // screen-only: no room on paper
        FitCase{"address", "", true, 0, 0}));

TEST(FieldFit, WritesADateAsEraBoxAndTwoDigitCells) {
    const PaperEntry entry = layOutOnPaper(shippedField("birth_date"), "2019-05-01");
    EXPECT_EQ(entry.tickedOptions, (std::vector<std::string>{"reiwa"}));
    const std::vector<std::vector<std::string>> cells{{"0", "1"}, {"0", "5"}, {"0", "1"}};
    EXPECT_EQ(entry.cellTexts, cells);  // 令和元年5月1日
}

TEST(FieldFit, FillsCellsFromTheLeftOneCharacterEach) {
    const PaperEntry entry = layOutOnPaper(shippedField("name_kana"), "ガ　ヴ");
    ASSERT_EQ(entry.cellTexts.size(), 1u);
    ASSERT_EQ(entry.cellTexts[0].size(), 20u);
    EXPECT_EQ(entry.cellTexts[0][0], "ガ");
    EXPECT_EQ(entry.cellTexts[0][1], "　");
    EXPECT_EQ(entry.cellTexts[0][2], "ヴ");
    EXPECT_EQ(entry.cellTexts[0][3], "");
}

TEST(FieldFit, LaysOutNothingOfAValueThatDoesNotFit) {
    const PaperEntry phone = layOutOnPaper(shippedField("phone"), "090123456789");
    EXPECT_TRUE(phone.cellTexts.empty());
    const PaperEntry name =
        layOutOnPaper(shippedField("name"), "寿限無寿限無五劫の擦り切れ海砂利水魚の水行末");
    EXPECT_TRUE(name.boxText.empty());
}

TEST(FieldFit, TicksTheChosenOptionOnly) {
    EXPECT_EQ(layOutOnPaper(shippedField("sex"), "female").tickedOptions,
              (std::vector<std::string>{"female"}));
    EXPECT_TRUE(
        layOutOnPaper(shippedField("has_valid_insurance_card"), "false").tickedOptions.empty());
}

}  // namespace
}  // namespace kiosk
