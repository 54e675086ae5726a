#include "StaffCommand.h"

#include <termios.h>
#include <unistd.h>

#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include "CommandActor.h"
#include "RecordFile.h"
#include "core/SecureWipe.h"
#include "staff/PasswordHash.h"
#include "store/SqliteRecordStore.h"

namespace kiosk::app {

namespace {

struct StaffOptions {
    std::string login;
    std::string name;
    std::string role = "reception";
};

std::optional<std::string> readLine(const char* prompt, bool terminal) {
    if (terminal) std::cerr << prompt << std::flush;
    std::string line;
    if (!std::getline(std::cin, line)) return std::nullopt;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (terminal) std::cerr << "\n";
    return line;
}

// The new password from standard input: on a terminal asked twice without
// echo; from a pipe, its first line.
std::optional<std::string> readNewPassword() {
    const bool terminal = ::isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (terminal && ::tcgetattr(STDIN_FILENO, &saved) == 0) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    auto first = readLine("New password: ", terminal);
    auto second = terminal && first ? readLine("Again: ", terminal) : first;
    if (terminal) ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    if (!first) {
        std::cerr << "kioskctl: no password given on standard input\n";
        return std::nullopt;
    }
    if (*first != *second) {
        std::cerr << "kioskctl: the two passwords differ; nothing changed\n";
        secureWipe(*first);
        secureWipe(*second);
        return std::nullopt;
    }
    secureWipe(*second);
    return first;
}

std::optional<std::string> newPasswordHash() {
    auto password = readNewPassword();
    if (!password) return std::nullopt;
    auto hash = hashPassword(*password);
    secureWipe(*password);
    if (!hash) {
        std::cerr << "kioskctl: " << hash.error().message << "; nothing changed\n";
        return std::nullopt;
    }
    return std::move(hash).value();
}

int report(const Status<StoreError>& done) {
    if (done) return 0;
    std::cerr << "kioskctl: " << done.error().message << "\n";
    return 1;
}

int addAccount(const std::filesystem::path& dbPath, const StaffOptions& options) {
    const auto role = enumFromName<StaffRole>(options.role);
    if (!role) {
        std::cerr << "kioskctl: --role is reception or admin\n";
        return 2;
    }
    auto store = openRecordFile(dbPath);
    if (!store) return 1;
    auto hash = newPasswordHash();
    if (!hash) return 1;
    StaffAccount account;
    account.login = options.login;
    account.displayName = options.name.empty() ? options.login : options.name;
    account.role = *role;
    account.passwordHash = std::move(*hash);
    auto added = store->addStaffAccount(account, commandActor());
    if (!added) return report(fail(added.error()));
    return 0;
}

int changePassword(const std::filesystem::path& dbPath, const std::string& login) {
    auto store = openRecordFile(dbPath);
    if (!store) return 1;
    auto hash = newPasswordHash();
    if (!hash) return 1;
    return report(store->setStaffPassword(login, *hash, commandActor()));
}

int setDisabled(const std::filesystem::path& dbPath, const std::string& login, bool disabled) {
    auto store = openRecordFile(dbPath);
    if (!store) return 1;
    return report(store->setStaffDisabled(login, disabled, commandActor()));
}

// One line per account: login, name, role, enabled or disabled, lock.
int listAccounts(const std::filesystem::path& dbPath) {
    auto store = openRecordFile(dbPath);
    if (!store) return 1;
    auto accounts = store->staffAccounts();
    if (!accounts) return report(fail(accounts.error()));
    for (const auto& account : *accounts) {
        std::cout << account.login << "\t" << account.displayName << "\t" << enumName(account.role)
                  << "\t" << (account.disabled ? "disabled" : "enabled");
        if (account.lockedUntil && *account.lockedUntil > utcNow()) {
            std::cout << "\tlocked until " << formatUtc(*account.lockedUntil);
        }
        std::cout << "\n";
    }
    return 0;
}

}  // namespace

void addStaffCommand(CLI::App& cli, const std::filesystem::path& dbPath, int& exitCode) {
    auto* staff = cli.add_subcommand("staff", "Front-desk staff accounts");
    staff->require_subcommand(1);
    auto options = std::make_shared<StaffOptions>();

    auto* add =
        staff->add_subcommand("add", "Add an account; its password is read from standard input");
    add->add_option("login", options->login, "What is typed at the login screen")->required();
    add->add_option("--name", options->name, "The name shown for the account");
    add->add_option("--role", options->role, "reception | admin")->capture_default_str();
    add->callback([options, &dbPath, &exitCode] { exitCode = addAccount(dbPath, *options); });

    auto* passwd = staff->add_subcommand(
        "passwd", "Set a new password (read from standard input); lifts a lock");
    passwd->add_option("login", options->login)->required();
    passwd->callback(
        [options, &dbPath, &exitCode] { exitCode = changePassword(dbPath, options->login); });

    auto* disable = staff->add_subcommand("disable", "Refuse the account's logins");
    disable->add_option("login", options->login)->required();
    disable->callback(
        [options, &dbPath, &exitCode] { exitCode = setDisabled(dbPath, options->login, true); });

    auto* enable = staff->add_subcommand("enable", "Accept the account's logins again");
    enable->add_option("login", options->login)->required();
    enable->callback(
        [options, &dbPath, &exitCode] { exitCode = setDisabled(dbPath, options->login, false); });

    auto* list = staff->add_subcommand("list", "The accounts: login, name, role, state");
    list->callback([&dbPath, &exitCode] { exitCode = listAccounts(dbPath); });
}

}  // namespace kiosk::app
