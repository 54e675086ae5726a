#pragma once
// A form template drawn on paper: the blank form (texts, labels, option
// boxes, one-character cells, free-text boxes exactly at the template's
// rectangles) and values put into their places. Shared by the printable form
// and the 申立書 as filed, so both match `kioskctl form layout`.
#include <vector>

#include "FormWarning.h"
#include "PdfDocument.h"
#include "core/Language.h"
#include "forms/FormTemplate.h"
#include "forms/FormValues.h"

namespace kiosk {

// Border width of cells, option boxes and text boxes.
inline constexpr double kFormLineWidthMm = 0.3;

void drawBlankForm(PdfPage& page, const FormTemplate& form, Language language);

// Puts each value where forms' layOutOnPaper says (ticks, one character per
// cell, box text sized to fit) and the signature image, when given, into the
// signature box. A value that does not fit leaves its field empty and comes
// back as a warning.
std::vector<FormWarning> drawFormValues(PdfPage& page, const FormTemplate& form,
                                        const FormValues& values, const PdfImage* signature);

}  // namespace kiosk
