#pragma once
// This machine's network name: it tells kiosks apart in face-reader waits
// and staff calls.
#include <string>

namespace kiosk {

// Empty when the system cannot tell.
std::string hostName();

}  // namespace kiosk
