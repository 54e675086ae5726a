#include <iostream>

#include "KioskApp.h"

int main(int argc, char** argv) {
    auto options = kiosk::app::parseKioskOptions({argv, argv + argc});
    if (!options) {
        (options.error().exitCode == 0 ? std::cout : std::cerr) << options.error().message;
        return options.error().exitCode;
    }
    return kiosk::app::runKiosk(*options);
}
