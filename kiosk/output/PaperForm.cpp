#include "PaperForm.h"

#include "FormDrawing.h"
#include "FormFooter.h"
#include "FormSerial.h"
#include "QrCode.h"
#include "RegistrationMarks.h"
#include "core/MessageCatalog.h"

#include "PreparedDocuments.h"

namespace kiosk {

PdfResult<RenderedForm> renderPaperForm(const FormTemplate& form, const FormValues& prefill,
                                        std::string_view serial, const PdfSettings& settings) {
    auto qr = encodeQr(formQrPayload(form, serial));
    if (!qr) return fail(qr.error());
    auto document = newDocument(settings);
    if (!document) return fail(document.error());
    auto page = document->addPage(form.page.widthMm, form.page.heightMm);
    drawRegistrationMarks(page, form.page.registrationMarks);
    drawQrCode(page, *qr, form.page.qr);
    drawBlankForm(page, form, settings.language);
    auto warnings = drawFormValues(page, form, prefill, nullptr);
    drawFormFooter(page, form.page,
                   MessageCatalog::builtIn().format(settings.language, "pdf.form.footer",
                                                    {{"template", form.id},
                                                     {"version", std::to_string(form.version)},
                                                     {"serial", std::string(serial)}}));
    auto bytes = document->finish();
    if (!bytes) return fail(bytes.error());
    return RenderedForm{std::move(bytes).value(), std::move(warnings)};
}

}  // namespace kiosk
