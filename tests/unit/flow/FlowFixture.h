#pragma once
// The shipped 申立書 template and a clock for flow tests.
#include <gtest/gtest.h>

#include <filesystem>

#include "flow/CheckInFlow.h"
#include "forms/TemplateLoader.h"

namespace kiosk::test {

inline const FormTemplate& shippedDeclarationTemplate() {
    static const FormTemplate form = [] {
        auto loaded = loadFormTemplate(std::filesystem::path(KIOSK_SOURCE_DIR) /
                                       "templates/hihokensha-shikaku-moushitatesho/v2.json");
        if (!loaded) ADD_FAILURE() << loaded.error().message;
        return loaded ? *loaded : FormTemplate{};
    }();
    return form;
}

inline const CivilDate kVisit = *CivilDate::make(2026, 11, 24);
inline const FlowClock::time_point kT0{};

inline FlowClock::time_point at(int seconds) {
    return kT0 + std::chrono::seconds(seconds);
}

}  // namespace kiosk::test
