// chronik-cli check: verifies a profile's save files (log readable, snapshot consistent) and
// repairs them.
#include <iostream>

#include "cli/args.hpp"
#include "cli/command.hpp"
#include "io/save/profile_check.hpp"
#include "io/save/profile_store.hpp"

namespace chronik::cli {
namespace {

constexpr const char* kUsage =
    R"usage(Usage: chronik-cli check [--saves DIR] --profile NAME [--repair]

Verifies one profile's save files without changing them: profile.json, the
review log reviews.jsonl (every line readable, no torn last line), the
snapshot snapshot.json (readable, of this profile, and equal to the progress
obtained by replaying the whole log). Prints the number of cards and reviews
and every problem as LEVEL: FILE: reason.

Options:
  --saves DIR     the saves folder (default: saves)
  --profile NAME  the profile, by display name or folder id
  --repair        fix what was found: damaged snapshots are moved to
                  damaged/, damaged log lines are dropped (the whole original
                  log is kept in damaged/), and the snapshot is rebuilt from
                  the log (the old one moved aside). Nothing is deleted.
  --help          this text

Exit status: 0 when the profile is healthy (after --repair: when the repair
made it healthy), 1 when problems remain or it cannot be read (for example
a profile from a newer Chronik), 2 for a bad command line.
)usage";

const char* level_name(io::MessageLevel level) {
    switch (level) {
        case io::MessageLevel::Info:
            return "note";
        case io::MessageLevel::Warning:
            return "warning";
        case io::MessageLevel::Error:
            return "error";
    }
    return "error";
}

void print(const io::CheckReport& r) {
    for (const auto& m : r.notes)
        std::cout << "note: " << m.file << ": " << m.reason << "\n";
    for (const auto& m : r.problems)
        std::cout << level_name(m.level) << ": " << m.file << ": " << m.reason << "\n";
    std::cout << r.cards << (r.cards == 1 ? " card, " : " cards, ") << r.log_reviews
              << (r.log_reviews == 1 ? " review" : " reviews") << " in the log (" << r.log_undos
              << " undone, " << r.reviews_in_effect << " in effect), " << r.log_lines << " lines\n";
}

int run_check(const std::vector<std::string>& raw) {
    const Args args(raw, {"--saves", "--profile"}, {"--repair"});
    if (!args.positional().empty())
        throw UsageError("unexpected argument " + args.positional().front());
    const auto name = args.get("--profile");
    if (!name) throw UsageError("--profile NAME is required");
    io::ProfileStore store(args.get_or("--saves", io::kDefaultSavesFolder));
    auto info = store.find(*name);
    if (!info) {
        std::cerr << "chronik-cli check: " << info.error().describe() << "\n";
        return 1;
    }
    std::cout << "profile " << info.value().id << " (\"" << info.value().display_name << "\")\n";
    if (info.value().problem)
        std::cout << "warning: profile.json: " << *info.value().problem << "\n";
    auto report = io::check_profile(info.value().folder);
    if (!report) {
        std::cerr << "chronik-cli check: " << report.error().describe() << "\n";
        return 1;
    }
    print(report.value());
    if (report.value().ok()) {
        std::cout << "ok\n";
        return 0;
    }
    if (!args.has("--repair")) {
        std::cout << report.value().problems.size()
                  << " problem(s); run with --repair to fix them\n";
        return 1;
    }
    std::cout << "repairing...\n";
    auto repaired = io::repair_profile(info.value().folder);
    if (!repaired) {
        std::cerr << "chronik-cli check: repair failed: " << repaired.error().describe() << "\n";
        return 1;
    }
    print(repaired.value());
    std::cout << (repaired.value().ok() ? "repaired\n" : "problems remain after the repair\n");
    return repaired.value().ok() ? 0 : 1;
}

const CommandRegistration kCheck{
    Command{"check", "verify (and --repair) a profile's save files", kUsage, run_check}};

}  // namespace
}  // namespace chronik::cli
