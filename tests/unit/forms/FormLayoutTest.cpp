// The layout JSON says where everything is, exactly as the model has it.
#include <gtest/gtest.h>

#include "forms/FormLayout.h"
#include "unit/forms/ShippedTemplate.h"

namespace kiosk {
namespace {

using nlohmann::json;
using test::shippedTemplate;

const json* fieldIn(const json& layout, std::string_view key) {
    for (const auto& f : layout["fields"]) {
        if (f["key"] == key) return &f;
    }
    return nullptr;
}

json rect(double x, double y, double w, double h) {
    return {{"x", x}, {"y", y}, {"width", w}, {"height", h}};
}

TEST(FormLayout, GivesThePageMarksAndQrInMillimetresFromTopLeft) {
    const json layout = formLayoutJson(shippedTemplate());
    EXPECT_EQ(layout["template"], "hihokensha-shikaku-moushitatesho");
    EXPECT_EQ(layout["version"], shippedTemplate().version);
    EXPECT_EQ(layout["units"], "mm");
    EXPECT_EQ(layout["origin"], "top-left");
    EXPECT_EQ(layout["page"]["width"], 210.0);
    EXPECT_EQ(layout["page"]["height"], 297.0);
    ASSERT_EQ(layout["registration_marks"].size(), 4u);
    EXPECT_EQ(layout["registration_marks"][1], rect(190, 10, 10, 10));
    EXPECT_EQ(layout["qr"], rect(165, 10, 20, 20));
}

TEST(FormLayout, ListsEveryPaperFieldAndNoScreenOnlyOne) {
    const json layout = formLayoutJson(shippedTemplate());
    std::size_t onPaper = 0;
    for (const auto& f : shippedTemplate().fields) onPaper += f.paper ? 1 : 0;
    EXPECT_EQ(layout["fields"].size(), onPaper);
    EXPECT_EQ(fieldIn(layout, "kokuho_is_union"), nullptr);
}

TEST(FormLayout, GivesEachCellOptionAndBoxItsRectangle) {
    const json layout = formLayoutJson(shippedTemplate());
    const auto& form = shippedTemplate();

    const json* phone = fieldIn(layout, "phone");
    ASSERT_NE(phone, nullptr);
    EXPECT_EQ((*phone)["type"], "phone");
    ASSERT_EQ((*phone)["cells"].size(), 11u);
    const MmRect last = form.field("phone")->paper->cellGroups[0].cells[10];
    EXPECT_EQ((*phone)["cells"][10], rect(last.x, last.y, last.width, last.height));
    EXPECT_FALSE((*phone)["cells"][0].contains("part"));

    const json* birth = fieldIn(layout, "birth_date");
    ASSERT_NE(birth, nullptr);
    EXPECT_EQ((*birth)["options"][2]["value"], "showa");
    EXPECT_EQ((*birth)["cells"][0]["part"], "year");
    EXPECT_EQ((*birth)["cells"][5]["part"], "day");

    const json* address = fieldIn(layout, "address");
    ASSERT_NE(address, nullptr);
    const TextBox box = *form.field("address")->paper->box;
    EXPECT_EQ((*address)["box"]["width"], box.area.width);
    EXPECT_EQ((*address)["box"]["lines"], box.lines);
    EXPECT_EQ((*address)["box"]["max_chars"], box.maxChars);
}

}  // namespace
}  // namespace kiosk
