#include "PreparedDocuments.h"

#include <sys/resource.h>
#include <unistd.h>

namespace kiosk {

PreparedDocuments::PreparedDocuments(std::filesystem::path fontFile)
    : fontFile_(std::move(fontFile)) {
    prepareNext();
}

PreparedDocuments::~PreparedDocuments() {
    std::lock_guard lock(mutex_);
    if (next_.valid()) next_.wait();
}

void PreparedDocuments::prepareNext() {
    next_ =
        std::async(std::launch::async, [font = fontFile_] { return PdfDocument::create(font); });
}

PdfResult<PdfDocument> PreparedDocuments::take() {
    std::lock_guard lock(mutex_);
    PdfResult<PdfDocument> document = next_.get();
    prepareNext();
    return document;
}

PdfResult<PdfDocument> newDocument(const PdfSettings& settings) {
    if (settings.prepared && settings.prepared->fontFile() == settings.fontFile) {
        return settings.prepared->take();
    }
    return PdfDocument::create(settings.fontFile);
}

}  // namespace kiosk
