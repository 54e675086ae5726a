#pragma once
// Loading IPAex Gothic into a new libharu document is most of a record PDF's
// time (about 55 of 90 ms on the reference machine: libharu maps all 65,536
// code points to glyphs). The front desk asks for PDFs one at a time, so the
// next document is loaded on a worker thread while the current one is used;
// a request then costs drawing and compressing only.
#include <filesystem>
#include <future>
#include <memory>
#include <mutex>

#include "PdfDocument.h"
#include "PdfSettings.h"

namespace kiosk {

class PreparedDocuments {
public:
    // Starts loading the first document at once.
    explicit PreparedDocuments(std::filesystem::path fontFile);
    ~PreparedDocuments();
    PreparedDocuments(const PreparedDocuments&) = delete;
    PreparedDocuments& operator=(const PreparedDocuments&) = delete;

    // The loaded document (waiting for it if it is still loading), and the
    // next one starts loading. Safe to call from several threads.
    PdfResult<PdfDocument> take();
    const std::filesystem::path& fontFile() const { return fontFile_; }

private:
    void prepareNext();

    std::filesystem::path fontFile_;
    std::mutex mutex_;
    std::future<PdfResult<PdfDocument>> next_;
};

// A new document for `settings`: from its prepared documents when it has
// some for the same font, else loaded now.
PdfResult<PdfDocument> newDocument(const PdfSettings& settings);

}  // namespace kiosk
