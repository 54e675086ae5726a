#pragma once
// The 被保険者資格申立書 template as shipped in templates/, loaded once per
// test binary; a load failure fails the test that asked for it.
#include <gtest/gtest.h>

#include <string>

#include "forms/TemplateLoader.h"

namespace kiosk::test {

inline const std::string kShippedTemplateFile =
    std::string(KIOSK_SOURCE_DIR) + "/templates/hihokensha-shikaku-moushitatesho/v2.json";

inline const FormTemplate& shippedTemplate() {
    static const FormTemplate form = [] {
        auto loaded = loadFormTemplate(kShippedTemplateFile);
        if (!loaded) {
            ADD_FAILURE() << loaded.error().message;
            return FormTemplate{};
        }
        return std::move(loaded).value();
    }();
    return form;
}

// The field, or a test failure and a placeholder.
inline const FormField& shippedField(std::string_view key) {
    static const FormField missing{};
    const FormField* f = shippedTemplate().field(key);
    if (!f) ADD_FAILURE() << "no field " << key;
    return f ? *f : missing;
}

}  // namespace kiosk::test
