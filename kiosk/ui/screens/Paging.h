#pragma once
// Pages instead of scrolling (UX.md: nothing behind a scrollbar): content cut
// into pages of whole pieces, turned by 「まえのページ」／「つぎのページ」 in
// the footer. The review, the known answers and the 説明書 use it.
#include <cstddef>
#include <string_view>
#include <vector>

#include "ScreenContext.h"

namespace kiosk::ui {

// Where each page starts, for pieces of `heights` on pages `room` high; a
// piece higher than a page has a page of its own. Always at least {0}.
std::vector<std::size_t> pageStarts(const std::vector<float>& heights, float room);

// The footer under paged content: 「まえのページ」 beside 「つぎのページ」, which
// becomes the button `doneKey` on the last page (the answers a patient signs
// or confirms, and the 説明書, are all seen first); that button alone when
// there is one page. True when it was tapped.
bool drawPagedFooter(const ScreenContext& ctx, int& page, int pages, std::string_view doneKey);

}  // namespace kiosk::ui
