// The strict loader: the shipped 申立書 loads, and broken templates are
// refused with the JSON path and the reason.
#include "forms/TemplateLoader.h"

#include <gtest/gtest.h>

#include "core/DeclarationField.h"

namespace kiosk {
namespace {

const std::string kShipped =
    std::string(KIOSK_SOURCE_DIR) + "/templates/hihokensha-shikaku-moushitatesho/v1.json";

TEST(ShippedTemplate, Loads) {
    auto form = loadFormTemplate(kShipped);
    ASSERT_TRUE(form) << form.error().message;
    EXPECT_EQ(form->id, "hihokensha-shikaku-moushitatesho");
    EXPECT_EQ(form->version, 1);
}

}  // namespace
}  // namespace kiosk
