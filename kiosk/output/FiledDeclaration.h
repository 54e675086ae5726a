#pragma once
// The 申立書 as filed: the record's declaration drawn on the form of the
// template version it was made with, every value in its place, the signature
// image in the signature box, the template id/version and record id in the
// footer.
#include <cstdint>
#include <span>

#include "FormWarning.h"
#include "PdfSettings.h"
#include "core/CheckInRecord.h"
#include "forms/FormTemplate.h"

namespace kiosk {

// `form` must be the template the record names (id and version), else
// TemplateUnusable; a record without a declaration is TemplateUnusable too.
// `signaturePng` is the record's Signature attachment (may be empty); an
// unreadable one is a warning, not a failure: the rest is still worth filing.
PdfResult<RenderedForm> renderFiledDeclaration(const CheckInRecord& record,
                                               const FormTemplate& form,
                                               std::span<const std::uint8_t> signaturePng,
                                               const PdfSettings& settings);

}  // namespace kiosk
