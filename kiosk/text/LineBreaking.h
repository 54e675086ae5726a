#pragma once
// Lines of a paragraph where a reader expects them to break: between
// phrases (ICU's phrase-based line breaking, Japanese locale), inside a
// phrase only where it is wider than the line, and always at the break
// opportunities of Unicode's rules, so a line never starts with 、。」） or a
// small kana and English breaks between words. A single piece wider than the
// line is cut between characters.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

// Width of a run of UTF-8 text, in whatever unit `width` below is given in.
using TextWidth = std::function<double(std::string_view utf8)>;

// The lines of `utf8` no wider than `width` as measured by `measure`; '\n'
// always ends a line. Spaces at the end of a line are dropped.
std::vector<std::string> breakLines(std::string_view utf8, double width, const TextWidth& measure);

}  // namespace kiosk
