#include "VirtualCardProcess.h"

#include <fstream>

namespace kiosk::test {

namespace {

std::vector<std::string> cardCommand(int port, const std::string& apduLog,
                                     const std::vector<std::string>& options) {
    std::vector<std::string> argv{
        "python3", KIOSK_SOURCE_DIR "/tests/integration/eligibility/card/virtual_mynumber_card.py",
        "--port",  std::to_string(port),
        "--log",   apduLog};
    argv.insert(argv.end(), options.begin(), options.end());
    return argv;
}

}  // namespace

VirtualCardProcess::VirtualCardProcess(int port, const std::vector<std::string>& options)
    : apduLog_(dir_.file("apdus.log")),
      process_(cardCommand(port, apduLog_, options), dir_.file("card.log")) {}

std::vector<std::string> VirtualCardProcess::apdus() const {
    std::vector<std::string> lines;
    std::ifstream in(apduLog_);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

}  // namespace kiosk::test
