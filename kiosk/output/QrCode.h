#pragma once
// QR codes on paper (libqrencode): the printed form's QR carries the template
// id, version and form serial so a scan finds its template by itself.
#include <string_view>
#include <vector>

#include "PdfDocument.h"

namespace kiosk {

// The modules of a QR code, row by row, true = dark.
struct QrMatrix {
    int size = 0;  // modules per side
    std::vector<bool> dark;

    bool isDark(int x, int y) const { return dark[static_cast<std::size_t>(y * size + x)]; }
};

// Error correction level M (15 %): survives a smudge, stays small.
PdfResult<QrMatrix> encodeQr(std::string_view text);

// Fills the dark modules as squares, the code centred in `area` with a
// four-module quiet zone inside it.
void drawQrCode(PdfPage& page, const QrMatrix& qr, const MmRect& area);

}  // namespace kiosk
