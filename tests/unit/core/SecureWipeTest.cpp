#include "core/SecureWipe.h"

#include <gtest/gtest.h>

#include <vector>

TEST(SecureWipe, OverwritesAndEmptiesAString) {
    std::string secret = "1234";
    const char* bytes = secret.data();
    kiosk::secureWipe(secret);
    EXPECT_TRUE(secret.empty());
    EXPECT_EQ(bytes[0], '\0');  // the short-string buffer itself was overwritten
}

TEST(SecureWipe, EmptyBuffersWithoutStorageAreFine) {
    std::vector<unsigned char> none;
    kiosk::secureWipe(none.data(), none.size());  // data() may be null
    std::string empty;
    kiosk::secureWipe(empty);
    EXPECT_TRUE(empty.empty());
}
