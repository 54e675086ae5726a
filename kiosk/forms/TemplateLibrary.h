#pragma once
// The templates/ folder: every version of every form, as
// <root>/<id>/v<N>.json. A record names the id and version it was made with
// and is always shown and printed with exactly that version; new forms start
// on the latest.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "FormTemplate.h"
#include "TemplateError.h"
#include "core/Result.h"

namespace kiosk {

struct TemplateVersionRef {
    std::string id;
    int version = 0;
    bool operator==(const TemplateVersionRef&) const = default;
};

class TemplateLibrary {
public:
    explicit TemplateLibrary(std::filesystem::path root) : root_(std::move(root)) {}

    // Refuses with NotFound when the file is absent, VersionMismatch when the
    // file says another id or version than its place in the folder.
    Result<FormTemplate, TemplateError> load(std::string_view id, int version) const;
    Result<FormTemplate, TemplateError> loadLatest(std::string_view id) const;
    // The highest version of each form, by id.
    std::vector<TemplateVersionRef> latestVersions() const;

private:
    std::vector<int> versionsOf(std::string_view id) const;

    std::filesystem::path root_;
};

}  // namespace kiosk
