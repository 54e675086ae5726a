#pragma once
// Conversion candidates with the 旧字体 and 異体字 that names are registered
// in (髙橋, 渡邉, 﨑山 …): anthy's dictionary offers only the standard forms,
// and a patient must be able to write their name as on their card.
#include <string>
#include <vector>

namespace kiosk::input {

// `candidates` with, right after each one, its spellings with one standard
// character replaced by one of its variants; each spelling once. Variants
// outside the Basic Multilingual Plane (𠮷) are left out: the kiosk's 16-bit
// glyph ranges cannot draw them.
std::vector<std::string> withVariantForms(const std::vector<std::string>& candidates);

}  // namespace kiosk::input
