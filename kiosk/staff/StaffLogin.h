#pragma once
// Logging in to the front desk (issue 11 item 1): the password checked
// against its argon2id hash, five wrong tries in a row lock the account for
// a while, and every attempt is an audit entry. What a refusal says never
// tells an unknown login from a wrong password.
#include <chrono>
#include <optional>
#include <string_view>

#include "store/RecordStore.h"

namespace kiosk {

struct LoginPolicy {
    int maxFailures = 5;               // wrong tries in a row before a lock
    std::chrono::minutes lockFor{15};  // configurable (desk option)
};

enum class LoginRefusal {
    WrongLoginOrPassword,
    Locked,    // until `lockedUntil`; the password was not even checked
    Disabled,  // the right password for an account an admin disabled
};

struct LoginOutcome {
    std::optional<StaffAccount> account;  // set when logged in
    LoginRefusal refusal = LoginRefusal::WrongLoginOrPassword;
    std::optional<UtcTime> lockedUntil;
    int triesLeft = 0;  // before a lock, after a wrong password
    explicit operator bool() const { return account.has_value(); }
};

// `where` names the desk or command in the audit log when the login is unknown.
StoreResult<LoginOutcome> logIn(RecordStore& store, std::string_view login,
                                std::string_view password, UtcTime now, const LoginPolicy& policy,
                                std::string_view where);

}  // namespace kiosk
