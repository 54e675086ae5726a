#include "QrCode.h"

#include <qrencode.h>

#include <algorithm>
#include <memory>
#include <string>

namespace kiosk {

PdfResult<QrMatrix> encodeQr(std::string_view text) {
    std::string zeroTerminated(text);
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(zeroTerminated.c_str(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code) {
        return fail(PdfError{PdfError::Reason::RenderFailed, "libqrencode cannot encode the QR"});
    }
    QrMatrix qr;
    qr.size = code->width;
    qr.dark.resize(static_cast<std::size_t>(qr.size * qr.size));
    for (std::size_t i = 0; i < qr.dark.size(); ++i) qr.dark[i] = (code->data[i] & 1) != 0;
    return qr;
}

void drawQrCode(PdfPage& page, const QrMatrix& qr, const MmRect& area) {
    constexpr int kQuietModules = 4;
    double side = std::min(area.width, area.height);
    double module = side / (qr.size + 2 * kQuietModules);
    double left = area.x + (area.width - module * qr.size) / 2;
    double top = area.y + (area.height - module * qr.size) / 2;
    for (int y = 0; y < qr.size; ++y) {
        // One rectangle per run of dark modules keeps the PDF small and seamless.
        for (int x = 0; x < qr.size;) {
            if (!qr.isDark(x, y)) {
                ++x;
                continue;
            }
            int run = x;
            while (run < qr.size && qr.isDark(run, y)) ++run;
            page.fillRect({left + x * module, top + y * module, (run - x) * module, module});
            x = run;
        }
    }
}

}  // namespace kiosk
