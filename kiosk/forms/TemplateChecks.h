#pragma once
// The consistency rules a parsed template must pass (see FormTemplate.h for
// what they guarantee). Part of the loader; refuses through TemplateRefusal.h.
#include "FormTemplate.h"

namespace kiosk::template_detail {

// Throws TemplateRefused with the path of the first problem found.
void checkTemplate(const FormTemplate& form);

}  // namespace kiosk::template_detail
