// chronik-cli check: verifies a profile's save files (log readable, snapshot consistent) and
// repairs them.
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/args.hpp"
#include "cli/command.hpp"
#include "cli/saves_folder.hpp"
#include "io/save/profile_check.hpp"
#include "io/save/profile_store.hpp"

namespace chronik::cli {
namespace {

constexpr const char* kUsage =
    R"usage(Usage: chronik-cli check [--saves DIR] --profile NAME [--repair] [--json]

Verifies one profile's save files without changing them: profile.json, the
review log reviews.jsonl (every line readable and accepted, also lines older
than the snapshot; no torn last line), the snapshot snapshot.json (readable,
of this profile, and equal to the progress obtained by replaying the whole
log). Prints the number of cards and reviews and every problem as
LEVEL: FILE: reason (with the line number for log lines). It takes no lock:
it works while the game has the profile open, and checks the log as it was
when it started reading.

Options:
  --saves DIR     the saves folder (default: the game's: ~/.local/share/chronik
                  or $XDG_DATA_HOME/chronik when installed, ./saves in a build)
  --profile NAME  the profile, by display name or folder id
  --repair        fix what was found (needs the profile closed everywhere
                  else): damaged snapshots are moved to damaged/, a damaged
                  profile.json is written anew (keeping the display name
                  when a copy survives), damaged or rejected log lines are
                  set aside into damaged/reviews.jsonl.lines-<time> with
                  their line numbers (the whole original log is kept as
                  damaged/reviews.jsonl.before-repair-<time>), and the
                  snapshot is rebuilt from the remaining lines (the old one
                  moved aside). Nothing is deleted.
  --json          print one JSON object instead (the last one after
                  --repair): {"profile", "display_name", "ok", "cards",
                  "log_reviews", "log_undos", "reviews_in_effect",
                  "log_lines", "notes": [...], "problems": [{"level",
                  "file", "line" (log lines), "reason"}, ...],
                  "repaired": true|false}
  --help          this text

Exit status: 0 when the profile is healthy (after --repair: when the repair
made it healthy), 1 when problems remain or it cannot be read (for example
a file from a newer Chronik) or --repair finds it open elsewhere, 2 for a
bad command line.
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

nlohmann::json messages_json(const std::vector<io::LoadMessage>& messages) {
    auto out = nlohmann::json::array();
    for (const auto& m : messages) {
        nlohmann::json one = {
            {"level", level_name(m.level)}, {"file", m.file}, {"reason", m.reason}};
        if (m.line > 0) one["line"] = m.line;
        out.push_back(std::move(one));
    }
    return out;
}

// The --json form: one object on stdout, so scripts need not parse the text.
int print_json(const io::ProfileInfo& info, const io::CheckReport& r, bool repaired) {
    // profile.json's problems are in the report (check_profile reads it as loading does).
    const nlohmann::json problems = messages_json(r.problems);
    const nlohmann::json out = {{"profile", info.id},
                                {"display_name", info.display_name},
                                {"ok", r.ok()},
                                {"cards", r.cards},
                                {"log_reviews", r.log_reviews},
                                {"log_undos", r.log_undos},
                                {"reviews_in_effect", r.reviews_in_effect},
                                {"log_lines", r.log_lines},
                                {"notes", messages_json(r.notes)},
                                {"problems", problems},
                                {"repaired", repaired}};
    std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return r.ok() ? 0 : 1;
}

int run_check(const std::vector<std::string>& raw) {
    const Args args(raw, {"--saves", "--profile"}, {"--repair", "--json"});
    const bool json = args.has("--json");
    if (!args.positional().empty())
        throw UsageError("unexpected argument " + args.positional().front());
    const auto name = args.get("--profile");
    if (!name) throw UsageError("--profile NAME is required");
    io::ProfileStore store(saves_folder(args.get("--saves"), "check"));
    auto info = store.find(*name);
    if (!info) {
        std::cerr << "chronik-cli check: " << info.error().describe() << "\n";
        return 1;
    }
    auto report = io::check_profile(info.value().folder);
    if (!report) {
        std::cerr << "chronik-cli check: " << report.error().describe() << "\n";
        return 1;
    }
    if (json && (report.value().ok() || !args.has("--repair")))
        return print_json(info.value(), report.value(), false);
    if (!json) {
        std::cout << "profile " << info.value().id << " (\"" << info.value().display_name
                  << "\")\n";
        print(report.value());
    }
    if (report.value().ok()) {
        std::cout << "ok\n";
        return 0;
    }
    if (!args.has("--repair")) {
        std::cout << report.value().problems.size()
                  << " problem(s); run with --repair to fix them\n";
        return 1;
    }
    if (!json) std::cout << "repairing...\n";
    auto repaired = io::repair_profile(info.value().folder);
    if (!repaired) {
        std::cerr << "chronik-cli check: repair failed: " << repaired.error().describe() << "\n";
        return 1;
    }
    if (json) return print_json(info.value(), repaired.value(), true);
    print(repaired.value());
    std::cout << (repaired.value().ok() ? "repaired\n" : "problems remain after the repair\n");
    return repaired.value().ok() ? 0 : 1;
}

const CommandRegistration kCheck{
    Command{"check", "verify (and --repair) a profile's save files", kUsage, run_check}};

}  // namespace
}  // namespace chronik::cli
