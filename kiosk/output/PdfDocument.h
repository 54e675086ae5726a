#pragma once
// A small RAII wrapper over libharu: one document with the bundled Japanese
// TrueType font embedded (UTF-8, see LIBRARY-NOTES.md), pages measured in
// millimetres from the top-left corner like the form templates, and libharu's
// errors collected as values instead of unwinding through its C code.
#include <hpdf.h>

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "GrayImage.h"
#include "PaperUnits.h"
#include "PdfError.h"
#include "forms/FormTemplate.h"

namespace kiosk {

enum class TextAlign { Left, Center, Right };

// An image added to a document, drawable on any of its pages.
struct PdfImage {
    HPDF_Image handle = nullptr;
    int width = 0;
    int height = 0;
};

// A page of a PdfDocument; valid as long as the document. Drawing on a page
// after libharu reported an error is harmless: the document fails at finish().
class PdfPage {
public:
    double widthMm() const { return widthMm_; }
    double heightMm() const { return heightMm_; }

    // Text with its baseline at `baselineMm`.
    void text(double xMm, double baselineMm, double sizePt, std::string_view utf8);
    // One line vertically centred in `box`, aligned horizontally within it.
    void textInBox(const MmRect& box, double sizePt, std::string_view utf8,
                   TextAlign align = TextAlign::Left);
    double textWidthMm(double sizePt, std::string_view utf8) const;

    void line(double x1Mm, double y1Mm, double x2Mm, double y2Mm, double widthMm);
    void strokeRect(const MmRect& rect, double lineWidthMm);
    void fillRect(const MmRect& rect, double gray = 0.0);  // 0 black … 1 white
    void image(const PdfImage& image, const MmRect& rect);

private:
    friend class PdfDocument;
    PdfPage(HPDF_Page page, HPDF_Font font, double widthMm, double heightMm)
        : page_(page), font_(font), widthMm_(widthMm), heightMm_(heightMm) {}
    double yPt(double yMm) const { return mmToPt(heightMm_ - yMm); }

    HPDF_Page page_;
    HPDF_Font font_;
    double widthMm_;
    double heightMm_;
};

class PdfDocument {
public:
    // A new document using `fontFile` (a TrueType .ttf) for all text.
    static PdfResult<PdfDocument> create(const std::filesystem::path& fontFile);

    PdfDocument(PdfDocument&&) noexcept;
    PdfDocument& operator=(PdfDocument&&) noexcept;
    ~PdfDocument();

    PdfPage addPage(double widthMm = kA4WidthMm, double heightMm = kA4HeightMm);
    PdfResult<PdfImage> addImage(const GrayImage& image);
    // The finished PDF, or the first error libharu reported while building it.
    PdfResult<PdfBytes> finish();

private:
    struct State;
    explicit PdfDocument(std::unique_ptr<State> state);
    std::unique_ptr<State> state_;
};

// Writes `bytes` to `file` through a temporary next to it, so a failed write
// never leaves a truncated PDF where the previous one was.
Status<PdfError> writePdfFile(const std::filesystem::path& file, const PdfBytes& bytes);

}  // namespace kiosk
