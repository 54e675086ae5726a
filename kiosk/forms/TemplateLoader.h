#pragma once
// The strict template loader: JSON text or a file in, a FormTemplate that
// passed every consistency check out, or the first problem with its JSON path.
#include <filesystem>
#include <string_view>

#include "FormTemplate.h"
#include "TemplateError.h"
#include "core/Result.h"

namespace kiosk {

Result<FormTemplate, TemplateError> parseFormTemplate(std::string_view jsonText);
Result<FormTemplate, TemplateError> loadFormTemplate(const std::filesystem::path& file);

}  // namespace kiosk
