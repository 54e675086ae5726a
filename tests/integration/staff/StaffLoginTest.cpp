// Issue 11 item 1: staff log in with a password kept only as argon2id; five
// wrong tries in a row lock the account for a while; every attempt is an
// audit entry that never holds a password. In a real SQLite file.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>

#include "integration/store/RawSqlite.h"
#include "integration/store/TestFiles.h"
#include "staff/PasswordHash.h"
#include "staff/StaffLogin.h"
#include "store/SqliteRecordStore.h"
#include "store/SqliteSchema.h"

namespace kiosk {
namespace {

using namespace std::chrono_literals;

constexpr std::string_view kPassword = "correct horse 7";

class StaffLoginTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = SqliteRecordStore::open(dir_.file("kiosk.db"));
        ASSERT_TRUE(opened) << opened.error().message;
        store_ = std::move(opened).value();
        auto hash = hashPassword(kPassword);
        ASSERT_TRUE(hash);
        StaffAccount sato{0, "sato", "佐藤 受付", StaffRole::Reception, *hash, false, 0, {}};
        ASSERT_TRUE(store_->addStaffAccount(sato, "admin:setup"));
    }

    LoginOutcome attempt(std::string_view login, std::string_view password, UtcTime at) {
        auto outcome = logIn(*store_, login, password, at, policy_, "desk 1");
        EXPECT_TRUE(outcome) << outcome.error().message;
        return outcome ? *outcome : LoginOutcome{};
    }

    std::vector<AuditEntry> audit() {
        auto log = store_->auditLog();
        EXPECT_TRUE(log);
        return log ? *log : std::vector<AuditEntry>{};
    }

    test::TempDir dir_;
    std::unique_ptr<SqliteRecordStore> store_;
    LoginPolicy policy_;  // five tries, fifteen minutes
    UtcTime now_ = std::chrono::sys_days{std::chrono::year{2026} / 12 / 3} + 9h;
};

TEST_F(StaffLoginTest, APasswordIsKeptOnlyAsAnArgon2idString) {
    const auto account = store_->staffAccount("sato");
    ASSERT_TRUE(account && *account);
    EXPECT_TRUE((*account)->passwordHash.starts_with("$argon2id$")) << (*account)->passwordHash;
    EXPECT_EQ((*account)->passwordHash.find(kPassword), std::string::npos);
    EXPECT_TRUE(passwordMatches((*account)->passwordHash, kPassword));
    EXPECT_FALSE(passwordMatches((*account)->passwordHash, "correct horse 8"));
    EXPECT_FALSE(passwordMatches("not a hash", kPassword));
    // The same password twice: two salts, two strings.
    EXPECT_NE(*hashPassword(kPassword), *hashPassword(kPassword));
}

TEST_F(StaffLoginTest, APasswordShorterThanEightCharactersIsRefused) {
    const auto hash = hashPassword("1234567");
    ASSERT_FALSE(hash);
    EXPECT_EQ(hash.error().kind, PasswordError::TooShort);
    EXPECT_TRUE(hashPassword("パスワード１２３"));  // eight characters, not bytes
}

TEST_F(StaffLoginTest, TheRightPasswordLogsInAndIsAudited) {
    const LoginOutcome outcome = attempt("sato", kPassword, now_);
    ASSERT_TRUE(outcome);
    EXPECT_EQ(outcome.account->role, StaffRole::Reception);
    const auto log = audit();
    ASSERT_FALSE(log.empty());
    EXPECT_EQ(log.back().action, "staff_logged_in");
    EXPECT_EQ(log.back().actor, "sato");
}

TEST_F(StaffLoginTest, FiveWrongTriesInARowLockTheAccountEvenAgainstTheRightPassword) {
    for (int i = 1; i <= 4; ++i) {
        const LoginOutcome wrong = attempt("sato", "wrong password", now_ + i * 1s);
        EXPECT_FALSE(wrong);
        EXPECT_EQ(wrong.refusal, LoginRefusal::WrongLoginOrPassword);
        EXPECT_EQ(wrong.triesLeft, 5 - i);
    }
    const LoginOutcome fifth = attempt("sato", "wrong password", now_ + 5s);
    EXPECT_EQ(fifth.refusal, LoginRefusal::Locked);
    ASSERT_TRUE(fifth.lockedUntil);
    EXPECT_EQ(*fifth.lockedUntil, now_ + 5s + 15min);
    // Locked: the right password does not open it, nor does it count.
    const LoginOutcome during = attempt("sato", kPassword, now_ + 10min);
    EXPECT_FALSE(during);
    EXPECT_EQ(during.refusal, LoginRefusal::Locked);
    // Once the time is over it does.
    EXPECT_TRUE(attempt("sato", kPassword, now_ + 5s + 15min + 1s));

    std::vector<std::string> actions;
    for (const AuditEntry& entry : audit()) {
        actions.push_back(entry.action);
        EXPECT_EQ(entry.detail.find("wrong password"), std::string::npos) << entry.detail;
        EXPECT_EQ(entry.detail.find(kPassword), std::string::npos) << entry.detail;
    }
    EXPECT_EQ(std::count(actions.begin(), actions.end(), "staff_login_failed"), 4);
    EXPECT_EQ(std::count(actions.begin(), actions.end(), "staff_account_locked"), 1);
    EXPECT_EQ(std::count(actions.begin(), actions.end(), "staff_login_refused"), 1);
    EXPECT_EQ(actions.back(), "staff_logged_in");
}

