// chronik-cli exam: set, show the plan to, and remove a profile's exam date (the game's
// Prüfungsplan, issue 18), so a script or a teacher can prepare a profile without the game.
#include <algorithm>
#include <cmath>
#include <ctime>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/args.hpp"
#include "cli/command.hpp"
#include "cli/saves_folder.hpp"
#include "io/bank/deck_loader.hpp"
#include "io/desktop/data_location.hpp"
#include "io/save/durable_file.hpp"
#include "io/save/profile_store.hpp"
#include "progress/exam_goal.hpp"
#include "study/study_session.hpp"

namespace chronik::cli {
namespace {

constexpr const char* kUsage =
    R"usage(Usage: chronik-cli exam ACTION --profile NAME [--saves DIR] [OPTIONS]

A profile's exam date (the game's Prüfungsplan) and the study plan to it: the
cards the exam covers are planned day by day so that as many as possible are
remembered at the exam (game/core/plan/README.md). While the exam lies ahead,
Lernen and quiz rounds in the game follow the plan; after it the profile is
back on plain FSRS.

Actions:
  set --profile NAME --date YYYY-MM-DD [--time HH:MM] [--minutes M]
      [--decks ID,ID...] [--topics TAG,TAG...]
                 sets the exam (replacing any). Options not given keep the
                 current exam's values, or 08:00, 20 minutes a day, the
                 profile's decks and every topic. The date must be today or
                 later and at most 365 days ahead; --decks and --topics must
                 name decks and tags of the bank ("" for all).
  plan --profile NAME [--json]
                 the plan from now: days left, today's cards, the answers a
                 day the minutes buy, planned reviews and new cards per day,
                 the predicted recall at the exam and, when the time is short,
                 the minutes that would reach 90 %
  remove --profile NAME
                 no exam: plain FSRS again

Options:
  --saves DIR        the saves folder (default: the game's: ~/.local/share/chronik
                     or $XDG_DATA_HOME/chronik when installed, ./saves in a build)
  --questions DIR    the question bank (default: the installed or repository
                     questions folder)
  --utc-offset MIN   the student's local time as minutes from UTC (default:
                     this machine's); dates and 04:00 study days are local
  --help             this text

Exit status: 0 on success, 1 when the profile, the bank or the exam cannot be
used (the message says which and why), 2 for a bad command line.
)usage";

namespace fs = std::filesystem;

int local_utc_offset_minutes() {
    const std::time_t t = std::time(nullptr);
    std::tm local{};
    localtime_r(&t, &local);
    return static_cast<int>(local.tm_gmtoff / 60);
}

std::vector<std::string> split_list(const std::string& text) {
    std::vector<std::string> out;
    std::stringstream in(text);
    std::string part;
    while (std::getline(in, part, ',')) {
        const auto b = part.find_first_not_of(" \t");
        if (b == std::string::npos) continue;
        out.push_back(part.substr(b, part.find_last_not_of(" \t") - b + 1));
    }
    return out;
}

// "08:00" -> 480; none for anything else.
std::optional<int> parse_clock(const std::string& text) {
    if (text.size() != 5 || text[2] != ':') return std::nullopt;
    for (const std::size_t i : {0u, 1u, 3u, 4u})
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
    const int h = (text[0] - '0') * 10 + (text[1] - '0');
    const int m = (text[3] - '0') * 10 + (text[4] - '0');
    if (h > 23 || m > 59) return std::nullopt;
    return h * 60 + m;
}

std::string format_clock(int minute_of_day) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", minute_of_day / 60 % 24, minute_of_day % 60);
    return buf;
}

std::string need_profile(const Args& args) {
    const auto p = args.get("--profile");
    if (!p) throw UsageError("--profile NAME is required");
    return *p;
}

int fail(const std::string& message) {
    std::cerr << "chronik-cli exam: " << message << "\n";
    return 1;
}

io::BankLoadResult load(const Args& args) {
    const auto given = args.get("--questions");
    const fs::path questions = io::question_bank_folder(
        given ? std::optional<fs::path>(*given) : std::nullopt, io::locate_data());
    io::BankLoadResult loaded = io::load_bank(questions);
    for (const auto& p : loaded.problems)
        std::cerr << p << "\n";
    if (loaded.bank.empty())
        throw std::runtime_error(questions.string() + ": no usable question items");
    return loaded;
}

// Why `goal` does not fit `bank` and the profile's decks: unknown decks and topics no card of
// them carries; empty when it fits.
std::vector<std::string> scope_problems(const bank::QuestionBank& bank,
                                        const ProfileSettings& settings, const ExamGoal& goal) {
    std::vector<std::string> out;
    for (const auto& id : goal.decks)
        if (std::none_of(bank.decks().begin(), bank.decks().end(),
                         [&](const bank::Deck& d) { return d.id == id; }))
            out.push_back("no deck " + id + " in the question bank");
    const auto topics = study::topics_of(bank, goal.decks.empty() ? settings.decks : goal.decks);
    for (const auto& tag : goal.topics)
        if (std::none_of(topics.begin(), topics.end(),
                         [&](const study::Topic& t) { return t.name == tag; }))
            out.push_back("no card of the exam's decks has the topic " + tag);
    return out;
}

