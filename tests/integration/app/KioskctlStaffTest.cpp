// kioskctl staff: the front desk's accounts in a real SQLite file (issue 11
// item 1). The password comes on standard input, as a script would give it,
// and only its argon2id hash reaches the file.
#include <gtest/gtest.h>

#include <algorithm>

#include "integration/store/TestFiles.h"
#include "staff/PasswordHash.h"
#include "store/SqliteRecordStore.h"
#include "support/CommandRun.h"

namespace {

constexpr const char* kPassword = "ichi-ni-san-yon";

class KioskctlStaff : public ::testing::Test {
protected:
    std::string db() const { return dir.file("kiosk.db"); }
    // kioskctl with `password` (and a newline) on its standard input.
    kiosk::test::CommandRun withPassword(const std::string& args, const std::string& password) {
        kiosk::test::writeFile(dir.file("password"),
                               std::vector<char>(password.begin(), password.end()));
        return kiosk::test::runKioskctl("--db " + db() + " " + args + " < " + dir.file("password"));
    }
    kiosk::test::TempDir dir;
};

TEST_F(KioskctlStaff, AddsAnAccountWhosePasswordReachesTheFileOnlyAsItsHash) {
    auto added = withPassword("staff add sato --name '佐藤 受付' --role reception",
                              std::string(kPassword) + "\n");
    ASSERT_EQ(added.exitCode, 0) << added.out;
    auto list = kiosk::test::runKioskctl("--db " + db() + " staff list");
    ASSERT_EQ(list.exitCode, 0) << list.out;
    EXPECT_NE(list.out.find("sato\t佐藤 受付\treception\tenabled\n"), std::string::npos)
        << list.out;

    auto store = kiosk::SqliteRecordStore::open(db());
    ASSERT_TRUE(store);
    const auto account = (*store)->staffAccount("sato");
    ASSERT_TRUE(account && *account);
    EXPECT_TRUE(kiosk::passwordMatches((*account)->passwordHash, kPassword));
    store->reset();
    for (const char* suffix : {"", "-wal"}) {
        const auto bytes = kiosk::test::readFile(db() + suffix);
        const std::string_view password(kPassword);
        EXPECT_EQ(std::search(bytes.begin(), bytes.end(), password.begin(), password.end()),
                  bytes.end())
            << "the password itself is in kiosk.db" << suffix;
    }
}

TEST_F(KioskctlStaff, RefusesAShortPasswordATakenLoginAndAnUnknownRole) {
    auto shortOne = withPassword("staff add sato", "1234567\n");
    EXPECT_EQ(shortOne.exitCode, 1);
    EXPECT_NE(shortOne.out.find("at least 8 characters"), std::string::npos) << shortOne.out;
    ASSERT_EQ(withPassword("staff add sato", std::string(kPassword) + "\n").exitCode, 0);
    auto taken = withPassword("staff add sato", std::string(kPassword) + "\n");
    EXPECT_EQ(taken.exitCode, 1);
    EXPECT_NE(taken.out.find("already exists"), std::string::npos) << taken.out;
    EXPECT_EQ(withPassword("staff add tanaka --role boss", std::string(kPassword) + "\n").exitCode,
              2);
    auto nobody = withPassword("staff passwd nobody", std::string(kPassword) + "\n");
    EXPECT_EQ(nobody.exitCode, 1);
    EXPECT_NE(nobody.out.find("not found"), std::string::npos) << nobody.out;
}

TEST_F(KioskctlStaff, DisablingAndANewPasswordAreAuditedUnderTheSystemAccount) {
    ASSERT_EQ(withPassword("staff add sato", std::string(kPassword) + "\n").exitCode, 0);
    ASSERT_EQ(kiosk::test::runKioskctl("--db " + db() + " staff disable sato").exitCode, 0);
    EXPECT_NE(kiosk::test::runKioskctl("--db " + db() + " staff list").out.find("\tdisabled"),
              std::string::npos);
    ASSERT_EQ(withPassword("staff passwd sato", "a second password\n").exitCode, 0);
    auto store = kiosk::SqliteRecordStore::open(db());
    ASSERT_TRUE(store);
    const auto account = (*store)->staffAccount("sato");
    ASSERT_TRUE(account && *account);
    EXPECT_TRUE(kiosk::passwordMatches((*account)->passwordHash, "a second password"));
    const auto log = (*store)->auditLog();
    ASSERT_TRUE(log);
    std::vector<std::string> actions;
    for (const auto& entry : *log) {
        if (!entry.action.starts_with("staff_")) continue;
        actions.push_back(entry.action);
        EXPECT_TRUE(entry.actor.starts_with("kioskctl:")) << entry.actor;
        EXPECT_EQ(entry.detail.find("password "), std::string::npos) << entry.detail;
    }
    EXPECT_EQ(actions, (std::vector<std::string>{"staff_account_added", "staff_account_disabled",
                                                 "staff_password_set"}));
}

}  // namespace
