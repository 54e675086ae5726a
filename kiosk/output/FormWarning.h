#pragma once
// A value the PDF could not show as the form asks: flagged for staff, never
// silently cut. The message names the field, not the value (it is personal).
#include <string>
#include <vector>

#include "PdfError.h"

namespace kiosk {

struct FormWarning {
    enum class Reason {
        // The first four leave the field empty on paper (forms/FieldFit.h).
        TooLongForCells,      // more characters than cells
        TooLongForBox,        // more characters than the box takes, or too wide to print
        NotAnOption,          // the value is none of the field's options
        NotADate,             // not an ISO date, or its era has no box on the form
        SignatureUnreadable,  // the signature attachment is not a usable PNG
        SignatureMissing,     // signed, but no signature image to print
    } reason;
    std::string field;  // the template field key
    std::string message;
};

// A form rendered as a PDF, and what it could not show properly.
struct RenderedForm {
    PdfBytes pdf;
    std::vector<FormWarning> warnings;
};

}  // namespace kiosk
