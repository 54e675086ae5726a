#include "FormLayout.h"

namespace kiosk {

namespace {

using nlohmann::json;

json rect(const MmRect& r) {
    return {{"x", r.x}, {"y", r.y}, {"width", r.width}, {"height", r.height}};
}

json fieldLayout(const FormField& field, const FieldPaper& paper) {
    json out = {
        {"key", field.key}, {"type", formFieldTypeName(field.type)}, {"label", rect(paper.label)}};
    if (!paper.options.empty()) {
        json options = json::array();
        for (const auto& o : paper.options) {
            json box = rect(o.box);
            box["value"] = o.value;
            options.push_back(std::move(box));
        }
        out["options"] = std::move(options);
    }
    if (!paper.cellGroups.empty()) {
        json cells = json::array();
        for (const auto& group : paper.cellGroups) {
            for (const auto& c : group.cells) {
                json cell = rect(c);
                if (!group.part.empty()) cell["part"] = group.part;
                cells.push_back(std::move(cell));
            }
        }
        out["cells"] = std::move(cells);
    }
    if (paper.box) {
        json box = rect(paper.box->area);
        box["lines"] = paper.box->lines;
        box["max_chars"] = paper.box->maxChars;
        out["box"] = std::move(box);
    }
    return out;
}

}  // namespace

json formLayoutJson(const FormTemplate& form) {
    json marks = json::array();
    for (const auto& m : form.page.registrationMarks) marks.push_back(rect(m));
    json fields = json::array();
    for (const auto& f : form.fields) {
        if (f.paper) fields.push_back(fieldLayout(f, *f.paper));
    }
    return {{"template", form.id},
            {"version", form.version},
            {"units", "mm"},
            {"origin", "top-left"},
            {"page",
             {{"width", form.page.widthMm},
              {"height", form.page.heightMm},
              {"margin", form.page.marginMm}}},
            {"registration_marks", std::move(marks)},
            {"qr", rect(form.page.qr)},
            {"fields", std::move(fields)}};
}

}  // namespace kiosk
