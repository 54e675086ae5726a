// Helper for StoreCrashTest: saves samples in `DB` until killed, alternately
// whole check-ins (createCheckIn: record, signature, terminal answer and
// follow-ups, as the kiosk saves them) and bare records (create).
// A line "ID SEED" is printed, and flushed, only after the call returned
// success, so every printed id is one the store acknowledged as saved.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "SampleRecords.h"
#include "store/SqliteRecordStore.h"

namespace {

kiosk::StoreResult<std::int64_t> save(kiosk::RecordStore& store, std::int64_t seed) {
    constexpr const char* kActor = "crash-writer";
    if (!kiosk::test::savedWithParts(seed)) {
        return store.create(kiosk::test::sampleRecord(seed), kActor);
    }
    auto checkIn = kiosk::test::sampleCheckIn(seed);
    auto saved = store.createCheckIn(checkIn.toSave(), kActor);
    if (!saved) return kiosk::fail(saved.error());
    return saved->recordId;
}

}  // namespace

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
        auto id = save(**store, seed);
        if (!id) {
            std::fprintf(stderr, "%s\n", id.error().message.c_str());
            return 1;
        }
        std::printf("%lld %lld\n", static_cast<long long>(*id), seed);
        std::fflush(stdout);
    }
}
