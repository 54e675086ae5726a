#pragma once
// Runs a program the way a person at a shell would, for tests of the real
// binaries (kioskctl) and of real tools (poppler-utils, zbarimg).
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>

namespace kiosk::test {

struct CommandRun {
    int exitCode = -1;
    std::string out;
};

// Which of the program's streams the test reads.
enum class Streams { OutAndErr, OutOnly, ErrOnly };

inline const char* redirection(Streams streams) {
    switch (streams) {
        case Streams::OutAndErr:
            return " 2>&1";
        case Streams::OutOnly:
            return " 2>/dev/null";
        case Streams::ErrOnly:
            return " 2>&1 >/dev/null";
    }
    return "";
}

inline CommandRun runCommand(const std::string& command, Streams streams) {
    CommandRun run;
    FILE* pipe = popen((command + redirection(streams)).c_str(), "r");
    if (pipe == nullptr) return run;
    std::array<char, 4096> buffer{};
    while (std::size_t n = fread(buffer.data(), 1, buffer.size(), pipe)) {
        run.out.append(buffer.data(), n);
    }
    const int status = pclose(pipe);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

// stdout, and stderr too unless `stderrToo` is false (tools that chat there).
inline CommandRun runCommand(const std::string& command, bool stderrToo = true) {
    return runCommand(command, stderrToo ? Streams::OutAndErr : Streams::OutOnly);
}

// The kioskctl built with this test.
inline CommandRun runKioskctl(const std::string& args, Streams streams = Streams::OutAndErr) {
    return runCommand(std::string(KIOSK_BIN_DIR) + "/kioskctl " + args, streams);
}

}  // namespace kiosk::test
