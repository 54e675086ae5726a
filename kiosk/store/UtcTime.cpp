#include "UtcTime.h"

#include <cstdio>
#include <ctime>

#include "core/CivilDate.h"

namespace kiosk {

using std::chrono::milliseconds;

UtcTime utcNow() {
    return std::chrono::time_point_cast<milliseconds>(std::chrono::system_clock::now());
}

std::string formatUtc(UtcTime time) {
    auto days = std::chrono::floor<std::chrono::days>(time);
    auto date = CivilDate::fromDayNumber(days.time_since_epoch().count());
    auto ms = (time - days).count();
    char text[32];
    std::snprintf(text, sizeof text, "%sT%02d:%02d:%02d.%03dZ", date.iso().c_str(),
                  static_cast<int>(ms / 3'600'000), static_cast<int>(ms / 60'000 % 60),
                  static_cast<int>(ms / 1000 % 60), static_cast<int>(ms % 1000));
    return text;
}

std::optional<UtcTime> parseUtc(std::string_view text) {
    if (text.size() != 24 || text[10] != 'T' || text[23] != 'Z') return std::nullopt;
    auto date = CivilDate::parse(text.substr(0, 10));
    int h = 0, m = 0, s = 0, ms = 0, used = 0;
    std::string clock(text.substr(11, 12));
    if (!date || std::sscanf(clock.c_str(), "%2d:%2d:%2d.%3d%n", &h, &m, &s, &ms, &used) != 4 ||
        used != 12 || h > 23 || m > 59 || s > 59 || h < 0 || m < 0 || s < 0 || ms < 0) {
        return std::nullopt;
    }
    return UtcTime(milliseconds(date->dayNumber() * 86'400'000 +
                                ((h * 60 + m) * 60 + s) * std::int64_t{1000} + ms));
}

namespace {

std::string localText(UtcTime time, const char* format) {
    const std::time_t seconds = std::chrono::system_clock::to_time_t(time);
    std::tm local{};
    ::localtime_r(&seconds, &local);
    char text[32];
    std::strftime(text, sizeof text, format, &local);
    return text;
}

}  // namespace

std::string localClockText(UtcTime time) {
    return localText(time, "%H:%M");
}

std::string localDateTimeText(UtcTime time) {
    return localText(time, "%Y-%m-%d %H:%M");
}

}  // namespace kiosk
