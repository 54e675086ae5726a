// templates/<id>/v<N>.json: a record's version loads exactly; new forms get
// the latest; a file that lies about its place is refused.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "forms/TemplateLibrary.h"
#include "integration/store/TestFiles.h"
#include "unit/forms/ShippedTemplate.h"

namespace kiosk {
namespace {

namespace fs = std::filesystem;
using Reason = TemplateError::Reason;

constexpr const char* kId = "hihokensha-shikaku-moushitatesho";

class TemplateLibraryTest : public ::testing::Test {
protected:
    // A library holding the shipped template as v1 and, edited, as v2.
    void SetUp() override {
        fs::create_directories(root() / kId);
        writeVersion("v1.json", 1);
        writeVersion("v2.json", 2);
    }
    void writeVersion(const std::string& name, int version) {
        std::ifstream in(test::kShippedTemplateFile);
        auto j = nlohmann::json::parse(in);
        j["version"] = version;
        std::ofstream(root() / kId / name) << j.dump();
    }
    fs::path root() const { return fs::path(dir.file("templates")); }
    test::TempDir dir;
};

TEST_F(TemplateLibraryTest, LoadsTheVersionARecordWasMadeWith) {
    auto v1 = TemplateLibrary(root()).load(kId, 1);
    ASSERT_TRUE(v1) << v1.error().message;
    EXPECT_EQ(v1->version, 1);
}

TEST_F(TemplateLibraryTest, LoadsTheLatestForNewForms) {
    writeVersion("v10.json", 10);  // numeric, not text, order
    auto latest = TemplateLibrary(root()).loadLatest(kId);
    ASSERT_TRUE(latest) << latest.error().message;
    EXPECT_EQ(latest->version, 10);
}

TEST_F(TemplateLibraryTest, ListsTheLatestVersionOfEachForm) {
    fs::create_directories(root() / "empty-form");
    std::ofstream(root() / kId / "notes.txt") << "not a version";
    EXPECT_EQ(TemplateLibrary(root()).latestVersions(),
              (std::vector<TemplateVersionRef>{{kId, 2}}));
}

// Records made with v1 (before the typed numbers) still open with v1; new
// forms start on the latest the repository ships.
TEST(ShippedTemplateLibrary, EveryShippedVersionLoadsAndTheLatestIsTheTestedOne) {
    TemplateLibrary library(fs::path(KIOSK_SOURCE_DIR) / "templates");
    auto v1 = library.load(kId, 1);
    ASSERT_TRUE(v1) << v1.error().message;
    EXPECT_EQ(v1->field("insured_number"), nullptr);
    auto latest = library.loadLatest(kId);
    ASSERT_TRUE(latest) << latest.error().message;
    EXPECT_EQ(latest->version, test::shippedTemplate().version);
}

TEST_F(TemplateLibraryTest, RefusesAFileWhoseVersionDiffersFromItsName) {
    writeVersion("v3.json", 2);
    auto v3 = TemplateLibrary(root()).load(kId, 3);
    ASSERT_FALSE(v3);
    EXPECT_EQ(v3.error().reason, Reason::VersionMismatch);
}

TEST_F(TemplateLibraryTest, RefusesAnUnknownVersionOrId) {
    EXPECT_EQ(TemplateLibrary(root()).load(kId, 7).error().reason, Reason::NotFound);
    EXPECT_EQ(TemplateLibrary(root()).loadLatest("no-such-form").error().reason, Reason::NotFound);
}

TEST_F(TemplateLibraryTest, RefusesAnIdThatWouldLeaveTheLibrary) {
    EXPECT_EQ(TemplateLibrary(root()).load("../templates/" + std::string(kId), 1).error().reason,
              Reason::NotFound);
}

TEST(ShippedLibrary, HoldsVersionOneOfTheDeclaration) {
    const TemplateLibrary library(fs::path(KIOSK_SOURCE_DIR) / "templates");
    auto latest = library.loadLatest(kId);
    ASSERT_TRUE(latest) << latest.error().message;
    EXPECT_EQ(*latest, test::shippedTemplate());
}

}  // namespace
}  // namespace kiosk
