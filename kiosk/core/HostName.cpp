#include "HostName.h"

#include <unistd.h>

namespace kiosk {

std::string hostName() {
    char host[256] = {};
    if (::gethostname(host, sizeof host - 1) != 0) return "";
    return host;
}

}  // namespace kiosk
