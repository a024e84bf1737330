// chronik-cli profile: list, create, rename, delete, show, export/import profiles and FSRS
// review-log CSV.
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/args.hpp"
#include "cli/command.hpp"
#include "cli/saves_folder.hpp"
#include "io/desktop/process_environment.hpp"
#include "io/save/durable_file.hpp"
#include "io/save/profile_store.hpp"
#include "io/save/profile_transfer.hpp"
#include "optimize/weights.hpp"
#include "progress/statistics.hpp"
#include "srs/scheduler.hpp"

namespace chronik::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kUsage = R"usage(Usage: chronik-cli profile ACTION [--saves DIR] [OPTIONS]

Manages the profiles in the saves folder (default: the game's, see --saves).
NAME is a display name or a folder id. A new profile speaks the system's
language (German when LC_ALL, LC_MESSAGES or LANG is German).

Actions:
  list                               every profile: folder id, display name, problems
  create NAME                        a new profile; any name works (the folder id is made safe)
  rename --profile NAME NEW-NAME     change the display name (the folder stays)
  delete --profile NAME              move the profile to saves/.trash/<id>-<time> (recoverable)
  show --profile NAME [--utc-offset MIN] [--json]
                                     cards, reviews, streak, retention, 30-day due forecast
                                     (--json: one JSON object with the same figures)
  set-weights --profile NAME W       personal FSRS-6 weights for the scheduler: the 21
                                     numbers as Anki's FSRS options show them ("0.212,
                                     1.2931, ..."; commas, spaces or one per line), or
                                     "default" to go back to the default weights
  export --profile NAME --out FILE   the whole profile as one JSON file
  import FILE [--name NAME]          a new profile from an export file (a name in use
                                     becomes "NAME (2)")
  export-csv --profile NAME --out FILE
                                     the reviews in effect as FSRS optimizer CSV:
                                     card_id (an integer per item), review_time (ms),
                                     review_rating (1-4), review_state (before the review:
                                     0 new, 1 learning, 2 review, 3 relearning),
                                     review_duration (ms), then item_id, round_kind,
                                     utc_offset_minutes and the card state after the
                                     review (game/io/revlog/README.md)
  import-csv --profile NAME FILE     add the reviews of such a CSV (or of the older
                                     card_id,review_time_ms,rating form) to a profile; without the
                                     state columns the FSRS scheduler (with the profile's
                                     settings) computes the states. Bad lines are reported
                                     with their line numbers and skipped.

Options:
  --saves DIR   the saves folder (default: the game's: ~/.local/share/chronik
                or $XDG_DATA_HOME/chronik when installed, ./saves in a build)
  --help        this text

Exit status: 0 on success, 1 on failure (the message names the file and the
reason; import-csv: also when lines were skipped), 2 for a bad command line.
)usage";

int fail(const io::SaveError& e) {
    std::cerr << "chronik-cli profile: " << e.describe() << "\n";
    return 1;
}

std::string need_profile(const Args& args) {
    const auto p = args.get("--profile");
    if (!p) throw UsageError("--profile NAME is required");
    return *p;
}

const std::string& one_positional(const Args& args, const char* what) {
    if (args.positional().size() != 2) throw UsageError(std::string("expected ") + what);
    return args.positional()[1];
}

void print_report(const io::LoadReport& report) {
    for (const auto& m : report.messages) {
        const char* level = m.level == io::MessageLevel::Info      ? "note"
                            : m.level == io::MessageLevel::Warning ? "warning"
                                                                   : "error";
        std::cerr << level << ": " << m.file << ": " << m.reason << "\n";
    }
}

SchedulerParams scheduler_params(const ProfileSettings& s) {
    SchedulerParams p;
    if (s.fsrs_weights) p.w = *s.fsrs_weights;
    p.request_retention = s.desired_retention;
    p.maximum_interval = s.maximum_interval_days;
    p.learning_steps = parse_steps(s.learning_steps);
    p.relearning_steps = parse_steps(s.relearning_steps);
    return p;
}

