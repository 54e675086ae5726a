#include "PasswordHash.h"

#include <sodium.h>

namespace kiosk {

namespace {

bool sodiumReady() {
    static const bool ready = sodium_init() >= 0;  // once, thread-safe
    return ready;
}

std::size_t codePoints(std::string_view utf8) {
    std::size_t count = 0;
    for (unsigned char c : utf8) count += (c & 0xC0) != 0x80 ? 1 : 0;
    return count;
}

}  // namespace

Result<std::string, PasswordError> hashPassword(std::string_view password) {
    if (codePoints(password) < kShortestPassword) {
        return fail(PasswordError{
            PasswordError::TooShort,
            "a password needs at least " + std::to_string(kShortestPassword) + " characters"});
    }
    char hash[crypto_pwhash_STRBYTES];
    if (!sodiumReady() || crypto_pwhash_str_alg(hash, password.data(), password.size(),
                                                crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                                crypto_pwhash_MEMLIMIT_INTERACTIVE,
                                                crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return fail(
            PasswordError{PasswordError::OutOfMemory, "not enough memory to protect the password"});
    }
    return std::string(hash);
}

bool passwordMatches(std::string_view hash, std::string_view password) {
    // crypto_pwhash_str_verify wants a NUL-terminated string of its size.
    if (!sodiumReady() || hash.size() >= crypto_pwhash_STRBYTES) return false;
    const std::string terminated(hash);
    return crypto_pwhash_str_verify(terminated.c_str(), password.data(), password.size()) == 0;
}

}  // namespace kiosk
