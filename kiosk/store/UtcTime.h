#pragma once
// Instants in UTC at millisecond resolution, as the store keeps them: ISO 8601
// text ("2025-12-24T09:30:00.250Z") that sorts in time order and reads the
// same in any database.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk {

using UtcTime = std::chrono::sys_time<std::chrono::milliseconds>;

UtcTime utcNow();
std::string formatUtc(UtcTime time);
// Only the exact form formatUtc writes.
std::optional<UtcTime> parseUtc(std::string_view text);
// "HH:MM" on this machine's clock, as the desk shows a time.
std::string localClockText(UtcTime time);
// "YYYY-MM-DD HH:MM" on this machine's clock.
std::string localDateTimeText(UtcTime time);

}  // namespace kiosk
