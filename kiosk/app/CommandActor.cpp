#include "CommandActor.h"

#include <pwd.h>
#include <unistd.h>

namespace kiosk::app {

std::string commandActor() {
    const passwd* user = ::getpwuid(::getuid());
    return "kioskctl:" +
           (user != nullptr ? std::string(user->pw_name) : std::to_string(::getuid()));
}

}  // namespace kiosk::app
