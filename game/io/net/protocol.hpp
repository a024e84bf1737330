// The classroom wire protocol: messages between a student's client and the teacher's host, as JSON.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "classroom/classroom_game.hpp"
#include "hosting/refusal.hpp"

namespace chronik::io::net {

// Every message is one JSON object in one frame (frame.hpp):
//   {"v": 1, "t": "<type>", ...}
// Clients number their messages ("seq", strictly increasing per connection):
// the host drops a seq it has seen or passed (a replay).
inline constexpr int kProtocolVersion = 1;
// A longer "order" is malformed; a shorter one that is no permutation is rejected (bad-order).
inline constexpr std::size_t kMaxOrderLength = 64;

// ------------------------------------------------------------ client -> host
enum class ClientKind { Hello, Answer, Bye, Pong };

struct ClientMessage {
    ClientKind kind = ClientKind::Hello;
    std::uint64_t seq = 0;
    std::string code;          // hello: the room code
    std::string name;          // hello: the name the student typed
    std::size_t question = 0;  // answer; pong: the ping's number
    std::size_t choice = 0;    // answer to a multiple-choice question
    std::string token = {};    // hello, optional: the welcome's token, to take a player back
    // answer to a timeline question ("order" instead of "choice"): event ids, earliest first.
    // Parsed as given (at most kMaxOrderLength ids); the game checks it is a permutation.
    bool has_order = false;
    std::vector<std::size_t> order{};
};

// ------------------------------------------------------------ host -> client
enum class HostKind {
    Welcome,      // text: your name (as the host cleaned it); rejoined; token
    Waiting,      // text: the seat's name; the teacher decides whether you get it back
    Refused,      // refusal (retry_ms with too-many-tries); the host closes
    Question,     // question, question_count, prompt, choices, reading_ms, time_limit_ms
    Open,         // question, left_ms?: answers are taken from now on
    Locked,       // question: your answer is in (not whether it is right)
    Rejected,     // question, rejection: why the answer was not taken
    Reveal,       // question, correct_choice, your_choice, points, score, streak, distribution
    Skipped,      // question: the teacher skipped it
    Leaderboard,  // question, rows (top 10), you
    Paused,
    Resumed,
    End,      // rows (the podium), you
    Removed,  // the teacher removed you; the host closes
    Ping,     // ping: the host is still there; a browser answers with a pong of the same number
};

struct StandingRow {
    std::string name;
    std::int64_t score = 0;
    int rank = 0;
    int correct = 0;
};

struct HostMessage {
    HostKind kind = HostKind::Welcome;
    std::string text;
    bool rejoined = false;
    std::string token;  // welcome: a secret that takes this player back on a new connection
    hosting::Refusal refusal = hosting::Refusal::WrongCode;  // refused
    std::optional<std::int64_t> retry_ms;  // refused too-many-tries: the next try is heard then
    classroom::AnswerVerdict rejection = classroom::AnswerVerdict::NotAnswering;  // rejected
    std::size_t question = 0;  // ping: its number ("n")
    std::size_t question_count = 0;
    std::string prompt;
    // question: the choices, or a timeline question's events ("events" on the wire; the answer is
    // an order of their ids 0..n-1).
    bool timeline = false;
    std::vector<std::string> choices;
    std::int64_t reading_ms = 0;
    std::optional<std::int64_t> time_limit_ms;
    // open: the answer time still left, when a student (re)joins a question already running;
    // absent when the answers open just now.
    std::optional<std::int64_t> left_ms;
    std::optional<std::size_t> correct_choice;
    std::optional<std::size_t> your_choice;
    std::int64_t points = 0;
    std::int64_t score = 0;
    int streak = 0;
    // reveal of a timeline question: the event ids earliest first, each event's date, the order
    // the student gave (empty: none) and its pairs in the right order of all pairs.
    std::vector<std::size_t> correct_order;
    std::vector<std::string> dates;
    std::vector<std::size_t> your_order;
    std::optional<std::size_t> pairs_ordered;
    std::size_t pairs_total = 0;
    std::vector<std::size_t> distribution;
    std::size_t no_answer = 0;
    std::vector<StandingRow> rows;
    std::optional<StandingRow> you;
};

std::string_view client_kind_name(ClientKind kind);
std::string_view host_kind_name(HostKind kind);

// Encoders: the payload of one frame.
std::string encode(const ClientMessage& message);
std::string encode(const HostMessage& message);

// Decoders never throw: anything that is not exactly a known message of this
// version (malformed JSON, nesting deeper than 8, wrong types, missing fields,
// numbers out of range, unknown type, other version) is an error text.
struct ParseError {
    std::string reason;
};
std::variant<ClientMessage, ParseError> parse_client_message(std::string_view payload);
std::variant<HostMessage, ParseError> parse_host_message(std::string_view payload);

}  // namespace chronik::io::net
