#pragma once
// Who is logged in at a front desk, and for how long (issue 11 item 1): a
// login through StaffLogin, a log-off on request or after the desk has been
// left untouched, so that an unattended desk never shows records. Time is
// passed in, so the rules are tested without waiting.
#include <chrono>
#include <map>
#include <optional>
#include <string>

#include "flow/IdleTimer.h"
#include "staff/StaffLogin.h"

namespace kiosk {

struct DeskPolicy {
    LoginPolicy login;
    std::chrono::minutes idleLogOff{5};
    std::string deskName = "desk";  // names the desk in the audit log for an unknown login
};

// What the login screen says after a try, as catalogue keys and values.
struct LoginMessage {
    std::string key;          // "" when nothing is to be said
    std::string lockedUntil;  // local HH:MM, for desk.login.locked
};

class DeskSession {
public:
    DeskSession(RecordStore& store, DeskPolicy policy)
        : store_(store), policy_(std::move(policy)) {}

    // Tries a login; on a refusal the message says why in words that never
    // tell an unknown login from a wrong password.
    void logIn(std::string_view login, std::string_view password, UtcTime now,
               FlowClock::time_point steadyNow);
    void logOff() { account_.reset(); }
    // Any click, tap or key while logged in.
    void activity(FlowClock::time_point now) { lastActivity_ = now; }
    // Logs off a desk left untouched for the policy's time; true when it did.
    bool logOffIfIdle(FlowClock::time_point now);

    bool loggedIn() const { return account_.has_value(); }
    const std::optional<StaffAccount>& account() const { return account_; }
    // The audit log's name for what this desk does: the staff member's login.
    std::string actor() const { return account_ ? account_->login : std::string(); }
    const LoginMessage& message() const { return message_; }
    const DeskPolicy& policy() const { return policy_; }

private:
    RecordStore& store_;
    DeskPolicy policy_;
    std::optional<StaffAccount> account_;
    FlowClock::time_point lastActivity_{};
    LoginMessage message_;
    // Logins typed that name no account: refused as often, and "locked" as
    // long, as a real one, so the desk never tells which logins exist.
    struct UnknownLoginTries {
        int failures = 0;
        std::optional<UtcTime> lockedUntil;
    };
    std::map<std::string, UnknownLoginTries, std::less<>> unknownLogins_;
};

}  // namespace kiosk