int show(const io::ProfileStore& store, const Args& args) {
    auto storage = store.open(need_profile(args), io::OpenOptions{io::OpenMode::Inspect, 100});
    if (!storage) return fail(storage.error());
    print_report(storage.value().report());
    const ProfileProgress& p = storage.value().progress();
    const int offset = static_cast<int>(args.get_int("--utc-offset").value_or(0));
    const TimeMs now = io::now_ms();
    const auto counts = card_counts(p, 0);
    const auto streak = streak_view(p, now, offset);
    const auto months = true_retention(p, Period::Month);
    if (args.has("--json")) {
        auto retention = nlohmann::json::array();
        for (const auto& m : months)
            retention.push_back(
                {{"month", std::to_string(m.period / 12) + "-" + (m.period % 12 < 9 ? "0" : "") +
                               std::to_string(m.period % 12 + 1)},
                 {"retention", m.retention()},
                 {"first_reviews", m.first_reviews}});
        const auto& s = storage.value().settings();
        const nlohmann::json out = {
            {"profile", storage.value().profile_id()},
            {"cards", p.cards().size()},
            {"new", counts.new_cards},
            {"learning", counts.learning},
            {"young", counts.young},
            {"mature", counts.mature},
            {"reviews", p.scores().reviews},
            {"passed", p.scores().passed},
            {"streak_days", streak.current_days},
            {"best_streak_days", streak.best_days},
            {"rest_days", streak.rest_days},
            {"studied_today", streak.studied_today},
            {"true_retention", retention},
            {"due_next_30_days", due_forecast(p, now, offset)},
            {"fsrs_weights", s.fsrs_weights ? nlohmann::json(*s.fsrs_weights) : nlohmann::json()}};
        std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        return 0;
    }
    std::cout << "cards: " << p.cards().size() << " (new " << counts.new_cards << ", learning "
              << counts.learning << ", young " << counts.young << ", mature " << counts.mature
              << ")\n"
              << "reviews in effect: " << p.scores().reviews << " (" << p.scores().passed
              << " passed)\n"
              << "kind streak: " << streak.current_days << " days (best " << streak.best_days
              << ", rest days left " << streak.rest_days
              << (streak.studied_today ? ", studied today" : "") << ")\n";
    for (const auto& m : months)
        std::cout << "true retention " << m.period / 12 << "-" << std::setw(2) << std::setfill('0')
                  << m.period % 12 + 1 << std::setfill(' ') << ": " << std::fixed
                  << std::setprecision(1) << 100.0 * m.retention() << "% of " << m.first_reviews
                  << "\n";
    std::cout << "due in the next 30 days:";
    for (auto n : due_forecast(p, now, offset))
        std::cout << " " << n;
    std::cout << "\n";
    return 0;
}

int set_weights(const io::ProfileStore& store, const Args& args) {
    // Pasted weights may arrive as one argument or as 21 (an unquoted paste).
    std::string text;
    for (std::size_t i = 1; i < args.positional().size(); ++i)
        text += args.positional()[i] + " ";
    if (text.empty()) throw UsageError("set-weights needs the 21 weights (or \"default\")");
    std::optional<optimize::Weights> w;
    if (text != "default ") {
        const auto pasted = optimize::read_pasted_weights(text);
        if (!pasted) {
            std::cerr << "chronik-cli profile: set-weights: " << optimize::describe(pasted.error())
                      << "\n";
            return 1;
        }
        w = pasted.value();
    }
    auto storage = store.open(need_profile(args));
    if (!storage) return fail(storage.error());
    ProfileSettings settings = storage.value().settings();
    settings.fsrs_weights = w;
    if (auto r = storage.value().set_settings(settings); !r) return fail(r.error());
    if (auto r = storage.value().close(); !r) return fail(r.error());
    if (w)
        std::cout << "profile " << storage.value().profile_id()
                  << " now schedules with the weights " << optimize::format_weights(*w, 6) << "\n";
    else
        std::cout << "profile " << storage.value().profile_id()
                  << " now schedules with the default FSRS-6 weights\n";
    return 0;
}

