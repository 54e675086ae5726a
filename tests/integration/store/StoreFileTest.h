#pragma once
// A fixture for tests on a real SQLite record file in a fresh folder, opened
// as often as a test wants (each open is another connection, as another
// kiosk or the desk would have).
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "TestFiles.h"
#include "store/SqliteRecordStore.h"

namespace kiosk::test {

class StoreFileTest : public ::testing::Test {
protected:
    // A new connection to the file; null (and a failed test) if it would not open.
    std::unique_ptr<SqliteRecordStore> openStore() {
        auto store = SqliteRecordStore::open(path_);
        EXPECT_TRUE(store) << store.error().message;
        return store ? std::move(store).value() : nullptr;
    }

    TempDir dir_;
    std::string path_ = dir_.file("records.sqlite");
};

}  // namespace kiosk::test
