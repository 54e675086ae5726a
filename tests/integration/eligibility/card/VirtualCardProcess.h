#pragma once
// virtual_mynumber_card.py in the virtual reader: started with its options
// (see its --help), pulled out by stopping it. Its APDU log shows what the
// reader really sent.
#include <string>
#include <vector>

#include "ChildProcess.h"
#include "integration/store/TestFiles.h"

namespace kiosk::test {

class VirtualCardProcess {
public:
    VirtualCardProcess(int port, const std::vector<std::string>& options = {});

    // Command APDUs received so far, upper-case hex, one per entry.
    std::vector<std::string> apdus() const;
    void pull() { process_.stop(); }

private:
    TempDir dir_;
    std::string apduLog_;
    ChildProcess process_;
};

}  // namespace kiosk::test
