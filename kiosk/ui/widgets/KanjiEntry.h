#pragma once
// Kanji entry for names and addresses: the text so far with the reading
// being typed, a candidate bar (large buttons, paged) while converting, and
// the hiragana 50音 keyboard, or at the patient's switch the Latin one. With
// no converter (anthy failed to start) the
// convert button is not shown and the reading is kept as kana.
#include <cstddef>

#include "core/Language.h"
#include "input/KanaKanjiConverter.h"
#include "input/KanjiComposition.h"

namespace kiosk::ui {

struct KanjiEntryState {
    input::KanjiComposition composition;
    std::size_t page = 0;  // of the current segment's candidates
    bool latin = false;    // the Latin keyboard instead of the 50音 one
    bool name = false;     // a person's name: spellings without hiragana first
};

// Draws at the cursor (inside an ID scope named `id`). `converter` may be
// null. Returns true when the text or the reading changed.
bool drawKanjiEntry(const char* id, KanjiEntryState& state, input::KanaKanjiConverter* converter,
                    float touchPx, Language lang);

}  // namespace kiosk::ui
