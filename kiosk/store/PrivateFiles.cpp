#include "PrivateFiles.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace kiosk {

namespace fs = std::filesystem;

namespace {

StoreError cannotCreate(const fs::path& path, int error) {
    return StoreError{StoreError::CannotOpen,
                      path.string() + ": cannot create (" + std::strerror(error) + ")"};
}

// A shell word: the path in single quotes, any quote in it closed and escaped.
std::string quoted(const fs::path& path) {
    std::string word = "'";
    for (char c : path.string()) word += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return word + "'";
}

}  // namespace

Status<StoreError> createPrivateFolder(const fs::path& folder) {
    if (folder.empty()) return Done{};
    std::vector<fs::path> missing;
    std::error_code ec;
    for (fs::path at = fs::absolute(folder, ec); !at.empty() && !fs::exists(at, ec);
         at = at.parent_path()) {
        missing.push_back(at);
        if (at == at.parent_path()) break;
    }
    for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
        if (::mkdir(it->c_str(), 0700) != 0 && errno != EEXIST)
            return fail(cannotCreate(*it, errno));
    }
    return Done{};
}

Status<StoreError> createPrivateFile(const fs::path& file) {
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::close(fd);
        return Done{};
    }
    if (errno == EEXIST) return Done{};
    return fail(cannotCreate(file, errno));
}

std::optional<std::string> exposedRecordFile(const fs::path& database) {
    std::vector<std::string> exposed;
    std::string fix;
    const auto check = [&](const fs::path& path, mode_t open, const char* mode) {
        struct stat st {};
        if (::stat(path.c_str(), &st) != 0 || (st.st_mode & open) == 0) return;
        exposed.push_back(path.string());
        fix += std::string(fix.empty() ? "" : " && ") + "chmod " + mode + " " + quoted(path);
    };
    // Group access is left to the clinic (a staff group); others never. A
    // folder others may write to lets them replace the file.
    check(database.parent_path().empty() ? fs::path(".") : database.parent_path(), S_IWOTH, "o-w");
    for (const char* suffix : {"", "-wal", "-shm"}) {
        check(fs::path(database.string() + suffix), S_IROTH | S_IWOTH, "o-rw");
    }
    if (exposed.empty()) return std::nullopt;
    std::string message = "other accounts on this computer can open ";
    for (std::size_t i = 0; i < exposed.size(); ++i) {
        message += (i == 0 ? "" : ", ") + exposed[i];
    }
    return message + "; to close it: " + fix;
}

}  // namespace kiosk
