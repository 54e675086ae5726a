#pragma once
// A member of staff who may log in to the front desk (issue 11 item 1). The
// password is kept only as libsodium's argon2id string (staff/PasswordHash),
// never plain or reversible; the login names the person in the audit log.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>

#include "UtcTime.h"
#include "core/EnumNames.h"

namespace kiosk {

enum class StaffRole {
    Reception,  // the desk: records, staff actions, printing, exports
    Admin,      // and the form templates
};

template <>
struct EnumNames<StaffRole> {
    static constexpr std::pair<StaffRole, std::string_view> table[] = {
        {StaffRole::Reception, "reception"},
        {StaffRole::Admin, "admin"},
    };
};

struct StaffAccount {
    std::int64_t id = 0;
    std::string login;  // unique; what is typed at the login screen
    std::string displayName;
    StaffRole role = StaffRole::Reception;
    std::string passwordHash;  // crypto_pwhash_str (argon2id)
    bool disabled = false;
    int failedLogins = 0;  // wrong passwords since the last login or lock
    std::optional<UtcTime> lockedUntil;

    bool operator==(const StaffAccount&) const = default;
};

}  // namespace kiosk
