// How an answer reads back on the review and in its row, in the patient's
// language (third check: an English reader saw 「平成2年12月28日（1990）」).
#include <gtest/gtest.h>

#include "forms/FormTemplate.h"
#include "ui/screens/FieldEditors.h"

namespace kiosk::ui {
namespace {

FormField dateField() {
    FormField field;
    field.key = "birth_date";
    field.type = FormFieldType::Date;
    return field;
}

TEST(FieldEditorsDisplay, ADateReadsAsTheEraInJapaneseAndTheWesternDateInEnglish) {
    EXPECT_EQ(displayValue(dateField(), "1990-12-28", Language::Japanese),
              "平成2年12月28日（1990）");
    EXPECT_EQ(displayValue(dateField(), "1990-12-28", Language::English), "28 December 1990");
    EXPECT_EQ(displayValue(dateField(), "1949-01-05", Language::English), "5 January 1949");
    EXPECT_EQ(displayValue(dateField(), "", Language::English), "");
}

}  // namespace
}  // namespace kiosk::ui
