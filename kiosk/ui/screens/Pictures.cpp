#include "Pictures.h"

#include <algorithm>

namespace kiosk::ui {

namespace {

// A box measured in tenths of its side, so every drawing scales with text.
struct Canvas {
    Canvas(ImVec2 min, ImVec2 max)
        : draw(ImGui::GetWindowDrawList()),
          origin(min),
          unit(std::min(max.x - min.x, max.y - min.y) / 10.0f),
          thick(std::max(2.0f, unit * 0.45f)),
          ink(ImGui::GetColorU32(ImGuiCol_Text)),
          paper(ImGui::GetColorU32(ImGuiCol_WindowBg)),
          fill(ImGui::GetColorU32(ImGuiCol_Button)) {}

    ImVec2 at(float x, float y) const { return ImVec2(origin.x + x * unit, origin.y + y * unit); }
    void box(float x0, float y0, float x1, float y1, ImU32 inside, float rounding = 0.0f) const {
        draw->AddRectFilled(at(x0, y0), at(x1, y1), inside, rounding * unit);
        draw->AddRect(at(x0, y0), at(x1, y1), ink, rounding * unit, 0, thick);
    }
    void line(float x0, float y0, float x1, float y1, float width = 1.0f) const {
        draw->AddLine(at(x0, y0), at(x1, y1), ink, thick * width);
    }

    ImDrawList* draw;
    ImVec2 origin;
    float unit;
    float thick;
    ImU32 ink;
    ImU32 paper;
    ImU32 fill;
};

void drawCard(const Canvas& c) {
    c.box(0.5f, 2.0f, 9.5f, 8.0f, c.paper, 0.6f);
    c.box(6.3f, 3.0f, 8.7f, 6.2f, c.fill);  // the photo, on the right as on the card
    for (float y : {3.4f, 4.6f, 5.8f}) c.line(1.5f, y, 5.5f, y);
    for (float x : {1.8f, 3.0f, 4.2f, 5.4f}) {  // the PIN, four dots
        c.draw->AddCircleFilled(c.at(x, 7.0f), c.unit * 0.35f, c.ink);
    }
}

void drawCertificate(const Canvas& c) {
    c.box(0.5f, 1.8f, 9.5f, 8.2f, c.paper, 0.3f);
    c.draw->AddRectFilled(c.at(0.5f, 1.8f), c.at(9.5f, 3.2f), c.fill, c.unit * 0.3f);
    c.line(0.5f, 3.2f, 9.5f, 3.2f);
    c.line(1.5f, 4.3f, 8.5f, 4.3f);
    // 記号・番号 and 保険者番号: rows of number boxes, what the patient looks for.
    for (float y : {5.3f, 6.7f}) {
        for (float x = 1.5f; x < 8.4f; x += 1.2f) c.box(x, y, x + 0.9f, y + 0.9f, c.paper);
    }
}

void drawPhone(const Canvas& c) {
    c.box(2.5f, 0.3f, 7.5f, 9.7f, c.fill, 0.8f);
    c.box(3.1f, 1.3f, 6.9f, 8.5f, c.paper);  // the screen
    c.line(3.1f, 2.5f, 6.9f, 2.5f);          // the app's title bar
    c.draw->AddCircle(c.at(5.0f, 4.4f), c.unit * 1.1f, c.ink, 24, c.thick);
    c.line(4.4f, 4.4f, 4.9f, 5.0f);  // a tick: the qualification is shown
    c.line(4.9f, 5.0f, 5.7f, 3.8f);
    for (float y : {6.6f, 7.6f}) c.line(3.7f, y, 6.3f, y);
    c.draw->AddCircleFilled(c.at(5.0f, 9.1f), c.unit * 0.3f, c.ink);
}

void drawForm(const Canvas& c) {
    c.box(1.5f, 0.5f, 7.5f, 9.5f, c.paper);
    for (float y : {2.0f, 3.5f, 5.0f, 6.5f}) c.line(2.5f, y, 6.5f, y);
    c.box(2.5f, 7.5f, 3.3f, 8.3f, c.paper);  // a box to tick
    // The pen, writing on the sheet.
    c.line(9.3f, 3.0f, 5.6f, 8.0f, 2.0f);
    c.draw->AddTriangleFilled(c.at(5.9f, 7.3f), c.at(5.2f, 7.0f), c.at(5.0f, 8.6f), c.ink);
}

void drawPerson(const Canvas& c, float x) {
    c.draw->AddCircle(c.at(x, 3.2f), c.unit * 1.6f, c.ink, 24, c.thick);
    c.draw->PathArcTo(c.at(x, 9.5f), c.unit * 3.0f, 3.14159f, 2 * 3.14159f, 24);
    c.draw->PathStroke(c.ink, 0, c.thick);
}

}  // namespace

void drawOutcomeIcon(OutcomeIcon icon, ImVec2 min, ImVec2 max) {
    const Canvas c(min, max);
    switch (icon) {
        case OutcomeIcon::Done:
            c.draw->AddCircle(c.at(5, 5), c.unit * 4.5f, c.ink, 32, c.thick);
            c.line(2.8f, 5.2f, 4.4f, 6.9f, 1.6f);
            c.line(4.4f, 6.9f, 7.4f, 3.2f, 1.6f);
            break;
        case OutcomeIcon::Attention:
            c.draw->AddTriangle(c.at(5, 0.6f), c.at(9.6f, 9.2f), c.at(0.4f, 9.2f), c.ink, c.thick);
            c.line(5, 3.4f, 5, 6.4f, 1.6f);
            c.draw->AddCircleFilled(c.at(5, 7.8f), c.unit * 0.6f, c.ink);
            break;
        case OutcomeIcon::Counter:
            drawPerson(c, 5.0f);
            c.box(0.3f, 6.8f, 9.7f, 9.6f, c.fill);  // the desk, in front of the person
            break;
    }
}

void drawProofPicture(ProofPicture picture, ImVec2 min, ImVec2 max) {
    const Canvas c(min, max);
    switch (picture) {
        case ProofPicture::None:
            break;
        case ProofPicture::MyNumberCard:
            drawCard(c);
            break;
        case ProofPicture::EligibilityCertificate:
            drawCertificate(c);
            break;
        case ProofPicture::PhoneScreen:
            drawPhone(c);
            break;
        case ProofPicture::DeclarationForm:
            drawForm(c);
            break;
        case ProofPicture::Staff:
            drawPerson(c, 5.0f);
            break;
    }
}

}  // namespace kiosk::ui
