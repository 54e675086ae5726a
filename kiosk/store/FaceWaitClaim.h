#pragma once
// A kiosk waiting for a face-reader answer (DOMAIN.md §7), as kept in the
// store while it waits. Kiosks sharing the store see each other's waits, so
// an answer goes to a kiosk only when it is the one waiting for that reader:
// two kiosks configured alike take nothing rather than each other's patient.
#include <cstdint>
#include <string>

#include "UtcTime.h"

namespace kiosk {

struct FaceWaitClaim {
    std::int64_t id = 0;
    std::string faceDir;   // the folder watched, as an absolute path
    std::string readerId;  // "" when the kiosk takes any answer in faceDir
    std::string owner;     // host and process, for staff reading a conflict
    UtcTime heartbeat;     // refreshed while the wait lasts

    bool operator==(const FaceWaitClaim&) const = default;
};

}  // namespace kiosk
