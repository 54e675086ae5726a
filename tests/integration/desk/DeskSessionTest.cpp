// Issue 11 item 1: a desk logs staff in through StaffLogin, says why a login
// was refused without telling an unknown login from a wrong password, and
// logs off by itself when left untouched.
#include <gtest/gtest.h>

#include "desk/DeskSession.h"
#include "integration/store/StoreFileTest.h"
#include "staff/PasswordHash.h"

namespace kiosk {
namespace {

using namespace std::chrono_literals;

class DeskSessionTest : public test::StoreFileTest {
protected:
    void SetUp() override {
        store_ = openStore();
        ASSERT_TRUE(store_);
        auto hash = hashPassword("kiosk-desk-7");
        ASSERT_TRUE(hash);
        ASSERT_TRUE(store_->addStaffAccount(
            {0, "sato", "佐藤", StaffRole::Reception, *hash, false, 0, {}}, "admin:setup"));
    }

    std::unique_ptr<SqliteRecordStore> store_;
    UtcTime now_ = std::chrono::sys_days{std::chrono::year{2026} / 12 / 3} + 9h;
    FlowClock::time_point steady_{};
};

TEST_F(DeskSessionTest, TheRightPasswordLogsInAndNamesTheActor) {
    DeskSession desk(*store_, {});
    desk.logIn("sato", "kiosk-desk-7", now_, steady_);
    ASSERT_TRUE(desk.loggedIn());
    EXPECT_EQ(desk.actor(), "sato");
    EXPECT_EQ(desk.account()->displayName, "佐藤");
    EXPECT_TRUE(desk.message().key.empty());
    desk.logOff();
    EXPECT_FALSE(desk.loggedIn());
    EXPECT_TRUE(desk.actor().empty());
}

TEST_F(DeskSessionTest, AnUnknownLoginAndAWrongPasswordSayTheSame) {
    DeskSession desk(*store_, {});
    desk.logIn("sato", "wrong", now_, steady_);
    const LoginMessage wrongPassword = desk.message();
    desk.logIn("nobody", "kiosk-desk-7", now_, steady_);
    EXPECT_FALSE(desk.loggedIn());
    EXPECT_EQ(desk.message().key, "desk.login.wrong");
    EXPECT_EQ(desk.message().key, wrongPassword.key);
    EXPECT_EQ(desk.message().lockedUntil, wrongPassword.lockedUntil);
    desk.logIn("", "", now_, steady_);
    EXPECT_EQ(desk.message().key, "desk.login.fill_in");
}

// An unknown login locks after as many tries as a real one, for as long:
// the lock message must not tell which logins exist.
TEST_F(DeskSessionTest, AnUnknownLoginLocksLikeARealOne) {
    DeskSession desk(*store_, {});
    std::vector<std::string> real, unknown;
    for (int i = 0; i < 6; ++i) {
        desk.logIn("sato", "wrong", now_, steady_);
        real.push_back(desk.message().key);
        desk.logIn("satou", "wrong", now_, steady_);
        unknown.push_back(desk.message().key);
    }
    EXPECT_EQ(unknown, real);
    EXPECT_EQ(real.back(), "desk.login.locked");
    desk.logIn("satou", "wrong", now_ + 16min, steady_);
    EXPECT_EQ(desk.message().key, "desk.login.wrong") << "the lock ends like a real one's";
}

TEST_F(DeskSessionTest, TheFifthWrongPasswordLocksAndSaysUntilWhen) {
    DeskSession desk(*store_, {});
    for (int i = 0; i < 5; ++i) desk.logIn("sato", "wrong", now_, steady_);
    EXPECT_EQ(desk.message().key, "desk.login.locked");
    EXPECT_EQ(desk.message().lockedUntil.size(), 5u) << desk.message().lockedUntil;  // HH:MM
    desk.logIn("sato", "kiosk-desk-7", now_ + 1min, steady_);
    EXPECT_FALSE(desk.loggedIn()) << "locked: even the right password waits";
    desk.logIn("sato", "kiosk-desk-7", now_ + 16min, steady_);
    EXPECT_TRUE(desk.loggedIn());
}

TEST_F(DeskSessionTest, ADeskLeftUntouchedLogsOffAndSaysSo) {
    DeskPolicy policy;
    policy.idleLogOff = 5min;
    DeskSession desk(*store_, policy);
    desk.logIn("sato", "kiosk-desk-7", now_, steady_);
    ASSERT_TRUE(desk.loggedIn());
    desk.activity(steady_ + 3min);
    EXPECT_FALSE(desk.logOffIfIdle(steady_ + 7min)) << "touched three minutes in";
    EXPECT_TRUE(desk.logOffIfIdle(steady_ + 8min));
    EXPECT_FALSE(desk.loggedIn());
    EXPECT_EQ(desk.message().key, "desk.login.idle_logged_off");
}

TEST_F(DeskSessionTest, ADisabledAccountIsRefused) {
    ASSERT_TRUE(store_->setStaffDisabled("sato", true, "admin:setup"));
    DeskSession desk(*store_, {});
    desk.logIn("sato", "kiosk-desk-7", now_, steady_);
    EXPECT_FALSE(desk.loggedIn());
    EXPECT_EQ(desk.message().key, "desk.login.disabled");
}

}  // namespace
}  // namespace kiosk