TEST_F(StaffLoginTest, ALoginBetweenWrongTriesStartsTheCountAgain) {
    for (int i = 0; i < 4; ++i) attempt("sato", "wrong password", now_);
    ASSERT_TRUE(attempt("sato", kPassword, now_));
    for (int i = 0; i < 4; ++i) EXPECT_NE(attempt("sato", "x", now_).refusal, LoginRefusal::Locked);
}

TEST_F(StaffLoginTest, AnUnknownLoginIsRefusedLikeAWrongPasswordAndNotWrittenDown) {
    const LoginOutcome unknown = attempt("sato " + std::string(kPassword), kPassword, now_);
    const LoginOutcome wrong = attempt("sato", "wrong password", now_);
    EXPECT_FALSE(unknown);
    EXPECT_EQ(unknown.refusal, wrong.refusal);
    const auto log = audit();
    const auto entry = std::find_if(log.begin(), log.end(), [](const AuditEntry& e) {
        return e.detail.starts_with("no such account");
    });
    ASSERT_NE(entry, log.end());
    // What was typed may be a password in the wrong box: not kept.
    EXPECT_EQ(entry->detail.find(kPassword), std::string::npos) << entry->detail;
    EXPECT_EQ(entry->actor, "desk 1");
}

TEST_F(StaffLoginTest, ADisabledAccountIsRefusedWithTheRightPassword) {
    ASSERT_TRUE(store_->setStaffDisabled("sato", true, "admin:setup"));
    const LoginOutcome outcome = attempt("sato", kPassword, now_);
    EXPECT_FALSE(outcome);
    EXPECT_EQ(outcome.refusal, LoginRefusal::Disabled);
    EXPECT_EQ(audit().back().detail, "account sato is disabled");
}

TEST_F(StaffLoginTest, ANewPasswordLiftsALockAndTheOldOneNoLongerWorks) {
    for (int i = 0; i < 5; ++i) attempt("sato", "wrong password", now_);
    auto hash = hashPassword("a new password 2");
    ASSERT_TRUE(hash);
    ASSERT_TRUE(store_->setStaffPassword("sato", *hash, "admin:setup"));
    EXPECT_FALSE(attempt("sato", kPassword, now_));
    EXPECT_TRUE(attempt("sato", "a new password 2", now_));
}

TEST_F(StaffLoginTest, ALoginAlreadyTakenIsAConflict) {
    auto hash = hashPassword("another password");
    ASSERT_TRUE(hash);
    const auto added = store_->addStaffAccount(
        {0, "sato", "佐藤 別人", StaffRole::Admin, *hash, false, 0, {}}, "admin:setup");
    ASSERT_FALSE(added);
    EXPECT_EQ(added.error().kind, StoreError::Conflict);
    EXPECT_EQ(store_->setStaffPassword("nobody", *hash, "admin:setup").error().kind,
              StoreError::NotFound);
}

TEST_F(StaffLoginTest, ASchemaSixFileIsUpgradedWithTheStaffAccountTable) {
    const std::string path = dir_.file("old.db");
    {
        auto old = SqliteRecordStore::open(path);
        ASSERT_TRUE(old);
    }
    // Back to what schema 6 had: no staff_accounts.
    ASSERT_EQ(test::RawSqlite(path).exec(std::string(test::kBackToSchema7) +
                                         "DROP TABLE staff_accounts; PRAGMA user_version = 6"),
              SQLITE_OK);
    auto upgraded = SqliteRecordStore::open(path);
    ASSERT_TRUE(upgraded) << upgraded.error().message;
    EXPECT_EQ(test::RawSqlite(path).text("PRAGMA user_version"),
              std::to_string(kSqliteSchemaVersion));
    auto hash = hashPassword(kPassword);
    ASSERT_TRUE(hash);
    EXPECT_TRUE((*upgraded)->addStaffAccount(
        {0, "suzuki", "鈴木", StaffRole::Admin, *hash, false, 0, {}}, "admin:setup"));
}

}  // namespace
}  // namespace kiosk
