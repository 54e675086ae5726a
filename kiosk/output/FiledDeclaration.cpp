#include "FiledDeclaration.h"

#include <optional>

#include "FormDrawing.h"
#include "FormFooter.h"
#include "PngDecoder.h"
#include "core/DeclarationField.h"
#include "core/MessageCatalog.h"
#include "forms/DeclarationValues.h"

#include "PreparedDocuments.h"

namespace kiosk {

PdfResult<RenderedForm> renderFiledDeclaration(const CheckInRecord& record,
                                               const FormTemplate& form,
                                               std::span<const std::uint8_t> signaturePng,
                                               const PdfSettings& settings) {
    if (record.templateId != form.id || record.templateVersion != form.version) {
        return fail(PdfError{PdfError::Reason::TemplateUnusable,
                             "record " + std::to_string(record.id) + " was made with " +
                                 record.templateId + " v" + std::to_string(record.templateVersion) +
                                 ", not " + form.id + " v" + std::to_string(form.version)});
    }
    if (!record.declaration) {
        return fail(PdfError{PdfError::Reason::TemplateUnusable,
                             "record " + std::to_string(record.id) + " has no declaration"});
    }
    auto document = newDocument(settings);
    if (!document) return fail(document.error());

    std::vector<FormWarning> warnings;
    std::optional<PdfImage> signature;
    if (!signaturePng.empty()) {
        auto pixels = decodePngAsGray(signaturePng);
        std::optional<PdfError> problem;
        if (pixels) {
            auto image = document->addImage(*pixels);
            if (image) signature = *image;
            if (!image) problem = image.error();
        } else {
            problem = pixels.error();
        }
        if (problem) {
            warnings.push_back({FormWarning::Reason::SignatureUnreadable,
                                std::string(declarationFieldKey(DeclarationField::Signature)),
                                problem->message});
        }
    }

    auto page = document->addPage(form.page.widthMm, form.page.heightMm);
    drawBlankForm(page, form, settings.language);
    auto valueWarnings = drawFormValues(page, form, declarationToFormValues(*record.declaration),
                                        signature ? &*signature : nullptr);
    warnings.insert(warnings.end(), valueWarnings.begin(), valueWarnings.end());
    drawFormFooter(page, form.page,
                   MessageCatalog::builtIn().format(settings.language, "pdf.filed.footer",
                                                    {{"template", form.id},
                                                     {"version", std::to_string(form.version)},
                                                     {"record", std::to_string(record.id)}}));
    auto bytes = document->finish();
    if (!bytes) return fail(bytes.error());
    return RenderedForm{std::move(bytes).value(), std::move(warnings)};
}

}  // namespace kiosk
