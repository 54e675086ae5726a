#pragma once
// A program the card tests start and stop themselves (pcscd, the virtual
// card): output to a log file, stopped with SIGTERM (SIGKILL if it lingers)
// and reaped, so a failing test leaves nothing running behind it.
#include <sys/types.h>

#include <functional>
#include <string>
#include <vector>

namespace kiosk::test {

class ChildProcess {
public:
    // `inChild` runs after fork, before exec (e.g. to enter a namespace); a
    // non-zero return makes the child exit with it instead of exec.
    ChildProcess(const std::vector<std::string>& argv, const std::string& logFile,
                 const std::function<int()>& inChild = {});
    ~ChildProcess() { stop(); }
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    pid_t pid() const { return pid_; }
    bool running();
    void stop();

private:
    pid_t pid_ = -1;
};

}  // namespace kiosk::test
