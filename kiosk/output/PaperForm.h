#pragma once
// The blank 申立書 for machine reading (`kioskctl form pdf`): the template's
// form with registration marks at the corners, a QR code naming template,
// version and serial, and optionally the values already known printed in
// their cells so the patient writes only the rest.
#include <string_view>

#include "FormWarning.h"
#include "PdfSettings.h"
#include "forms/FormTemplate.h"
#include "forms/FormValues.h"

namespace kiosk {

PdfResult<RenderedForm> renderPaperForm(const FormTemplate& form, const FormValues& prefill,
                                        std::string_view serial, const PdfSettings& settings);

}  // namespace kiosk
