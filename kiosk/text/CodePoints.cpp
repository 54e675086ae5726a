#include "CodePoints.h"

#include <algorithm>
#include <iterator>

namespace kiosk {

CodePoints makeCodePoints(std::vector<char32_t> unsorted) {
    std::sort(unsorted.begin(), unsorted.end());
    unsorted.erase(std::unique(unsorted.begin(), unsorted.end()), unsorted.end());
    return unsorted;
}

CodePoints unite(const CodePoints& a, const CodePoints& b) {
    CodePoints out;
    out.reserve(a.size() + b.size());
    std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

bool contains(const CodePoints& set, char32_t c) {
    return std::binary_search(set.begin(), set.end(), c);
}

std::vector<std::pair<char32_t, char32_t>> toRuns(const CodePoints& set) {
    std::vector<std::pair<char32_t, char32_t>> runs;
    for (char32_t c : set) {
        if (!runs.empty() && runs.back().second + 1 == c) {
            runs.back().second = c;
        } else {
            runs.emplace_back(c, c);
        }
    }
    return runs;
}

}  // namespace kiosk
