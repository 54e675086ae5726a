#pragma once
// What the front-desk slip says, line by line, before any drawing: the PDF
// slip and the desk's record view show the same words in the same order.
#include <string>
#include <vector>

#include "FrontDeskSlip.h"
#include "core/Language.h"

namespace kiosk {

enum class SlipEmphasis {
    Normal,
    Name,    // the patient's name: found at a glance
    Figure,  // the share to charge and the numbers typed into the receipt computer
};

struct SlipLine {
    std::string label;  // "" for a line that continues its section; "!" for a warning
    std::string value;
    SlipEmphasis emphasis = SlipEmphasis::Normal;
    bool copyable = false;  // a claim number or the 摘要欄 text, pasted into the receipt computer
};

struct SlipSection {
    std::string title;
    std::vector<SlipLine> lines;
};

struct SlipContent {
    std::string title;
    std::string subtitle;  // the record's id and visit date
    std::vector<SlipSection> sections;
    std::string footer;  // template id and version
};

SlipContent slipContentFor(const FrontDeskSlip& slip, Language language);

}  // namespace kiosk
