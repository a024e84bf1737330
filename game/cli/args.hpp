// A small command-line parser for chronik-cli subcommands: --name VALUE, --name=VALUE, flags,
// positionals, and "--" to end the options.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace chronik::cli {

// Thrown for a malformed command line; the message names the option.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class Args {
public:
    // `valued` lists options that take a value, `flags` those that do not
    // (--help and --version are always flags). Unknown options are a
    // UsageError. After "--" every argument is positional.
    Args(const std::vector<std::string>& args, const std::set<std::string>& valued,
         std::set<std::string> flags);

    bool has(const std::string& name) const;
    std::optional<std::string> get(const std::string& name) const;
    std::string get_or(const std::string& name, const std::string& fallback) const;
    // Parsed numbers; a value that is not a number is a UsageError naming the option.
    std::optional<long long> get_int(const std::string& name) const;
    std::optional<double> get_double(const std::string& name) const;
    const std::vector<std::string>& positional() const { return positional_; }

private:
    std::map<std::string, std::string> values_;
    std::set<std::string> present_;
    std::vector<std::string> positional_;
};

// "--help" when the arguments ask for help (--help or -h), "--version" for --version, before any
// "--"; main answers both for every subcommand before the subcommand runs.
std::optional<std::string> asks_for(const std::vector<std::string>& args);

}  // namespace chronik::cli
