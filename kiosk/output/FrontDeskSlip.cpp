#include "FrontDeskSlip.h"

#include <algorithm>
#include <string>

#include "PdfDocument.h"
#include "PreparedDocuments.h"
#include "SlipContent.h"
#include "TextLayout.h"
#include "core/CounterShare.h"

namespace kiosk {

namespace {

// Writes the slip top to bottom with a cursor.
class SlipWriter {
public:
    explicit SlipWriter(PdfPage& page) : page_(page) {}

    void title(const std::string& heading, const std::string& right) {
        page_.textInBox({kLeft, y_, kRight - kLeft, 10}, 16, heading);
        page_.textInBox({kLeft, y_, kRight - kLeft, 10}, 10, right, TextAlign::Right);
        y_ += 14;
    }

    void section(const std::string& heading) {
        y_ += 3;
        page_.textInBox({kLeft, y_, kRight - kLeft, 6}, 12, heading);
        y_ += 6.5;
        page_.line(kLeft, y_, kRight, y_, 0.3);
        y_ += 2;
    }

    // A label and its value; the value wraps within its column.
    void row(const SlipLine& line) {
        const double sizePt = pointSize(line.emphasis);
        double height = std::max(lineHeightMm(sizePt), lineHeightMm(9.0));
        MmRect valueBox{kValueX, y_, kRight - kValueX, height};
        auto lines = wrapText(page_, sizePt, line.value, valueBox.width);
        page_.text(kLeft, y_ + baselineOffset(sizePt), 9, line.label);
        drawWrapped(page_, valueBox, sizePt, line.value);
        y_ += height * static_cast<double>(lines.size()) + 1.5;
    }

private:
    static constexpr double kLeft = 20;
    static constexpr double kRight = 190;
    static constexpr double kValueX = 62;
    // Matches drawWrapped's first baseline so label and value share a line.
    static double baselineOffset(double sizePt) { return sizePt / kPointsPerMm * 0.88; }
    // What the desk charges and types in is read at a glance.
    static double pointSize(SlipEmphasis emphasis) {
        switch (emphasis) {
            case SlipEmphasis::Name:
                return 13;
            case SlipEmphasis::Figure:
                return 15;
            case SlipEmphasis::Normal:
                break;
        }
        return 10.5;
    }

    PdfPage& page_;
    double y_ = 20;
};

}  // namespace

FrontDeskSlip frontDeskSlipFor(const StoredRecord& stored, std::vector<FollowUp> followUps,
                               const UnknownClaimPolicy& claimPolicy,
                               const CopaymentPolicy& copaymentPolicy) {
    const auto& record = stored.record;
    FrontDeskSlip slip{stored, decideClaimBasis(record, claimPolicy), std::nullopt,
                       std::move(followUps)};
    slip.copayment = decideCounterShare(record, copaymentPolicy);
    return slip;
}

PdfResult<PdfBytes> renderFrontDeskSlip(const FrontDeskSlip& slip, const PdfSettings& settings) {
    auto document = newDocument(settings);
    if (!document) return fail(document.error());
    auto page = document->addPage();
    SlipWriter w(page);
    const SlipContent content = slipContentFor(slip, settings.language);
    w.title(content.title, content.subtitle);
    for (const auto& section : content.sections) {
        w.section(section.title);
        for (const auto& line : section.lines) w.row(line);
    }
    page.textInBox({20, 280, 170, 5}, 8, content.footer, TextAlign::Center);
    return document->finish();
}

}  // namespace kiosk
