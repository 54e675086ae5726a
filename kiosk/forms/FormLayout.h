#pragma once
// The paper geometry as JSON (ARCHITECTURE.md, `kioskctl form layout`): what
// the PDF writer draws and the scanner reads, in millimetres from the page's
// top-left corner.
#include <nlohmann/json.hpp>

#include "FormTemplate.h"

namespace kiosk {

// {"template", "version", "units": "mm", "origin": "top-left",
//  "page": {"width", "height", "margin"}, "registration_marks": [rect…],
//  "qr": rect, "fields": [{"key", "type", "label": rect,
//  "options": [{"value", rect…}], "cells": [{"part"?, rect…}],
//  "box": {rect…, "lines", "max_chars"}}]} where rect = x, y, width, height.
// Screen-only fields have no paper geometry and are left out.
nlohmann::json formLayoutJson(const FormTemplate& form);

}  // namespace kiosk
