#pragma once
// What the printed form's QR code carries: which template and version it was
// printed from, and a serial unique to the sheet, so a scan identifies itself
// (ARCHITECTURE.md `kioskctl scan`).
#include <string>
#include <string_view>

#include "forms/FormTemplate.h"

namespace kiosk {

// "KIOSKFORM:<template id>:<version>:<serial>".
std::string formQrPayload(const FormTemplate& form, std::string_view serial);

// 16 characters of Crockford base32 (80 random bits): unique per printed sheet
// without a counter shared between kiosks.
std::string newFormSerial();

}  // namespace kiosk
