#include "PcscdProcess.h"

#include <netinet/in.h>
#include <sched.h>
#include <stdlib.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <thread>

#include "eligibility/card/PcscContext.h"

namespace kiosk::test {

namespace {

// The client library reads PCSCLITE_CSOCK_NAME once per process: one socket
// directory for every pcscd this test process starts, one at a time.
const std::string& socketDirectory() {
    static const TempDir dir;
    static const std::string path = [] {
        const std::string socket = dir.file("run/pcscd.comm");
        std::filesystem::create_directories(dir.file("run"));
        setenv("PCSCLITE_CSOCK_NAME", socket.c_str(), 1);
        return dir.file("run");
    }();
    return path;
}

bool canListenOn(int port) {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    const bool ok = bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    close(fd);
    return ok;
}

// Two consecutive free ports: vpcd takes one per reader.
int freePortPair() {
    for (int attempt = 0; attempt < 50; ++attempt) {
        const int fd = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        socklen_t length = sizeof address;
        bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
        getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
        close(fd);
        const int port = ntohs(address.sin_port);
        if (port < 65535 && canListenOn(port) && canListenOn(port + 1)) return port;
    }
    return 0;
}

// In the child, before exec: /run/pcscd becomes our directory, for pcscd only.
int enterPrivateRunDirectory(const std::string& runDir) {
    if (unshare(CLONE_NEWNS) != 0) return perror("unshare(CLONE_NEWNS)"), 90;
    if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
        return perror("mount --make-rprivate /"), 91;
    }
    mkdir("/run/pcscd", 0755);
    if (mount(runDir.c_str(), "/run/pcscd", nullptr, MS_BIND, nullptr) != 0) {
        return perror("mount --bind /run/pcscd"), 92;
    }
    return 0;
}

}  // namespace

PcscdProcess::PcscdProcess(Readers readers) {
    const std::string runDir = socketDirectory();
    const std::string confDir = dir_.file("reader.conf.d");
    std::filesystem::create_directories(confDir);
    if (readers == Readers::VirtualPcd) {
        port_ = freePortPair();
        char channel[16];
        std::snprintf(channel, sizeof channel, "0x%04X", port_);
        std::ofstream(confDir + "/vpcd") << "FRIENDLYNAME \"Virtual PCD\"\n"
                                         << "DEVICENAME /dev/null:" << channel << "\n"
                                         << "LIBPATH /usr/lib/pcsc/drivers/serial/libifdvpcd.so\n"
                                         << "CHANNELID " << channel << "\n";
    }
    log_ = dir_.file("pcscd.log");
    process_ = std::make_unique<ChildProcess>(
        std::vector<std::string>{"/usr/sbin/pcscd", "--foreground", "--config", confDir}, log_,
        [runDir] { return enterPrivateRunDirectory(runDir); });

    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!ready_ && process_->running() && std::chrono::steady_clock::now() < deadline) {
        if (auto pcsc = PcscContext::establish()) {
            auto names = pcsc->readers();
            ready_ = readers == Readers::None ? !names : names && names->front() == kVirtualReader;
        }
        if (!ready_) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

}  // namespace kiosk::test