int run_profile(const std::vector<std::string>& raw) {
    const Args args(raw, {"--saves", "--profile", "--out", "--name", "--utc-offset"}, {"--json"});
    if (args.positional().empty())
        throw UsageError("an ACTION is required (list, create, rename, ...)");
    const std::string& action = args.positional().front();
    io::ProfileStore store(saves_folder(args.get("--saves"), "profile"));

    if (action == "list") {
        auto all = store.list();
        if (!all) return fail(all.error());
        for (const auto& p : all.value()) {
            std::cout << p.id << "\t" << p.display_name;
            if (p.problem) std::cout << "\t(" << p.problem->describe() << ")";
            if (!p.name_conflict.empty()) {
                std::cout << "\t(renamed on two computers while apart:";
                for (const auto& n : p.name_conflict)
                    std::cout << " \"" << n.name << "\" on " << n.device
                              << (&n == &p.name_conflict.front() ? " (kept)" : "");
                std::cout << ")";
            }
            std::cout << "\n";
        }
        if (all.value().empty())
            std::cout << "no profiles in " << store.saves_folder().string() << "\n";
        return 0;
    }
    if (action == "create") {
        // A new profile speaks the system's language, as one made in the game would.
        ProfileSettings initial;
        initial.language = locale::system_language(io::locale_from_environment());
        auto created = store.create(one_positional(args, "create NAME"), initial);
        if (!created) return fail(created.error());
        std::cout << "created " << created.value().id << " (\"" << created.value().display_name
                  << "\") in " << created.value().folder.string() << "\n";
        return 0;
    }
    if (action == "rename") {
        auto renamed = store.rename(need_profile(args),
                                    one_positional(args, "rename --profile NAME NEW-NAME"));
        if (!renamed) return fail(renamed.error());
        std::cout << "renamed " << renamed.value().id << " to \"" << renamed.value().display_name
                  << "\"\n";
        return 0;
    }
    if (action == "delete") {
        auto moved = store.remove(need_profile(args));
        if (!moved) return fail(moved.error());
        std::cout << "moved to " << moved.value().string()
                  << " (move it back to recover the profile)\n";
        return 0;
    }
    if (action == "show") return show(store, args);
    if (action == "export") {
        const auto out = args.get("--out");
        if (!out) throw UsageError("--out FILE is required");
        if (auto r = io::export_profile(store, need_profile(args), *out); !r)
            return fail(r.error());
        std::cout << "exported to " << *out << "\n";
        return 0;
    }
    if (action == "import") {
        auto imported = io::import_profile(store, one_positional(args, "import FILE"),
                                           args.get_or("--name", ""));
        if (!imported) return fail(imported.error());
        print_report(imported.value().report);
        std::cout << "imported as " << imported.value().profile.id << " (\""
                  << imported.value().profile.display_name << "\")\n";
        return 0;
    }
    if (action == "export-csv") {
        const auto out = args.get("--out");
        if (!out) throw UsageError("--out FILE is required");
        auto storage = store.open(need_profile(args), io::OpenOptions{io::OpenMode::Inspect, 100});
        if (!storage) return fail(storage.error());
        auto n = io::export_revlog_csv(storage.value(), *out);
        if (!n) return fail(n.error());
        std::cout << "exported " << n.value() << " reviews to " << *out << "\n";
        return 0;
    }
    if (action == "import-csv") {
        const std::string& file = one_positional(args, "import-csv --profile NAME FILE");
        auto storage = store.open(need_profile(args));
        if (!storage) return fail(storage.error());
        const Scheduler scheduler(scheduler_params(storage.value().settings()));
        std::vector<text::RowProblem> problems;
        auto n = io::import_revlog_csv(
            storage.value(), file,
            [&](const CardState& before, Rating rating, TimeMs t) {
                return scheduler.next(before, rating, t);
            },
            problems);
        for (const auto& p : problems)
            std::cerr << file << ": line " << p.line << ": " << p.message << "\n";
        if (!n) return fail(n.error());
        std::cout << "imported " << n.value() << " reviews";
        if (!problems.empty()) std::cout << ", skipped " << problems.size() << " line(s)";
        std::cout << "\n";
        if (auto r = storage.value().close(); !r) return fail(r.error());
        return problems.empty() ? 0 : 1;
    }
    if (action == "set-weights") return set_weights(store, args);
    throw UsageError("unknown action " + action + " (see chronik-cli profile --help)");
}

const CommandRegistration kProfile{
    Command{"profile", "list, create, rename, delete, show, export and import profiles", kUsage,
            run_profile}};

}  // namespace
}  // namespace chronik::cli
