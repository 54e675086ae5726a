#pragma once
// One line of the append-only audit log: who changed what, when.
#include <cstdint>
#include <optional>
#include <string>

#include "UtcTime.h"

namespace kiosk {

struct AuditEntry {
    std::int64_t id = 0;  // increases in the order entries were written
    UtcTime at;
    std::string actor;   // staff member or device, as the caller named it
    std::string action;  // e.g. "create", "update", "add_attachment"
    std::optional<std::int64_t> recordId;
    std::string detail;  // non-personal, e.g. "status open→closed"

    bool operator==(const AuditEntry&) const = default;
};

}  // namespace kiosk
