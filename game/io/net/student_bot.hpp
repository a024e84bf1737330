// A scripted student for network classroom games: joins, answers each question, reports what
// happened.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hosting/refusal.hpp"

namespace chronik::io::net {

enum class BotStrategy {
    Correct,  // knows the bank: picks the right choice at once
    Random,   // picks any choice at once
    Slow,     // knows the bank but answers after 60% of the time limit
};

std::optional<BotStrategy> parse_bot_strategy(std::string_view name);

struct BotOptions {
    std::string host = "127.0.0.1";
    unsigned short port = 0;
    std::string code;
    std::string name;
    BotStrategy strategy = BotStrategy::Correct;
    std::uint64_t seed = 1;
    std::int64_t connect_timeout_ms = 5'000;
    std::int64_t game_timeout_ms = 120'000;  // gives up after this long
};

struct BotReport {
    std::string name;                         // as the host named it
    bool finished = false;                    // the host sent the end of the game
    std::optional<hosting::Refusal> refused;  // the host's reason when it refused the bot
    int questions = 0;
    int answers_sent = 0;
    int answers_locked = 0;
    int answers_rejected = 0;
    int correct_reveals = 0;  // reveals where the bot's choice (or whole order) was right
    std::int64_t score = 0;   // from the last reveal or the end
};

// The correct answers' texts for a prompt, from the bot's own copy of the
// bank (several when the bank asks one prompt more than once); empty when it
// does not know the prompt (it then guesses).
using AnswerLookup = std::function<std::vector<std::string>(const std::string& prompt)>;

// A timeline question's events (texts, in the order shown) put in order from the bot's own copy
// of the bank: event ids, earliest first; empty when it does not know every event (it then
// answers with a random order).
using OrderLookup = std::function<std::vector<std::size_t>(const std::vector<std::string>& events)>;

// Plays one game. Throws std::runtime_error when it cannot connect.
BotReport run_student_bot(const BotOptions& options, const AnswerLookup& lookup,
                          const OrderLookup& order_lookup = {});

}  // namespace chronik::io::net
