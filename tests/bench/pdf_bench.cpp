// Time and size per PDF kind: the front-desk slip, the 申立書 as filed (with
// a signature image) and the printable form. Median of N runs, each a whole
// render to the finished bytes in memory: first cold (the font loaded for each
// PDF), then as the front desk renders them, with the next document loaded
// ahead (PreparedDocuments) and a pause between requests as between a
// clerk's clicks. Targets for a one-page record PDF: under 50 ms and 400 KB.
//
//   pdf_bench [runs]        (default 25; build with the release preset)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "integration/output/OutputSamples.h"
#include "output/FiledDeclaration.h"
#include "output/FrontDeskSlip.h"
#include "output/PaperForm.h"
#include "output/PreparedDocuments.h"
#include "unit/output/PngSamples.h"

namespace {

using kiosk::PdfBytes;

struct Measured {
    double medianMs = 0;
    std::size_t bytes = 0;
    bool ok = true;
};

// `render` returns the PDF's bytes, empty on failure. `pause` passes before
// each timed run.
Measured measure(int runs, std::chrono::milliseconds pause,
                 const std::function<PdfBytes()>& render) {
    std::vector<double> times;
    Measured result;
    for (int i = 0; i < runs; ++i) {
        std::this_thread::sleep_for(pause);
        auto start = std::chrono::steady_clock::now();
        PdfBytes pdf = render();
        auto end = std::chrono::steady_clock::now();
        times.push_back(std::chrono::duration<double, std::milli>(end - start).count());
        result.bytes = pdf.size();
        result.ok = result.ok && !pdf.empty();
    }
    std::sort(times.begin(), times.end());
    result.medianMs = times[times.size() / 2];
    return result;
}

}  // namespace

int main(int argc, char** argv) {
    int runs = argc > 1 ? std::atoi(argv[1]) : 25;
    if (runs < 1) runs = 1;
    const auto& form = kiosk::test::shippedTemplate();
    auto settings = kiosk::test::bundledFont();
    kiosk::StoredRecord stored;
    stored.record = kiosk::test::declaredRecord(form);
    const auto slip = kiosk::frontDeskSlipFor(stored, {});
    const auto signature = kiosk::test::signaturePng(600, 160, true);
    kiosk::FormValues prefill;
    prefill.set("name_kana", "タカハシ ハナコ");

    struct Kind {
        const char* name;
        std::function<PdfBytes()> render;
    };
    const std::vector<Kind> kinds = {
        {"front-desk slip",
         [&] {
             auto pdf = kiosk::renderFrontDeskSlip(slip, settings);
             return pdf ? std::move(pdf).value() : PdfBytes{};
         }},
        {"filed declaration",
         [&] {
             auto pdf = kiosk::renderFiledDeclaration(stored.record, form, signature, settings);
             return pdf ? std::move(pdf->pdf) : PdfBytes{};
         }},
        {"printable form",
         [&] {
             auto pdf = kiosk::renderPaperForm(form, prefill, "0123456789ABCDEF", settings);
             return pdf ? std::move(pdf->pdf) : PdfBytes{};
         }},
    };
    bool allOk = true;
    auto table = [&](const char* title, std::chrono::milliseconds pause) {
        std::printf("%s\n%-18s %10s %10s   (median of %d runs; target < 50 ms, < 400 KB)\n", title,
                    "pdf", "ms", "KB", runs);
        for (const auto& kind : kinds) {
            auto m = measure(runs, pause, kind.render);
            allOk = allOk && m.ok;
            std::printf("%-18s %10.1f %10.1f%s\n", kind.name, m.medianMs,
                        static_cast<double>(m.bytes) / 1024.0, m.ok ? "" : "   FAILED");
        }
    };
    table("cold: the font loaded for every PDF", std::chrono::milliseconds(0));
    settings.prepared = std::make_shared<kiosk::PreparedDocuments>(settings.fontFile);
    table("front desk: the next document loaded ahead, 300 ms between requests",
          std::chrono::milliseconds(300));
    return allOk ? 0 : 1;
}
