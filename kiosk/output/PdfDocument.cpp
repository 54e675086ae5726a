#include "PdfDocument.h"

#include <cstdio>
#include <fstream>
#include <system_error>

#include "TrueTypeCheck.h"
#include "store/PrivateFiles.h"

namespace kiosk {

struct PdfDocument::State {
    HPDF_Doc doc = nullptr;
    HPDF_Font font = nullptr;
    // The first error libharu reported; later ones are its consequences.
    HPDF_STATUS errorNo = HPDF_OK;
    HPDF_STATUS detailNo = 0;

    ~State() {
        if (doc != nullptr) HPDF_Free(doc);
    }
    bool failed() const { return errorNo != HPDF_OK; }
    std::string errorText() const {
        char text[64];
        std::snprintf(text, sizeof text, "libharu error 0x%04lX (detail %lu)",
                      static_cast<unsigned long>(errorNo), static_cast<unsigned long>(detailNo));
        return text;
    }
};

namespace {

float pt(double mm) {
    return static_cast<float>(mmToPt(mm));
}

}  // namespace

// --- PdfPage ---------------------------------------------------------------

void PdfPage::text(double xMm, double baselineMm, double sizePt, std::string_view utf8) {
    if (utf8.empty()) return;
    std::string zeroTerminated(utf8);
    HPDF_Page_BeginText(page_);
    HPDF_Page_SetFontAndSize(page_, font_, static_cast<float>(sizePt));
    HPDF_Page_TextOut(page_, pt(xMm), static_cast<float>(yPt(baselineMm)), zeroTerminated.c_str());
    HPDF_Page_EndText(page_);
}

void PdfPage::textInBox(const MmRect& box, double sizePt, std::string_view utf8, TextAlign align) {
    double width = textWidthMm(sizePt, utf8);
    double x = box.x;
    if (align == TextAlign::Center) x += (box.width - width) / 2;
    if (align == TextAlign::Right) x += box.width - width;
    // Centre the glyphs' ascent-to-descent span, not the baseline.
    double ascent = HPDF_Font_GetAscent(font_) / 1000.0 * sizePt / kPointsPerMm;
    double descent = HPDF_Font_GetDescent(font_) / 1000.0 * sizePt / kPointsPerMm;
    double baseline = box.y + box.height / 2 + (ascent + descent) / 2;
    text(x, baseline, sizePt, utf8);
}

double PdfPage::textWidthMm(double sizePt, std::string_view utf8) const {
    if (utf8.empty()) return 0;
    // Measured on the font, not the page, so measuring writes nothing into the page.
    HPDF_TextWidth width =
        HPDF_Font_TextWidth(font_, reinterpret_cast<const HPDF_BYTE*>(utf8.data()),
                            static_cast<HPDF_UINT>(utf8.size()));
    return width.width / 1000.0 * sizePt / kPointsPerMm;
}

void PdfPage::line(double x1Mm, double y1Mm, double x2Mm, double y2Mm, double widthMm) {
    HPDF_Page_SetLineWidth(page_, pt(widthMm));
    HPDF_Page_MoveTo(page_, pt(x1Mm), static_cast<float>(yPt(y1Mm)));
    HPDF_Page_LineTo(page_, pt(x2Mm), static_cast<float>(yPt(y2Mm)));
    HPDF_Page_Stroke(page_);
}

void PdfPage::strokeRect(const MmRect& rect, double lineWidthMm) {
    HPDF_Page_SetLineWidth(page_, pt(lineWidthMm));
    HPDF_Page_Rectangle(page_, pt(rect.x), static_cast<float>(yPt(rect.bottom())), pt(rect.width),
                        pt(rect.height));
    HPDF_Page_Stroke(page_);
}

void PdfPage::fillRect(const MmRect& rect, double gray) {
    HPDF_Page_SetGrayFill(page_, static_cast<float>(gray));
    HPDF_Page_Rectangle(page_, pt(rect.x), static_cast<float>(yPt(rect.bottom())), pt(rect.width),
                        pt(rect.height));
    HPDF_Page_Fill(page_);
    HPDF_Page_SetGrayFill(page_, 0);
}

void PdfPage::image(const PdfImage& picture, const MmRect& rect) {
    HPDF_Page_DrawImage(page_, picture.handle, pt(rect.x), static_cast<float>(yPt(rect.bottom())),
                        pt(rect.width), pt(rect.height));
}

// --- PdfDocument -----------------------------------------------------------

PdfDocument::PdfDocument(std::unique_ptr<State> state) : state_(std::move(state)) {}
PdfDocument::PdfDocument(PdfDocument&&) noexcept = default;
PdfDocument& PdfDocument::operator=(PdfDocument&&) noexcept = default;
PdfDocument::~PdfDocument() = default;

PdfResult<PdfDocument> PdfDocument::create(const std::filesystem::path& fontFile) {
    // Called by libharu from C: it must return normally, so it only records.
    auto recordError = [](HPDF_STATUS errorNo, HPDF_STATUS detailNo, void* userData) noexcept {
        auto* state = static_cast<State*>(userData);
        if (state->errorNo == HPDF_OK) {
            state->errorNo = errorNo;
            state->detailNo = detailNo;
        }
    };
    auto state = std::make_unique<State>();
    state->doc = HPDF_New(recordError, state.get());
    if (state->doc == nullptr) {
        return fail(PdfError{PdfError::Reason::RenderFailed, "libharu: cannot create a document"});
    }
    if (auto font = checkTrueTypeFont(fontFile); !font) return fail(font.error());
    HPDF_SetCompressionMode(state->doc, HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(state->doc);
    HPDF_SetCurrentEncoder(state->doc, "UTF-8");
    const char* name = HPDF_LoadTTFontFromFile(state->doc, fontFile.c_str(), HPDF_TRUE);
    if (name != nullptr) state->font = HPDF_GetFont(state->doc, name, "UTF-8");
    if (state->font == nullptr || state->failed()) {
        return fail(PdfError{PdfError::Reason::FontUnreadable,
                             "cannot load font " + fontFile.string() + ": " + state->errorText()});
    }
    return PdfDocument(std::move(state));
}

PdfPage PdfDocument::addPage(double widthMm, double heightMm) {
    HPDF_Page page = HPDF_AddPage(state_->doc);
    HPDF_Page_SetWidth(page, pt(widthMm));
    HPDF_Page_SetHeight(page, pt(heightMm));
    return PdfPage(page, state_->font, widthMm, heightMm);
}

PdfResult<PdfImage> PdfDocument::addImage(const GrayImage& image) {
    auto expected = static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height);
    if (image.width <= 0 || image.height <= 0 || image.pixels.size() != expected) {
        return fail(PdfError{PdfError::Reason::RenderFailed, "image has no pixels"});
    }
    HPDF_Image handle = HPDF_LoadRawImageFromMem(
        state_->doc, image.pixels.data(), static_cast<HPDF_UINT>(image.width),
        static_cast<HPDF_UINT>(image.height), HPDF_CS_DEVICE_GRAY, 8);
    if (handle == nullptr || state_->failed()) {
        return fail(
            PdfError{PdfError::Reason::RenderFailed, "cannot add image: " + state_->errorText()});
    }
    return PdfImage{handle, image.width, image.height};
}

PdfResult<PdfBytes> PdfDocument::finish() {
    if (!state_->failed()) HPDF_SaveToStream(state_->doc);
    if (state_->failed()) {
        return fail(PdfError{PdfError::Reason::RenderFailed, state_->errorText()});
    }
    PdfBytes bytes(HPDF_GetStreamSize(state_->doc));
    HPDF_UINT32 size = static_cast<HPDF_UINT32>(bytes.size());
    HPDF_ResetStream(state_->doc);
    HPDF_ReadFromStream(state_->doc, bytes.data(), &size);
    // libharu reports the end of its stream as an "error"; only a short read matters.
    if (size != bytes.size()) {
        return fail(PdfError{PdfError::Reason::RenderFailed, "libharu: short read of the PDF"});
    }
    return bytes;
}

Status<PdfError> writePdfFile(const std::filesystem::path& file, const PdfBytes& bytes) {
    auto temporary = file;
    temporary += ".part";
    // A filled form is health data: the file is its writer's alone (0600).
    std::error_code stale;
    std::filesystem::remove(temporary, stale);
    if (!createPrivateFile(temporary)) {
        return fail(PdfError{PdfError::Reason::CannotWrite, "cannot write " + file.string()});
    }
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(bytes.data()),
                  static_cast<std::streamsize>(bytes.size()));
        out.close();
        if (!out) {
            std::error_code ignored;
            std::filesystem::remove(temporary, ignored);
            return fail(PdfError{PdfError::Reason::CannotWrite, "cannot write " + file.string()});
        }
    }
    std::error_code ec;
    std::filesystem::rename(temporary, file, ec);
    if (ec) {
        std::filesystem::remove(temporary, ec);
        return fail(PdfError{PdfError::Reason::CannotWrite,
                             "cannot write " + file.string() + ": " + ec.message()});
    }
    return Done{};
}

}  // namespace kiosk
