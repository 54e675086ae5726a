#pragma once
// Answers as one readable column (UX.md review): each question, its answer
// below it, and a large 「なおす」 beside it that opens exactly that question.
// The review page and the page of what is already known share it. What does
// not fit the page is on the next one (Paging.h), never behind a scrollbar.
#include <string_view>
#include <vector>

#include "ScreenContext.h"
#include "flow/CheckInFlow.h"
#include "forms/FormTemplate.h"

namespace kiosk::ui {

// `page` is kept by the caller so a 「なおす」 comes back to the same page.
// The number of pages.
int drawAnswerList(CheckInFlow& flow, const ScreenContext& ctx,
                   const std::vector<const FormField*>& fields, int& page);

}  // namespace kiosk::ui
