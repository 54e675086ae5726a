#include "StaffLogin.h"

#include "PasswordHash.h"

namespace kiosk {

namespace {

// An unknown login costs one hash check too, so that the time taken does
// not tell it from a known one.
void spendAHashCheck(std::string_view password) {
    static const auto decoy = hashPassword("decoy-password");
    if (!decoy) return;
    (void)passwordMatches(*decoy, password);
}

}  // namespace

StoreResult<LoginOutcome> logIn(RecordStore& store, std::string_view login,
                                std::string_view password, UtcTime now, const LoginPolicy& policy,
                                std::string_view where) {
    auto found = store.staffAccount(login);
    if (!found) return fail(found.error());
    LoginOutcome outcome;
    if (!*found) {
        spendAHashCheck(password);
        if (auto noted = store.noteUnknownLogin(where); !noted) return fail(noted.error());
        return outcome;
    }
    const StaffAccount& account = **found;
    const bool locked = account.lockedUntil && *account.lockedUntil > now;
    if (!locked && passwordMatches(account.passwordHash, password)) {
        if (account.disabled) {
            outcome.refusal = LoginRefusal::Disabled;
            if (auto noted = store.noteDisabledLogin(login); !noted) return fail(noted.error());
            return outcome;
        }
        auto after = store.noteLoginSucceeded(login);
        if (!after) return fail(after.error());
        outcome.account = std::move(after).value();
        return outcome;
    }
    auto after = store.noteLoginFailed(login, policy.maxFailures, now, policy.lockFor);
    if (!after) return fail(after.error());
    if (after->lockedUntil && *after->lockedUntil > now) {
        outcome.refusal = LoginRefusal::Locked;
        outcome.lockedUntil = after->lockedUntil;
    } else {
        outcome.triesLeft = policy.maxFailures - after->failedLogins;
    }
    return outcome;
}

}  // namespace kiosk
