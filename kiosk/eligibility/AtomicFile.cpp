#include "AtomicFile.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace kiosk {

namespace {

EligibilityError ioError(const std::filesystem::path& path, const char* what, int err) {
    return {EligibilityError::Io, path.string() + ": " + what + ": " + std::strerror(err)};
}

}  // namespace

Status<EligibilityError> writeFileAtomically(const std::filesystem::path& path,
                                             std::string_view bytes) {
    // A leading dot and a suffix keep the terminal (and our watcher) from
    // picking the temporary file up by its name.
    const auto temp = path.parent_path() / ("." + path.filename().string() + ".tmp");
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return fail(ioError(temp, "cannot create", errno));
    std::size_t written = 0;
    while (written < bytes.size()) {
        const auto n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            const int err = errno;
            ::close(fd);
            ::unlink(temp.c_str());
            return fail(ioError(temp, "cannot write", err));
        }
        written += static_cast<std::size_t>(n);
    }
    const int synced = ::fsync(fd) == 0 ? 0 : errno;
    const int closed = ::close(fd) == 0 ? 0 : errno;
    if (synced != 0 || closed != 0) {
        const int err = synced != 0 ? synced : closed;
        ::unlink(temp.c_str());
        return fail(ioError(temp, "cannot flush", err));
    }
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(temp.c_str());
        return fail(ioError(path, "cannot rename into place", err));
    }
    return Done{};
}

}  // namespace kiosk
