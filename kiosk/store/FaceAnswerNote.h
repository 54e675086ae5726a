#pragma once
// A face-reader answer file (DOMAIN.md §7) the kiosk has dealt with: taken for
// the patient at this kiosk, or left for staff because it could not be
// attributed to exactly one waiting kiosk. Only the file's bookkeeping is
// kept, never its content: the content of a taken answer travels with the
// record as its terminal_response attachment.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "UtcTime.h"
#include "core/EnumNames.h"

namespace kiosk {

// Tells one file version from another: the face folder is never emptied by
// the kiosk, and a name alone may come back with new content.
struct FaceAnswerKey {
    std::string fileName;
    std::int64_t modified = 0;  // the file's time stamp as the file system keeps it (ns)
    std::string contentSha256;  // hex, lower case

    bool operator==(const FaceAnswerKey&) const = default;
};

enum class FaceAnswerDisposition {
    Taken,         // consumed by this kiosk for the patient it waited for
    Unattributed,  // taken by none: staff must see it (never a patient)
};

template <>
struct EnumNames<FaceAnswerDisposition> {
    static constexpr std::pair<FaceAnswerDisposition, std::string_view> table[] = {
        {FaceAnswerDisposition::Taken, "taken"},
        {FaceAnswerDisposition::Unattributed, "unattributed"},
    };
};

struct FaceAnswerNote {
    std::int64_t id = 0;
    FaceAnswerKey key;
    FaceAnswerDisposition disposition = FaceAnswerDisposition::Taken;
    std::string reason;  // why it was unattributed; non-personal
    UtcTime notedAt;

    bool operator==(const FaceAnswerNote&) const = default;
};

}  // namespace kiosk
