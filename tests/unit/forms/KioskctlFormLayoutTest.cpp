// `kioskctl form layout` run for real: its JSON agrees with the loaded model,
// and a broken template is refused with a one-line reason.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "forms/FormLayout.h"
#include "support/CommandRun.h"
#include "unit/forms/ShippedTemplate.h"

namespace kiosk {
namespace {

using test::CommandRun;
using test::runKioskctl;
using test::Streams;

TEST(KioskctlFormLayout, PrintsTheShippedTemplatesGeometryAsJson) {
    const CommandRun run =
        runKioskctl("form layout --template " + test::kShippedTemplateFile, Streams::OutOnly);
    ASSERT_EQ(run.exitCode, 0);
    const auto printed = nlohmann::json::parse(run.out, nullptr, false);
    ASSERT_FALSE(printed.is_discarded()) << run.out;
    EXPECT_EQ(printed, formLayoutJson(test::shippedTemplate()));

    // A few rectangles checked against the model by hand.
    const auto& form = test::shippedTemplate();
    EXPECT_EQ(printed["registration_marks"][2]["y"], form.page.registrationMarks[2].y);
    for (const auto& f : printed["fields"]) {
        if (f["key"] != "insurance_kind") continue;
        const auto& kouki = form.field("insurance_kind")->paper->options[2];
        EXPECT_EQ(f["options"][2]["value"], kouki.value);
        EXPECT_EQ(f["options"][2]["x"], kouki.box.x);
        EXPECT_EQ(f["options"][2]["width"], kouki.box.width);
    }
}

TEST(KioskctlFormLayout, RefusesABrokenTemplateWithItsPathAndReason) {
    const std::string file =
        std::string(KIOSK_SOURCE_DIR) + "/tests/data/templates/cells_overlap_box.json";
    const CommandRun run = runKioskctl("form layout --template " + file, Streams::ErrOnly);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.out.find("/fields/3/paper/cells/0: overlaps /fields/2/paper/box"),
              std::string::npos)
        << run.out;
    EXPECT_EQ(run.out.find('\n'), run.out.size() - 1) << run.out;  // one line
}

TEST(KioskctlFormLayout, RequiresATemplate) {
    EXPECT_NE(runKioskctl("form layout").exitCode, 0);
}

}  // namespace
}  // namespace kiosk
