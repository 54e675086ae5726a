#include "SecureWipe.h"

#include <string.h>

namespace kiosk {

void secureWipe(void* data, std::size_t size) {
    // An empty buffer may have no storage at all; explicit_bzero wants a pointer.
    if (data == nullptr || size == 0) return;
    explicit_bzero(data, size);
}

void secureWipe(std::string& secret) {
    secureWipe(secret.data(), secret.size());
    secret.clear();
}

}  // namespace kiosk
