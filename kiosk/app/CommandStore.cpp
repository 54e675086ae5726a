#include "CommandStore.h"

#include <iostream>

#include "store/PrivateFiles.h"

namespace kiosk::app {

std::unique_ptr<SqliteRecordStore> openCommandStore(const std::filesystem::path& dbPath) {
    auto store = SqliteRecordStore::open(dbPath.string());
    if (!store) {
        std::cerr << "kioskctl: " << store.error().message << "\n";
        return nullptr;
    }
    if (auto exposed = exposedRecordFile(dbPath)) std::cerr << "kioskctl: " << *exposed << "\n";
    return std::move(store).value();
}

}  // namespace kiosk::app
