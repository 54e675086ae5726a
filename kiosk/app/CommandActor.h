#pragma once
// Who runs a kioskctl command, as the audit log names them: the system
// account ("kioskctl:reception"), since a command has no staff login.
#include <string>

namespace kiosk::app {

std::string commandActor();

}  // namespace kiosk::app
