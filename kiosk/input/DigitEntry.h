#pragma once
// What the numeric pad edits: a string of digits (phone numbers may carry
// hyphens) with a maximum length, and the pad's key table.
#include <cstddef>
#include <string>
#include <vector>

namespace kiosk::input {

struct DigitKey {
    enum Kind { None, Digit, Hyphen, Backspace, Clear } kind = None;  // None: an empty slot
    char digit = 0;                                                   // Digit only
};

struct DigitEntry {
    std::string text;
    std::size_t maxLength = 0;  // characters, hyphens included; 0 = no limit
    bool allowHyphen = false;   // phone numbers only
};

// Applies one key. False when nothing changed: the entry is full, a hyphen
// is not allowed there (not allowed at all, first, or after another), or
// there is nothing to delete.
bool applyDigitKey(DigitEntry& entry, DigitKey key);

// The pad, row by row: 1 2 3 ⌫ / 4 5 6 clear / 7 8 9 0 (-), the hyphen only
// when `withHyphen`. Three rows: a fourth fell below a 768-pixel-high screen.
std::vector<std::vector<DigitKey>> numericPadRows(bool withHyphen);

}  // namespace kiosk::input
