// Subcommands of chronik-cli: each cmd_*.cpp registers one with a CommandRegistration.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace chronik::cli {

struct Command {
    std::string name;     // e.g. "lint"
    std::string summary;  // one line for `chronik-cli --help`
    std::string usage;    // full text for `chronik-cli NAME --help`
    // Receives the arguments after the subcommand name; returns the exit status.
    std::function<int(const std::vector<std::string>& args)> run;
};

std::vector<Command>& command_registry();

// A file-scope object of this type adds a command at start-up. The CLI
// compiles its cmd_*.cpp files directly (not through a static library), so the
// linker keeps these objects.
struct CommandRegistration {
    explicit CommandRegistration(Command c) { command_registry().push_back(std::move(c)); }
};

}  // namespace chronik::cli
