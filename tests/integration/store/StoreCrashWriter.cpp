// Helper for StoreCrashTest: creates sample records in `DB` until killed.
// A line "ID SEED" is printed, and flushed, only after create() returned
// success, so every printed id is one the store acknowledged as saved.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "SampleRecords.h"
#include "store/SqliteRecordStore.h"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s DB FIRST_SEED\n", argv[0]);
        return 2;
    }
    auto store = kiosk::SqliteRecordStore::open(argv[1]);
    if (!store) {
        std::fprintf(stderr, "%s\n", store.error().message.c_str());
        return 1;
    }
    for (long long seed = std::atoll(argv[2]);; ++seed) {
        auto id = (*store)->create(kiosk::test::sampleRecord(seed), "crash-writer");
        if (!id) {
            std::fprintf(stderr, "%s\n", id.error().message.c_str());
            return 1;
        }
        std::printf("%lld %lld\n", static_cast<long long>(*id), seed);
        std::fflush(stdout);
    }
}
