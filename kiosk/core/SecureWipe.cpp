#include "SecureWipe.h"

#include <string.h>

namespace kiosk {

void secureWipe(void* data, std::size_t size) {
    explicit_bzero(data, size);
}

void secureWipe(std::string& secret) {
    secureWipe(secret.data(), secret.size());
    secret.clear();
}

}  // namespace kiosk
