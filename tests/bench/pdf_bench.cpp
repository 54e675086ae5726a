// Time and size per PDF kind: the front-desk slip, the 申立書 as filed (with
// a signature image) and the printable form. Median of N runs, each a whole
// render from the font file to the finished bytes in memory. Targets for a
// one-page record PDF: under 50 ms and under 400 KB.
//
//   pdf_bench [runs]        (default 25; build with the release preset)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include "integration/output/OutputSamples.h"
#include "output/FiledDeclaration.h"
#include "output/FrontDeskSlip.h"
#include "output/PaperForm.h"
#include "unit/output/PngSamples.h"

namespace {

using kiosk::PdfBytes;

struct Measured {
    double medianMs = 0;
    std::size_t bytes = 0;
    bool ok = true;
};

// `render` returns the PDF's bytes, empty on failure.
Measured measure(int runs, const std::function<PdfBytes()>& render) {
    std::vector<double> times;
    Measured result;
    for (int i = 0; i < runs; ++i) {
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
    const auto settings = kiosk::test::bundledFont();
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
    std::printf("%-18s %10s %10s   (median of %d runs; target < 50 ms, < 400 KB)\n", "pdf", "ms",
                "KB", runs);
    bool allOk = true;
    for (const auto& kind : kinds) {
        auto m = measure(runs, kind.render);
        allOk = allOk && m.ok;
        std::printf("%-18s %10.1f %10.1f%s\n", kind.name, m.medianMs,
                    static_cast<double>(m.bytes) / 1024.0, m.ok ? "" : "   FAILED");
    }
    return allOk ? 0 : 1;
}
