#include "FormDrawing.h"

#include <algorithm>
#include <string>

#include "TextLayout.h"
#include "core/MessageCatalog.h"
#include "forms/FieldFit.h"

namespace kiosk {

namespace {

constexpr double kLabelMaxPt = 9;
constexpr double kMinPt = 5;
constexpr double kGapMm = 1;

bool onPaper(const FormField& field) {
    return field.paper.has_value() && field.medium != FieldMedium::ScreenOnly;
}

// Every rectangle the template prints something in: option labels stop at
// the first of them to their right.
std::vector<MmRect> occupiedRects(const FormTemplate& form) {
    std::vector<MmRect> rects = form.page.registrationMarks;
    rects.push_back(form.page.qr);
    for (const auto& text : form.page.texts) rects.push_back(text.area);
    for (const auto& field : form.fields) {
        if (!onPaper(field)) continue;
        rects.push_back(field.paper->label);
        for (const auto& option : field.paper->options) rects.push_back(option.box);
        for (const auto& group : field.paper->cellGroups) {
            rects.insert(rects.end(), group.cells.begin(), group.cells.end());
        }
        if (field.paper->box) rects.push_back(field.paper->box->area);
    }
    return rects;
}

// The space right of `box` on its row, up to the next printed thing.
MmRect spaceRightOf(const MmRect& box, const std::vector<MmRect>& occupied, const FormPage& page) {
    double left = box.right() + kGapMm;
    double right = page.widthMm - page.marginMm;
    for (const auto& other : occupied) {
        bool sameRow = other.y < box.bottom() && box.y < other.bottom();
        if (sameRow && other.x >= box.right()) right = std::min(right, other.x - kGapMm);
    }
    return {left, box.y, std::max(0.0, right - left), box.height};
}

// One line centred vertically when it fits, else wrapped as small as needed.
void drawLabel(PdfPage& page, const MmRect& area, std::string_view text) {
    auto size = fittingSize(page, text, area, 1, kLabelMaxPt, kMinPt);
    if (size) {
        page.textInBox(area, *size, text);
        return;
    }
    auto wrappedSize = fittingSize(page, text, area, 3, kLabelMaxPt, kMinPt);
    drawWrapped(page, area, wrappedSize.value_or(kMinPt), text);
}

const LocalizedText* optionLabel(const FormField& field, std::string_view value) {
    for (const auto& option : field.options) {
        if (option.value == value) return &option.label;
    }
    return nullptr;
}

// The size that fills a cell or box comfortably for one line of writing.
double sizeForHeight(double heightMm) {
    return heightMm * kPointsPerMm * 0.6;
}

void drawTick(PdfPage& page, const MmRect& box) {
    auto at = [&box](double fx, double fy) {
        return std::pair{box.x + fx * box.width, box.y + fy * box.height};
    };
    auto [x1, y1] = at(0.18, 0.55);
    auto [x2, y2] = at(0.42, 0.8);
    auto [x3, y3] = at(0.85, 0.2);
    page.line(x1, y1, x2, y2, 0.5);
    page.line(x2, y2, x3, y3, 0.5);
}

// Why a value was laid out nowhere, by what the field is on paper.
FormWarning::Reason misfitReason(FormFieldType type) {
    switch (type) {
        case FormFieldType::Check:
        case FormFieldType::Choice:
            return FormWarning::Reason::NotAnOption;
        case FormFieldType::Date:
            return FormWarning::Reason::NotADate;
        case FormFieldType::Text:
            return FormWarning::Reason::TooLongForBox;
        case FormFieldType::Digits:
        case FormFieldType::Kana:
        case FormFieldType::Phone:
        case FormFieldType::PostalCode:
        case FormFieldType::Signature:
            return FormWarning::Reason::TooLongForCells;
    }
    return FormWarning::Reason::TooLongForCells;
}

FormWarning warning(FormWarning::Reason reason, const FormField& field, const std::string& what) {
    return {reason, field.key, field.key + ": " + what};
}

void drawCells(PdfPage& page, const FieldPaper& paper, const PaperEntry& entry) {
    for (std::size_t g = 0; g < entry.cellTexts.size() && g < paper.cellGroups.size(); ++g) {
        const auto& cells = paper.cellGroups[g].cells;
        const auto& texts = entry.cellTexts[g];
        for (std::size_t c = 0; c < texts.size() && c < cells.size(); ++c) {
            page.textInBox(cells[c], sizeForHeight(cells[c].height), texts[c], TextAlign::Center);
        }
    }
}

// The largest size up to one filling a line that fits the box; false when
// the text is too wide even at the smallest size (drawn small all the same).
bool drawBoxText(PdfPage& page, const TextBox& box, const std::string& text) {
    MmRect inner{box.area.x + kGapMm, box.area.y + 0.5, box.area.width - 2 * kGapMm,
                 box.area.height - 1};
    auto size =
        fittingSize(page, text, inner, box.lines, sizeForHeight(inner.height / box.lines), kMinPt);
    if (size && wrapText(page, *size, text, inner.width).size() == 1) {
        page.textInBox(inner, *size, text);
    } else {
        drawWrapped(page, inner, size.value_or(kMinPt), text);
    }
    return size.has_value();
}

void drawSignature(PdfPage& page, const TextBox& box, const PdfImage& image) {
    MmRect inner{box.area.x + kGapMm, box.area.y + kGapMm, box.area.width - 2 * kGapMm,
                 box.area.height - 2 * kGapMm};
    double scale = std::min(inner.width / image.width, inner.height / image.height);
    double width = image.width * scale;
    double height = image.height * scale;
    page.image(image, {inner.x + (inner.width - width) / 2, inner.y + (inner.height - height) / 2,
                       width, height});
}

}  // namespace

void drawBlankForm(PdfPage& page, const FormTemplate& form, Language language) {
    const auto& catalog = MessageCatalog::builtIn();
    for (const auto& text : form.page.texts) {
        drawWrapped(page, text.area, text.fontSizePt, text.text.in(language));
    }
    auto occupied = occupiedRects(form);
    for (const auto& field : form.fields) {
        if (!onPaper(field)) continue;
        const auto& paper = *field.paper;
        drawLabel(page, paper.label, field.label.in(language));
        for (const auto& option : paper.options) {
            page.strokeRect(option.box, kFormLineWidthMm);
            if (const auto* label = optionLabel(field, option.value)) {
                drawLabel(page, spaceRightOf(option.box, occupied, form.page), label->in(language));
            }
        }
        for (const auto& group : paper.cellGroups) {
            for (const auto& cell : group.cells) page.strokeRect(cell, kFormLineWidthMm);
            if (!group.part.empty() && !group.cells.empty()) {
                drawLabel(page, spaceRightOf(group.cells.back(), occupied, form.page),
                          catalog.text(language, "form.date." + group.part));
            }
        }
        if (paper.box) page.strokeRect(paper.box->area, kFormLineWidthMm);
    }
}

std::vector<FormWarning> drawFormValues(PdfPage& page, const FormTemplate& form,
                                        const FormValues& values, const PdfImage* signature) {
    std::vector<FormWarning> warnings;
    for (const auto& field : form.fields) {
        if (!onPaper(field)) continue;
        const auto& paper = *field.paper;
        std::string_view value = values.get(field.key);
        if (field.type == FormFieldType::Signature) {
            if (signature != nullptr && paper.box) {
                drawSignature(page, *paper.box, *signature);
            } else if (value == "true") {
                warnings.push_back(warning(FormWarning::Reason::SignatureMissing, field,
                                           "signed, but there is no usable signature image"));
            }
            continue;
        }
        // The forms library decides what goes where; a value that does not
        // fit is laid out nowhere and the field stays empty (FieldFit.h).
        PaperEntry entry = layOutOnPaper(field, value);
        if (!entry.fit.fits) {
            warnings.push_back(warning(misfitReason(field.type), field,
                                       "needs " + std::to_string(entry.fit.needed) +
                                           ", the paper has " + std::to_string(entry.fit.capacity) +
                                           "; left empty"));
            continue;
        }
        for (const auto& option : paper.options) {
            bool ticked = std::find(entry.tickedOptions.begin(), entry.tickedOptions.end(),
                                    option.value) != entry.tickedOptions.end();
            if (ticked) drawTick(page, option.box);
        }
        drawCells(page, paper, entry);
        if (!entry.boxText.empty() && paper.box && !drawBoxText(page, *paper.box, entry.boxText)) {
            warnings.push_back(warning(FormWarning::Reason::TooLongForBox, field,
                                       "too wide for its box even at the smallest size"));
        }
    }
    return warnings;
}

}  // namespace kiosk
