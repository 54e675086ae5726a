#pragma once
// Staff passwords as libsodium keeps them: argon2id with the "interactive"
// cost (64 MiB, about 0.1 s here), salted, in one self-describing string.
// Never a plain or reversible form.
#include <string>
#include <string_view>

#include "core/Result.h"

namespace kiosk {

struct PasswordError {
    enum Kind {
        TooShort,     // fewer than kShortestPassword characters
        OutOfMemory,  // argon2id could not get its memory
    } kind;
    std::string message;
};

inline constexpr std::size_t kShortestPassword = 8;  // characters (code points)

Result<std::string, PasswordError> hashPassword(std::string_view password);
// False for a wrong password and for a hash that is not one of ours.
bool passwordMatches(std::string_view hash, std::string_view password);

}  // namespace kiosk
