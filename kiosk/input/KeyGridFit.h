#pragma once
// How an on-screen keyboard fills the area it is given: a grid of columns and
// rows whose keys grow or shrink with the area (never past its right or
// bottom edge while keys of the smallest allowed size still fit), a gap
// between keys that scales with them. No UI include: widgets place buttons
// at the rectangles computed here, and tests check them without a frame.
#include <algorithm>
#include <vector>

namespace kiosk::input {

// A key's place in the grid; spans make the function keys large.
struct GridCell {
    int column = 0;
    int row = 0;
    int columnSpan = 1;
    int rowSpan = 1;
};

// In pixels from the area's top-left corner.
struct KeyRect {
    float x = 0;
    float y = 0;
    float width = 0;
    float height = 0;
    float right() const { return x + width; }
    float bottom() const { return y + height; }
};

// The space a keyboard may use, and the touch-target size it should reach.
struct KeyArea {
    float width = 0;
    float height = 0;
    float touchPx = 0;
};

// Keys never grow past this many touch targets (a wide panel would make
// them hard to reach across) nor shrink below the smaller one; the gap is
// this share of a key. A keyboard prefers an arrangement whose keys are a
// whole touch target (UX.md: 15 mm, what a fingertip hits reliably) and
// shrinks them only where no arrangement has one.
constexpr float kLargestKeyInTouchTargets = 1.4f;
constexpr float kSmallestKeyInTouchTargets = 0.6f;
constexpr float kKeyGapShare = 0.2f;

struct KeyGridFit {
    int columns = 0;
    int rows = 0;
    float keyWidth = 0;
    float keyHeight = 0;
    float gap = 0;

    // Sizes `columns` × `rows` keys to fill `area` (keys as large as fit,
    // within the limits above). When even the smallest keys do not fit the
    // grid is laid out at that size and is larger than the area: fits() says so.
    static KeyGridFit into(int columns, int rows, const KeyArea& area);
    // `columns` × `rows` square keys of `side` pixels and their gap.
    static KeyGridFit ofSide(int columns, int rows, float side);

    KeyRect rect(const GridCell& cell) const;
    float width() const;
    float height() const;
    float smallerKeySide() const { return keyWidth < keyHeight ? keyWidth : keyHeight; }
    bool fits(const KeyArea& area) const;
    // Inside the area with keys a whole touch target on each side.
    bool fingertipSized(const KeyArea& area) const;
};

// A key of a keyboard's own kind (a kana, a digit, an era) at its cell.
template <class KeyT>
struct GridKey {
    KeyT key;
    GridCell cell;
};

// A keyboard laid out in an area: each key with its rectangle.
template <class KeyT>
struct KeyLayout {
    struct Key {
        KeyT key;
        KeyRect rect;
    };
    std::vector<Key> keys;
    KeyGridFit grid;

    // Around every key, from the area's top-left corner.
    float width() const {
        float right = 0;
        for (const Key& key : keys) right = std::max(right, key.rect.right());
        return right;
    }
    float height() const {
        float bottom = 0;
        for (const Key& key : keys) bottom = std::max(bottom, key.rect.bottom());
        return bottom;
    }
};

template <class KeyT>
KeyLayout<KeyT> placeKeys(const std::vector<GridKey<KeyT>>& table, const KeyGridFit& grid) {
    KeyLayout<KeyT> layout{{}, grid};
    for (const GridKey<KeyT>& placed : table)
        layout.keys.push_back({placed.key, grid.rect(placed.cell)});
    return layout;
}

}  // namespace kiosk::input
