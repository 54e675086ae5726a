#include "FaceAnswerFile.h"

#include <sodium.h>

#include <algorithm>

#include "OqsDocument.h"

namespace kiosk {

namespace {
constexpr std::string_view kFacePrefix = "OQSsiquc01res_face_";
}

bool isFaceAnswerFileName(std::string_view fileName) {
    return fileName.starts_with(kFacePrefix) && fileName.ends_with(".xml");
}

std::string faceReaderIdentifier(std::span<const std::uint8_t> bytes) {
    const std::string_view raw(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    if (auto doc = loadOqsDocument(raw, "face answer")) {
        return oqsTrimmedText((*doc)->header, "ArbitraryFileIdentifier");
    }
    constexpr std::string_view open = "<ArbitraryFileIdentifier>";
    constexpr std::string_view close = "</ArbitraryFileIdentifier>";
    const auto start = raw.find(open);
    if (start == std::string_view::npos) return "";
    const auto end = raw.find(close, start + open.size());
    if (end == std::string_view::npos) return "";
    const auto value = raw.substr(start + open.size(), end - start - open.size());
    // Only a plain identifier: markup or control bytes mean the cut fell inside.
    const bool plain = std::all_of(value.begin(), value.end(), [](char c) {
        return c >= 0x20 && c < 0x7f && c != '<' && c != '>' && c != '&';
    });
    return plain ? oqsUnpadded(value) : "";
}

FaceAnswerKey faceAnswerKey(const std::string& fileName, std::filesystem::file_time_type modified,
                            std::span<const std::uint8_t> bytes) {
    static const bool sodiumReady = sodium_init() >= 0;  // once, thread-safe
    (void)sodiumReady;
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, bytes.data(), bytes.size());
    char hex[2 * crypto_hash_sha256_BYTES + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    const auto ns =
        std::chrono::duration_cast<std::chrono::nanoseconds>(modified.time_since_epoch()).count();
    return {fileName, static_cast<std::int64_t>(ns), hex};
}

}  // namespace kiosk
