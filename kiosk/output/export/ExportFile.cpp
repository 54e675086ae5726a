#include "ExportFile.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace kiosk {

namespace {

ExportFileError failure(const std::filesystem::path& path, const char* what, int error) {
    return {path.string() + ": " + what + ": " + std::strerror(error)};
}

}  // namespace

Status<ExportFileError> writeExportFile(const std::filesystem::path& path, std::string_view bytes) {
    const std::filesystem::path folder = path.parent_path().empty() ? "." : path.parent_path();
    std::string temporary = (folder / ("." + path.filename().string() + ".XXXXXX")).string();
    // mkstemp creates the file 0600 whatever the umask.
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC);
    if (fd < 0) return fail(failure(path, "cannot create a file there", errno));
    const auto abandon = [&](const char* what) {
        const int error = errno;
        ::close(fd);
        ::unlink(temporary.c_str());
        return failure(path, what, error);
    };
    for (std::size_t done = 0; done < bytes.size();) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            return fail(abandon("cannot write (is the disk full?)"));
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) return fail(abandon("cannot write it to disk"));
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(temporary.c_str());
        return fail(failure(path, "cannot write it to disk", error));
    }
    if (::rename(temporary.c_str(), path.c_str()) != 0) {
        const int error = errno;
        ::unlink(temporary.c_str());
        return fail(failure(path, "cannot put it in place", error));
    }
    return Done{};
}

}  // namespace kiosk
