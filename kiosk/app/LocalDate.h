#pragma once
#include "core/CivilDate.h"

namespace kiosk::app {

// Today in the machine's local time zone: the visit date of a check-in.
CivilDate localToday();

}  // namespace kiosk::app
