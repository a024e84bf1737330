// chronik-cli join: plays a network classroom game as a scripted student (a bot).
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "classroom/classroom_question.hpp"
#include "cli/args.hpp"
#include "cli/command.hpp"
#include "io/classroom/classroom_bank.hpp"
#include "io/desktop/data_location.hpp"
#include "io/log/logging.hpp"
#include "io/net/client.hpp"
#include "io/net/student_bot.hpp"

namespace chronik::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kUsage =
    R"(Usage: chronik-cli join HOST:PORT --code C --name NAME --bot correct|random|slow [options]

Joins a classroom game (hosted by `chronik-cli host` or the game) as a
scripted student and plays it to the end:

  correct  answers at once with the right choice, looked up in its own copy
           of the bank by the prompt the host sends (the host never sends
           the right answer before the reveal); a timeline question's events
           in the order of their dates in that bank
  random   answers at once with a random choice (a random order)
  slow     answers right, after 60% of the time limit (1.5 s without a timer)

The room code may be typed in any case and with spaces ("k7q x3m").

Options:
  --deck FILE     the bot's bank: this deck file instead of the shipped bank
                  (found from the current directory upwards like `chronik-cli lint`)
  --seed S        seed for the random bot (default 1)
  --timeout S     give up after S seconds (default 120)
  --json          print the report as JSON
  --verbose       log more (stderr)
  --help          this text

Prints what happened: the name the host gave, questions seen, answers sent,
locked and rejected, correct reveals and the final score.

Exit status: 0 when the game ran to the end, 1 when the bot was refused, could
not connect or the game did not end in time, 2 for a bad command line.
)";

int run_join(const std::vector<std::string>& raw) {
    const Args args(raw, {"--code", "--name", "--bot", "--deck", "--seed", "--timeout"},
                    {"--help", "--json", "--verbose"});
    // Dropped messages are logged on stderr (stdout carries the result).
    io::LogOptions log;
    log.verbose = args.has("--verbose");
    io::init_logging(log);
    if (args.positional().size() != 1) throw UsageError("expected one HOST:PORT");
    const auto code = args.get("--code");
    const auto name = args.get("--name");
    const auto bot = args.get("--bot");
    if (!code || !name || !bot) throw UsageError("--code, --name and --bot are required");
    const auto strategy = io::net::parse_bot_strategy(*bot);
    if (!strategy) throw UsageError("--bot must be correct, random or slow");
    io::net::HostAddress address;
    try {
        address = io::net::parse_host_address(args.positional()[0]);
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
    }
    const double timeout_s = args.get_double("--timeout").value_or(120);
    if (!(timeout_s > 0) || timeout_s > 86400)
        throw UsageError("--timeout must be 0-86400 seconds");

    std::map<std::string, std::vector<std::string>> answers;
    std::map<std::string, bank::EventDate> event_dates;  // a timeline question's events
    if (*strategy != io::net::BotStrategy::Random) {
        const auto deck = args.get("--deck");
        const auto loaded = io::load_classroom_bank(
            deck ? std::optional<fs::path>(*deck) : std::nullopt,
            deck ? fs::path{} : io::question_bank_folder(std::nullopt, io::locate_data()));
        for (const auto* item : loaded.bank.items()) {
            if (item->kind() == bank::ItemKind::Flashcard) continue;
            if (const auto* event = item->event()) event_dates.emplace(event->text, event->date);
            for (const auto language : {bank::DateLanguage::German, bank::DateLanguage::English}) {
                answers[classroom::classroom_prompt(*item, language)].push_back(
                    classroom::classroom_answer(*item, language));
            }
        }
    }

    io::net::BotOptions options;
    options.host = address.host;
    options.port = address.port;
    options.code = *code;
    options.name = *name;
    options.strategy = *strategy;
    options.seed = static_cast<std::uint64_t>(args.get_int("--seed").value_or(1));
    options.game_timeout_ms = static_cast<std::int64_t>(timeout_s * 1000);
    const auto by_date = [&](const std::vector<std::string>& events) {
        std::vector<std::size_t> order;
        for (std::size_t i = 0; i < events.size(); ++i) {
            if (!event_dates.contains(events[i])) return std::vector<std::size_t>{};
            order.push_back(i);
        }
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return bank::timeline_before(event_dates.at(events[a]), event_dates.at(events[b]));
        });
        return order;
    };
    const auto report = io::net::run_student_bot(
        options,
        [&](const std::string& prompt) {
            const auto it = answers.find(prompt);
            return it == answers.end() ? std::vector<std::string>{} : it->second;
        },
        by_date);

    if (args.has("--json")) {
        const nlohmann::json j{
            {"name", report.name},
            {"finished", report.finished},
            {"refused",
             report.refused ? std::string(hosting::refusal_name(*report.refused)) : std::string()},
            {"questions", report.questions},
            {"answers_sent", report.answers_sent},
            {"answers_locked", report.answers_locked},
            {"answers_rejected", report.answers_rejected},
            {"correct", report.correct_reveals},
            {"score", report.score}};
        std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else {
        std::cout << "name " << report.name << ", questions " << report.questions
                  << ", answers sent " << report.answers_sent << ", locked "
                  << report.answers_locked << ", rejected " << report.answers_rejected
                  << ", correct " << report.correct_reveals << ", score " << report.score
                  << (report.finished ? "" : " (the game did not end)") << "\n";
    }
    if (report.refused) {
        std::cerr << "chronik-cli join: the host refused: "
                  << hosting::refusal_name(*report.refused) << "\n";
        return 1;
    }
    return report.finished ? 0 : 1;
}

const CommandRegistration kRegistration{
    {"join", "play a network classroom game as a scripted student", kUsage, run_join}};

}  // namespace
}  // namespace chronik::cli
