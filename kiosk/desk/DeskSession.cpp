#include "DeskSession.h"

namespace kiosk {

void DeskSession::logIn(std::string_view login, std::string_view password, UtcTime now,
                        FlowClock::time_point steadyNow) {
    account_.reset();
    message_ = {};
    if (login.empty() || password.empty()) {
        message_.key = "desk.login.fill_in";
        return;
    }
    auto outcome = kiosk::logIn(store_, login, password, now, policy_.login, policy_.deskName);
    if (!outcome) {
        message_.key = "desk.login.store_failed";
        return;
    }
    if (*outcome) {
        account_ = outcome->account;
        lastActivity_ = steadyNow;
        return;
    }
    // An unknown login is counted here like a known one in the store.
    const auto account = store_.staffAccount(login);
    const bool known = !account || account->has_value();
    if (!known && outcome->refusal == LoginRefusal::WrongLoginOrPassword) {
        UnknownLoginTries& tries = unknownLogins_[std::string(login)];
        if (tries.lockedUntil && *tries.lockedUntil <= now) tries = {};
        if (!tries.lockedUntil && ++tries.failures >= policy_.login.maxFailures) {
            tries.lockedUntil = now + policy_.login.lockFor;
        }
        if (tries.lockedUntil) {
            outcome->refusal = LoginRefusal::Locked;
            outcome->lockedUntil = tries.lockedUntil;
        }
    }
    switch (outcome->refusal) {
        case LoginRefusal::Locked:
            message_.key = "desk.login.locked";
            if (outcome->lockedUntil) message_.lockedUntil = localClockText(*outcome->lockedUntil);
            break;
        case LoginRefusal::Disabled:
            message_.key = "desk.login.disabled";
            break;
        case LoginRefusal::WrongLoginOrPassword:
            // No count of tries left: an unknown login has none, and the
            // difference would tell which logins exist.
            message_.key = "desk.login.wrong";
            break;
    }
}

bool DeskSession::logOffIfIdle(FlowClock::time_point now) {
    if (!account_ || now - lastActivity_ < policy_.idleLogOff) return false;
    logOff();
    message_.key = "desk.login.idle_logged_off";
    return true;
}

}  // namespace kiosk
