#include <gtest/gtest.h>

#include <set>

#include "core/MessageCatalog.h"
#include "core/RecordEnumNames.h"

using kiosk::Language;
using kiosk::MessageCatalog;

namespace {
std::set<std::string> placeholders(const std::string& text) {
    std::set<std::string> out;
    for (auto open = text.find('{'); open != std::string::npos; open = text.find('{', open + 1)) {
        auto close = text.find('}', open);
        if (close != std::string::npos) out.insert(text.substr(open + 1, close - open - 1));
    }
    return out;
}
}  // namespace

TEST(MessageCatalog, BuiltInCatalogueIsNotEmpty) {
    EXPECT_GT(MessageCatalog::builtIn().keys(Language::Japanese).size(), 10u);
}

TEST(MessageCatalog, EveryKeyExistsInBothLanguagesWithTheSamePlaceholders) {
    const auto& catalog = MessageCatalog::builtIn();
    EXPECT_EQ(catalog.keys(Language::Japanese), catalog.keys(Language::English));
    for (const auto& key : catalog.keys(Language::Japanese)) {
        EXPECT_FALSE(catalog.text(Language::Japanese, key).empty()) << key;
        EXPECT_FALSE(catalog.text(Language::English, key).empty()) << key;
        EXPECT_EQ(placeholders(catalog.text(Language::Japanese, key)),
                  placeholders(catalog.text(Language::English, key)))
            << key;
    }
}

TEST(MessageCatalog, MissingKeyShowsTheKeyInsteadOfNothing) {
    EXPECT_EQ(MessageCatalog::builtIn().text(Language::English, "no.such.key"), "no.such.key");
}

TEST(MessageCatalog, FormatReplacesEveryPlaceholderOccurrence) {
    auto catalog = MessageCatalog::fromJson(R"({"k": "{a} and {a} then {b}"})", R"({"k": "x"})");
    EXPECT_EQ(catalog.format(Language::Japanese, "k", {{"a", "1"}, {"b", "{a}"}}),
              "1 and 1 then {a}");
}

TEST(MessageCatalog, MalformedJsonYieldsAnEmptySectionNotACrash) {
    auto catalog = MessageCatalog::fromJson("{not json", "[1,2]");
    EXPECT_TRUE(catalog.keys(Language::Japanese).empty());
    EXPECT_TRUE(catalog.keys(Language::English).empty());
}

// The slip and the screens name every outcome in words, never by a raw key
// (validity 6 once printed "slip.outcome.medical_aid_not_registered").
TEST(MessageCatalog, EveryCheckOutcomeHasItsSlipWording) {
    for (const auto& [outcome, name] : kiosk::EnumNames<kiosk::EligibilityOutcome>::table) {
        for (Language lang : {Language::Japanese, Language::English}) {
            EXPECT_TRUE(MessageCatalog::builtIn().has(lang, "slip.outcome." + std::string(name)))
                << name;
        }
    }
}
