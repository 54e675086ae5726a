#include "DigitEntry.h"

namespace kiosk::input {

bool applyDigitKey(DigitEntry& entry, DigitKey key) {
    std::string& text = entry.text;
    const bool full = entry.maxLength != 0 && text.size() >= entry.maxLength;
    switch (key.kind) {
        case DigitKey::Digit:
            if (full || key.digit < '0' || key.digit > '9') return false;
            text.push_back(key.digit);
            return true;
        case DigitKey::Hyphen:
            if (full || !entry.allowHyphen || text.empty() || text.back() == '-') return false;
            text.push_back('-');
            return true;
        case DigitKey::Backspace:
            if (text.empty()) return false;
            text.pop_back();
            return true;
        case DigitKey::Clear:
            if (text.empty()) return false;
            text.clear();
            return true;
        case DigitKey::None:
            return false;
    }
    return false;
}

std::vector<std::vector<DigitKey>> numericPadRows(bool withHyphen) {
    auto digit = [](char c) { return DigitKey{DigitKey::Digit, c}; };
    return {
        {digit('1'), digit('2'), digit('3'), DigitKey{DigitKey::Backspace}},
        {digit('4'), digit('5'), digit('6'), DigitKey{DigitKey::Clear}},
        {digit('7'), digit('8'), digit('9'), digit('0'),
         DigitKey{withHyphen ? DigitKey::Hyphen : DigitKey::None}},
    };
}

}  // namespace kiosk::input
