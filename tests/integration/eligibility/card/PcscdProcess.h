#pragma once
// A pcscd of the test's own, with vsmartcard-vpcd as its only reader driver.
// It runs in a private mount namespace where /run/pcscd is a directory of
// this test process, and the client library is pointed there through
// PCSCLITE_CSOCK_NAME: a system pcscd, or another test's, is never touched.
// vpcd listens on two free ports (readers "Virtual PCD 00 00" and "00 01").
#include <memory>
#include <string>

#include "ChildProcess.h"
#include "integration/store/TestFiles.h"

namespace kiosk::test {

inline const std::string kVirtualReader = "Virtual PCD 00 00";

class PcscdProcess {
public:
    enum class Readers { VirtualPcd, None };

    explicit PcscdProcess(Readers readers = Readers::VirtualPcd);

    // The port a virtual card connects to for kVirtualReader.
    int cardPort() const { return port_; }
    // True once the service answers and lists its readers.
    bool ready() const { return ready_; }
    const std::string& log() const { return log_; }
    void stop() { process_.reset(); }

private:
    TempDir dir_;
    int port_ = 0;
    std::string log_;
    std::unique_ptr<ChildProcess> process_;
    bool ready_ = false;
};

}  // namespace kiosk::test
