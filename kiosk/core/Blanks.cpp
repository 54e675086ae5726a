#include "Blanks.h"

namespace kiosk {

std::string_view trimBlanks(std::string_view text) {
    constexpr std::string_view kIdeographicSpace = "\u3000";
    constexpr std::string_view kAsciiBlanks = " \t\r\n";
    for (;;) {
        if (!text.empty() && kAsciiBlanks.find(text.front()) != std::string_view::npos) {
            text.remove_prefix(1);
        } else if (!text.empty() && kAsciiBlanks.find(text.back()) != std::string_view::npos) {
            text.remove_suffix(1);
        } else if (text.starts_with(kIdeographicSpace)) {
            text.remove_prefix(kIdeographicSpace.size());
        } else if (text.ends_with(kIdeographicSpace)) {
            text.remove_suffix(kIdeographicSpace.size());
        } else {
            return text;
        }
    }
}

}  // namespace kiosk
