#include "FormCommand.h"

#include <iostream>
#include <memory>

#include "forms/FormLayout.h"
#include "forms/TemplateLoader.h"

namespace kiosk::app {

namespace {

int printLayout(const std::string& templateFile) {
    auto form = loadFormTemplate(templateFile);
    if (!form) {
        std::cerr << "kioskctl: " << form.error().message << "\n";
        return 1;
    }
    std::cout << formLayoutJson(*form).dump(2) << "\n";
    return 0;
}

}  // namespace

CLI::App* addFormCommand(CLI::App& cli, int& exitCode) {
    auto* form = cli.add_subcommand("form", "Form templates: paper layout and printing");
    form->require_subcommand(1);

    auto templateFile = std::make_shared<std::string>();
    auto* layout = form->add_subcommand(
        "layout", "Paper geometry as JSON: page, registration marks, QR, every field's boxes (mm)");
    layout->add_option("--template", *templateFile, "Template file (templates/<id>/v<N>.json)")
        ->required();
    layout->callback([&exitCode, templateFile] { exitCode = printLayout(*templateFile); });
    return form;
}

}  // namespace kiosk::app
