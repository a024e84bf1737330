// chronik-cli: headless tools for Chronik (lint, fsrs-replay, simulate, check, bench, ...).
#include <algorithm>
#include <csignal>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "cli/args.hpp"
#include "cli/command.hpp"
#include "cli/version.hpp"

namespace chronik::cli {

std::vector<Command>& command_registry() {
    static std::vector<Command> commands;
    return commands;
}

namespace {

void print_help(std::ostream& out) {
    auto commands = command_registry();
    std::sort(commands.begin(), commands.end(),
              [](const Command& a, const Command& b) { return a.name < b.name; });
    out << "chronik-cli " << kVersion << " - headless tools for Chronik\n\n"
        << "Usage: chronik-cli COMMAND [OPTIONS]\n"
        << "       chronik-cli COMMAND --help\n\n"
        << "Commands:\n";
    for (const auto& c : commands) {
        out << "  " << c.name << std::string(c.name.size() < 14 ? 14 - c.name.size() : 1, ' ')
            << c.summary << "\n";
    }
    out << "\nOptions:\n  --help     this text\n  --version  print the version\n";
}

}  // namespace
}  // namespace chronik::cli

int main(int argc, char** argv) {
    using namespace chronik::cli;
    // A file size limit (ulimit -f) must make a write fail with a message, as a full disk
    // does, instead of killing the process mid-save.
    std::signal(SIGXFSZ, SIG_IGN);
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        print_help(std::cerr);
        return 2;
    }
    if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        print_help(std::cout);
        return 0;
    }
    if (args[0] == "--version") {
        std::cout << "chronik-cli " << kVersion << "\n";
        return 0;
    }
    const auto& commands = command_registry();
    auto it = std::find_if(commands.begin(), commands.end(),
                           [&](const Command& c) { return c.name == args[0]; });
    if (it == commands.end()) {
        std::cerr << "chronik-cli: unknown command '" << args[0]
                  << "' (chronik-cli --help lists the commands)\n";
        return 2;
    }
    std::vector<std::string> rest(args.begin() + 1, args.end());
    const auto asked = asks_for(rest);
    if (asked == "--version") {
        std::cout << "chronik-cli " << it->name << " " << kVersion << "\n";
        return 0;
    }
    if (asked == "--help") {
        std::cout << it->usage;
        if (!it->usage.empty() && it->usage.back() != '\n') std::cout << "\n";
        return 0;
    }
    try {
        return it->run(rest);
    } catch (const UsageError& e) {
        std::cerr << "chronik-cli " << it->name << ": " << e.what() << "\n"
                  << "(chronik-cli " << it->name << " --help shows the usage)\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "chronik-cli " << it->name << ": error: " << e.what() << "\n";
        return 1;
    }
}
