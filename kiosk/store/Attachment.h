#pragma once
// Files kept with a record: the signature drawn on screen, scanned pages,
// the qualification-check terminal's answer.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "UtcTime.h"
#include "core/EnumNames.h"

namespace kiosk {

enum class AttachmentKind { Signature, ScanPage, TerminalResponse };

template <>
struct EnumNames<AttachmentKind> {
    static constexpr std::pair<AttachmentKind, std::string_view> table[] = {
        {AttachmentKind::Signature, "signature"},
        {AttachmentKind::ScanPage, "scan_page"},
        {AttachmentKind::TerminalResponse, "terminal_response"},  // the OQS answer file
    };
};

// What is known about an attachment without loading its bytes.
struct AttachmentInfo {
    std::int64_t id = 0;
    std::int64_t recordId = 0;
    AttachmentKind kind = AttachmentKind::Signature;
    std::string mimeType;   // e.g. "image/png"
    std::int64_t size = 0;  // bytes
    UtcTime createdAt;

    bool operator==(const AttachmentInfo&) const = default;
};

// An attachment still to be stored. The bytes are a view, not a copy, so that
// patient data is not duplicated in memory: keep them alive until the store
// call returns.
struct NewAttachment {
    AttachmentKind kind = AttachmentKind::Signature;
    std::string mimeType;
    std::span<const std::uint8_t> bytes;
};

// "type/subtype" in the lowercase token characters of RFC 6838; checked
// because the type is written to the audit log, which must stay impersonal.
inline bool isMimeType(std::string_view text) {
    auto token = [](std::string_view t) {
        if (t.empty() || t.size() > 127) return false;
        for (char c : t) {
            bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '+' ||
                      c == '-' || c == '_';
            if (!ok) return false;
        }
        return true;
    };
    auto slash = text.find('/');
    return slash != std::string_view::npos && token(text.substr(0, slash)) &&
           token(text.substr(slash + 1));
}

}  // namespace kiosk