int set_exam(io::ProfileStore& store, const Args& args, int offset) {
    const auto date_text = args.get("--date");
    if (!date_text) throw UsageError("set needs --date YYYY-MM-DD");
    const auto date = parse_iso_date(*date_text);
    if (!date) throw UsageError("--date " + *date_text + " is not a date of the form YYYY-MM-DD");
    std::optional<int> minute;
    if (auto t = args.get("--time")) {
        minute = parse_clock(*t);
        if (!minute) throw UsageError("--time " + *t + " is not a time of the form HH:MM");
    }
    const auto minutes = args.get_int("--minutes");
    if (minutes && (*minutes < 1 || *minutes > kMaxExamMinutesPerDay))
        throw UsageError("--minutes must be 1 to " + std::to_string(kMaxExamMinutesPerDay));

    const TimeMs now = io::now_ms();
    const std::int64_t today = utc_day_number(now + offset * kMinuteMs);
    const std::int64_t ahead = days_from_civil(*date) - today;
    if (ahead < 0)
        return fail("the exam date " + *date_text + " is in the past (today is " +
                    format_iso_date(civil_from_days(today)) + ")");
    if (ahead > kMaxExamDaysAhead)
        return fail("the exam date " + *date_text + " is more than " +
                    std::to_string(kMaxExamDaysAhead) + " days ahead");

    const auto loaded = load(args);
    auto storage = store.open(need_profile(args));
    if (!storage) return fail(storage.error().describe());
    ProfileSettings settings = storage.value().settings();
    ExamGoal goal = settings.exam.value_or(default_exam_goal(today));
    goal.date = *date;
    if (minute) goal.minute_of_day = *minute;
    if (minutes) goal.minutes_per_day = static_cast<int>(*minutes);
    if (auto d = args.get("--decks")) goal.decks = split_list(*d);
    if (auto t = args.get("--topics")) goal.topics = split_list(*t);
    settings.exam = goal;

    auto problems = scope_problems(loaded.bank, settings, goal);
    for (auto& p : study::StudySession::settings_problems(settings))
        problems.push_back(std::move(p));
    if (exam_at(goal, offset) <= now)
        problems.push_back("the exam time " + format_clock(goal.minute_of_day) +
                           " today has passed");
    if (!problems.empty()) {
        for (const auto& p : problems)
            std::cerr << "chronik-cli exam: " << p << "\n";
        return 1;
    }
    if (auto r = storage.value().set_settings(settings); !r) return fail(r.error().describe());
    if (auto r = storage.value().close(); !r) return fail(r.error().describe());
    std::cout << "profile " << storage.value().profile_id() << ": exam on "
              << format_iso_date(goal.date) << " at " << format_clock(goal.minute_of_day) << ", "
              << goal.minutes_per_day << (goal.minutes_per_day == 1 ? " minute" : " minutes")
              << " a day\n";
    return 0;
}

int remove_exam(io::ProfileStore& store, const Args& args) {
    auto storage = store.open(need_profile(args));
    if (!storage) return fail(storage.error().describe());
    ProfileSettings settings = storage.value().settings();
    const bool had = settings.exam.has_value();
    settings.exam.reset();
    if (had) {
        if (auto r = storage.value().set_settings(settings); !r) return fail(r.error().describe());
    }
    if (auto r = storage.value().close(); !r) return fail(r.error().describe());
    std::cout << "profile " << storage.value().profile_id()
              << (had ? ": exam removed, plain FSRS again\n" : ": had no exam\n");
    return 0;
}

int percent(double share) {
    return static_cast<int>(std::lround(share * 100));
}

