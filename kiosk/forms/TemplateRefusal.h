#pragma once
// Private to the template loader: a refusal unwinds the parse and checks to
// the one place that turns it into a TemplateError value
// (parseFormTemplate). It never leaves the loader.
#include <string>
#include <utility>

#include "TemplateError.h"

namespace kiosk::template_detail {

struct TemplateRefused {
    TemplateError error;
};

[[noreturn]] inline void refuse(TemplateError::Reason reason, std::string path,
                                const std::string& what) {
    std::string message = (path.empty() ? "/" : path) + ": " + what;
    throw TemplateRefused{{reason, std::move(path), std::move(message)}};
}

}  // namespace kiosk::template_detail
