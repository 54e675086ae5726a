#include "RecordFile.h"

#include <iostream>

#include "store/PrivateFiles.h"

namespace kiosk::app {

std::unique_ptr<SqliteRecordStore> openRecordFile(const std::filesystem::path& dbPath,
                                                  std::string_view program, MissingFolder missing) {
    if (missing == MissingFolder::Create) {
        if (auto made = createPrivateFolder(dbPath.parent_path()); !made) {
            std::cerr << program << ": " << made.error().message << "\n";
            return nullptr;
        }
    }
    auto store = SqliteRecordStore::open(dbPath.string());
    if (!store) {
        std::cerr << program << ": " << store.error().message << "\n";
        return nullptr;
    }
    if (auto exposed = exposedRecordFile(dbPath)) std::cerr << program << ": " << *exposed << "\n";
    return std::move(store).value();
}

}  // namespace kiosk::app
