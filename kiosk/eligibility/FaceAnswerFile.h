#pragma once
// One face-reader answer file, OQSsiquc01res_face_*.xml in the terminal's
// face/ folder (DOMAIN.md §7): the reader writes it by itself when a card is
// placed; no request precedes it. What the kiosk needs beside its parsed
// content: which reader wrote it, and a key telling this version of the file
// from any other (FaceAnswerNote.h).
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>

#include "store/FaceAnswerNote.h"

namespace kiosk {

bool isFaceAnswerFileName(std::string_view fileName);

// MessageHeader/ArbitraryFileIdentifier: the identifier the terminal puts in
// a reader's answers (never a kiosk's, since the kiosk sent nothing), trimmed;
// "" when absent. A file cut short or otherwise not XML still names its
// reader when the element itself is whole (it comes early in the header and
// is ASCII in every character set the terminal uses), so that only that
// reader's kiosk is told of the failure.
std::string faceReaderIdentifier(std::span<const std::uint8_t> bytes);

FaceAnswerKey faceAnswerKey(const std::string& fileName, std::filesystem::file_time_type modified,
                            std::span<const std::uint8_t> bytes);

}  // namespace kiosk
