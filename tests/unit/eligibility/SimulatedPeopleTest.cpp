#include <gtest/gtest.h>

#include <set>

#include "eligibility/SimulatedPeople.h"

namespace kiosk {
namespace {

TEST(SimulatedPeopleTest, TestPeopleCoverEveryScenarioAndBothCharsets) {
    auto people = loadSimulatedPeople(KIOSK_SOURCE_DIR "/tests/data/oqs/people.json");
    ASSERT_TRUE(people.ok()) << people.error().message;
    std::set<SimScenario> scenarios;
    std::set<OqsCharset> charsets;
    for (const auto& p : *people) {
        scenarios.insert(p.scenario);
        charsets.insert(p.charset);
    }
    EXPECT_EQ(scenarios.size(), std::size(EnumNames<SimScenario>::table));
    EXPECT_EQ(charsets.size(), 2u);
}

TEST(SimulatedPeopleTest, SampleInAssetsLoads) {
    auto people = loadSimulatedPeople(KIOSK_SOURCE_DIR "/assets/oqs/people.json");
    ASSERT_TRUE(people.ok()) << people.error().message;
    EXPECT_FALSE(people->empty());
}

struct BadPeople {
    std::string name;
    std::string json;
};

class BadPeopleFileTest : public testing::TestWithParam<BadPeople> {};

TEST_P(BadPeopleFileTest, IsRefusedWithAReason) {
    auto people = parseSimulatedPeople(GetParam().json, "people.json");
    ASSERT_FALSE(people.ok());
    EXPECT_EQ(people.error().reason, EligibilityError::BadInput);
    EXPECT_EQ(people.error().message.rfind("people.json: ", 0), 0u) << people.error().message;
}

INSTANTIATE_TEST_SUITE_P(
    Files, BadPeopleFileTest,
    testing::Values(
        BadPeople{"NotJson", "{"}, BadPeople{"NoPeople", "{}"},
        BadPeople{"MissingId", R"({"people":[{"scenario":"valid"}]})"},
        BadPeople{"DuplicateId",
                  R"({"people":[{"id":"a","scenario":"valid"},{"id":"a","scenario":"lost"}]})"},
        BadPeople{"UnknownScenario", R"({"people":[{"id":"a","scenario":"maybe"}]})"},
        BadPeople{"UnknownCharset",
                  R"({"people":[{"id":"a","scenario":"valid","charset":"euc"}]})"},
        BadPeople{"NegativeDelay", R"({"people":[{"id":"a","scenario":"slow","delayMs":-1}]})"}),
    [](const auto& param) { return param.param.name; });

}  // namespace
}  // namespace kiosk