int show_plan(io::ProfileStore& store, const Args& args, int offset) {
    const auto loaded = load(args);
    auto storage = store.open(need_profile(args), io::OpenOptions{io::OpenMode::Inspect, 100});
    if (!storage) return fail(storage.error().describe());
    const auto& settings = storage.value().settings();
    const std::string id = storage.value().profile_id();
    if (!settings.exam)
        return fail("profile " + id + " has no exam (chronik-cli exam set --profile " + id +
                    " --date YYYY-MM-DD)");
    const study::StudySession session(loaded.bank, settings, id, 0);
    const TimeMs now = io::now_ms();
    std::optional<study::ExamPreparation> prep;
    try {
        prep = session.exam(storage.value().progress(), now, offset);
    } catch (const std::exception& e) {
        return fail("profile " + id + ": " + e.what());
    }
    const auto& goal = prep->goal;
    const auto& plan = prep->plan;
    std::optional<study::BudgetAdvice> advice;
    if (prep->active() && !prep->items.empty())
        advice = session.exam_advice(*prep, storage.value().progress(), now, offset);

    if (args.has("--json")) {
        auto days = nlohmann::json::array();
        for (const auto& d : plan.days)
            days.push_back({{"date", format_iso_date(civil_from_days(d.study_day))},
                            {"reviews", d.reviews},
                            {"new_cards", d.new_cards},
                            {"recall_next_morning", d.recall_next_morning}});
        auto today = nlohmann::json::array();
        for (const auto* item : prep->today)
            today.push_back(item->id);
        nlohmann::json out = {{"profile", id},
                              {"exam_date", format_iso_date(goal.date)},
                              {"exam_time", format_clock(goal.minute_of_day)},
                              {"minutes_per_day", goal.minutes_per_day},
                              {"decks", goal.decks},
                              {"topics", goal.topics},
                              {"active", prep->active()},
                              {"days_left", prep->days_left},
                              {"cards", prep->items.size()},
                              {"seconds_per_answer", prep->seconds_per_answer},
                              {"answers_per_day", prep->answers_per_day()},
                              {"answers_today", prep->answers_today},
                              {"today", today},
                              {"days", days},
                              {"exam_recall", plan.exam_recall},
                              {"recall_if_idle", plan.recall_if_idle},
                              {"new_cards", plan.new_cards},
                              {"new_cards_introduced", plan.new_cards_introduced}};
        if (advice) {
            out["enough"] = advice->enough;
            if (advice->more_minutes) {
                out["more_minutes"] = *advice->more_minutes;
                out["more_recall"] = advice->more_recall;
            }
        }
        std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        return 0;
    }

    std::cout << "profile " << id << ": exam on " << format_iso_date(goal.date) << " at "
              << format_clock(goal.minute_of_day) << ", " << goal.minutes_per_day
              << (goal.minutes_per_day == 1 ? " minute" : " minutes") << " a day, "
              << prep->items.size() << " cards\n";
    if (!prep->active()) {
        std::cout << "the exam has begun or is over: the profile studies with plain FSRS "
                     "(chronik-cli exam remove to drop it)\n";
        return 0;
    }
    if (prep->items.empty()) {
        std::cout << "the exam covers no cards: choose other decks or topics\n";
        return 0;
    }
    std::cout << prep->days_left << (prep->days_left == 1 ? " day" : " days") << " to the exam; "
              << prep->answers_per_day() << " answers a day at "
              << std::lround(prep->seconds_per_answer) << " s an answer\n"
              << "today: " << prep->today.size() << " cards (" << plan.days.front().reviews
              << " reviews, " << plan.days.front().new_cards << " new)\n"
              << "predicted recall at the exam: " << percent(plan.exam_recall)
              << " % (without more study: " << percent(plan.recall_if_idle) << " %)\n";
    if (plan.new_cards_introduced < plan.new_cards)
        std::cout << "the time leaves " << plan.new_cards - plan.new_cards_introduced << " of "
                  << plan.new_cards << " new cards unseen\n";
    if (advice && advice->more_minutes)
        std::cout << "with " << *advice->more_minutes << " minutes a day: about "
                  << percent(advice->more_recall) << " %\n";
    std::cout << "day         reviews  new  recall next morning\n";
    for (const auto& d : plan.days) {
        char line[96];
        std::snprintf(line, sizeof line, "%s %7d %4d  %3d %%\n",
                      format_iso_date(civil_from_days(d.study_day)).c_str(), d.reviews, d.new_cards,
                      percent(d.recall_next_morning));
        std::cout << line;
    }
    return 0;
}

int run_exam(const std::vector<std::string>& raw) {
    const Args args(raw,
                    {"--saves", "--profile", "--questions", "--utc-offset", "--date", "--time",
                     "--minutes", "--decks", "--topics"},
                    {"--json"});
    if (args.positional().size() != 1)
        throw UsageError("one ACTION is required (set, plan or remove)");
    const std::string& action = args.positional().front();
    int offset = local_utc_offset_minutes();
    if (auto o = args.get_int("--utc-offset")) {
        if (*o < -840 || *o > 840) throw UsageError("--utc-offset must be -840 to 840");
        offset = static_cast<int>(*o);
    }
    io::ProfileStore store(saves_folder(args.get("--saves"), "exam"));
    if (action == "set") return set_exam(store, args, offset);
    if (action == "plan") return show_plan(store, args, offset);
    if (action == "remove") return remove_exam(store, args);
    throw UsageError("unknown action " + action + " (set, plan or remove)");
}

const CommandRegistration kExam{Command{
    "exam", "set, plan and remove a profile's exam date (the study plan to it)", kUsage, run_exam}};

}  // namespace
}  // namespace chronik::cli
