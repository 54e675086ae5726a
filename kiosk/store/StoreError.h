#pragma once
// Why a record store operation failed. The message names the database file,
// record, attachment or follow-up concerned, never a personal value.
#include <string>

#include "core/Result.h"

namespace kiosk {

struct StoreError {
    enum Kind {
        CannotOpen,    // the file or server cannot be reached or created
        NotADatabase,  // the file is not (or no longer) a usable kiosk database
        SchemaTooNew,  // written by a newer program; left untouched
        Busy,          // another writer held the lock for too long
        NotFound,
        Conflict,  // changed by someone else since it was read
        Invalid,   // the caller's data, or stored data, cannot be used
        Io,
    } kind;
    std::string message;
};

template <class T>
using StoreResult = Result<T, StoreError>;

}  // namespace kiosk
