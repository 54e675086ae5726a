#include "LocalDate.h"

#include <ctime>

namespace kiosk::app {

CivilDate localToday() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return *CivilDate::make(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

}  // namespace kiosk::app
