// The kiosk's start options for a real terminal: what a clinic must name
// before the kiosk may speak to it.
#include <gtest/gtest.h>

#include "app/KioskOptions.h"

namespace {

using kiosk::app::parseKioskOptions;

std::vector<std::string> args(std::initializer_list<std::string> rest) {
    std::vector<std::string> all{"kiosk"};
    all.insert(all.end(), rest);
    return all;
}

// Every request carries the clinic's 医療機関コード; a terminal answers one
// without it with an error, so the kiosk refuses to start without it.
TEST(KioskOptions, TerminalFolderNeedsTheTenDigitInstitutionCode) {
    auto missing = parseKioskOptions(args({"--oqs-dir", "/mnt/oqs", "--reader-id", "R1"}));
    ASSERT_FALSE(missing);
    EXPECT_NE(missing.error().message.find("--institution-code"), std::string::npos);
    EXPECT_FALSE(parseKioskOptions(
        args({"--oqs-dir", "/mnt/oqs", "--reader-id", "R1", "--institution-code", "13123456"})));
    auto given = parseKioskOptions(
        args({"--oqs-dir", "/mnt/oqs", "--reader-id", "R1", "--institution-code", "1312345678"}));
    ASSERT_TRUE(given) << given.error().message;
    EXPECT_EQ(given->institutionCode, "1312345678");
}

TEST(KioskOptions, TerminalFolderNeedsTheReaderOrItsOwnFolder) {
    for (const auto& face :
         {std::vector<std::string>{}, std::vector<std::string>{"--face-dir", "/mnt/oqs/face"}}) {
        std::vector<std::string> line =
            args({"--oqs-dir", "/mnt/oqs", "--institution-code", "1312345678"});
        line.insert(line.end(), face.begin(), face.end());
        auto refused = parseKioskOptions(line);
        ASSERT_FALSE(refused);
        EXPECT_NE(refused.error().message.find("--reader-id"), std::string::npos);
    }
    EXPECT_TRUE(parseKioskOptions(args({"--oqs-dir", "/mnt/oqs", "--institution-code", "1312345678",
                                        "--face-dir", "/mnt/reader-a"})));
}

}  // namespace

// A clinic of older patients starts every patient in large text; the choices
// are defaults, which each patient returns to (PatientPreferences).
TEST(KioskOptions, LargeTextAndHighContrastAreTheClinicsDefaults) {
    auto plain = parseKioskOptions(args({}));
    ASSERT_TRUE(plain) << plain.error().message;
    EXPECT_FALSE(plain->largeText);
    EXPECT_FALSE(plain->highContrast);
    auto chosen = parseKioskOptions(args({"--large-text", "--high-contrast"}));
    ASSERT_TRUE(chosen) << chosen.error().message;
    EXPECT_TRUE(chosen->largeText);
    EXPECT_TRUE(chosen->highContrast);
}
