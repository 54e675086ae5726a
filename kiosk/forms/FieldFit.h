#pragma once
// Whether a value fits its place on the paper form, and how it is laid out
// there: which option boxes are ticked, which character goes in which cell,
// the text for a free-text box. A value that does not fit is flagged and laid
// out nowhere, never cut to size: the PDF writer prints such a field empty and
// tells staff, the wizard asks for a shorter form.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "FormTemplate.h"

namespace kiosk {

struct FieldFit {
    bool fits = true;
    std::size_t needed = 0;    // cells, characters or option boxes the value takes
    std::size_t capacity = 0;  // what the paper offers for it

    bool operator==(const FieldFit&) const = default;
};

struct PaperEntry {
    FieldFit fit;
    std::vector<std::string> tickedOptions;  // OptionBox values
    // Per FieldPaper::cellGroups entry, one character (UTF-8) per cell from
    // the left; "" for a cell left empty.
    std::vector<std::vector<std::string>> cellTexts;
    std::string boxText;
};

// `value` as in FormValues; an empty value fits and lays out nothing. A
// field without paper geometry (screen-only) fits nothing but the empty value.
PaperEntry layOutOnPaper(const FormField& field, std::string_view value);

inline FieldFit fitOnPaper(const FormField& field, std::string_view value) {
    return layOutOnPaper(field, value).fit;
}

}  // namespace kiosk
