#pragma once
// A set of Unicode code points kept as a sorted vector without repeats: small,
// fast to merge, and directly turned into runs for a font atlas.
#include <utility>
#include <vector>

namespace kiosk {

using CodePoints = std::vector<char32_t>;

// Sorts and removes repeats.
CodePoints makeCodePoints(std::vector<char32_t> unsorted);
CodePoints unite(const CodePoints& a, const CodePoints& b);
bool contains(const CodePoints& set, char32_t c);

// Consecutive code points folded into inclusive [first, last] runs.
std::vector<std::pair<char32_t, char32_t>> toRuns(const CodePoints& set);

}  // namespace kiosk
