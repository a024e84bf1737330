// Joining a network class game as a student: the door from the join scenes to the network.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace chronik::ui {

// Where the student is with the host.
enum class JoinState {
    Connecting,    // the connection is being made or the hello is on its way
    AwaitingSeat,  // our name is a seat in the game: the teacher decides whether it is ours
    Joined,        // the host welcomed us (as view().name)
    Refused,       // the host said no (view().refusal); it closed the connection
    Lost,          // the connection dropped, or could not be made (view().problem); reconnect()
    Removed,       // the teacher removed us
    Ended,         // the game reached its podium (view().final_rows, view().me)
};

// Why the host refused (the protocol's closed set; io/net maps each reason).
enum class Refusal {
    WrongCode,
    TooManyTries,  // wrong codes from this computer too often: view().retry_after_ms
    EmptyName,
    GameFull,
    GameOver,
    RoomLocked,  // the teacher closed the room to new names
    Replaced,
};

// Why the host did not take an answer (BadOrder: a timeline order that is no order of its events).
enum class Rejection { TooLate, Paused, AlreadyAnswered, NotOpen, BadOrder };

// The current question's stage.
enum class QuestionPhase {
    Reading,   // shown, answers not open yet
    Open,      // answers are taken
    Locked,    // our answer is in (the host does not say whether it is right)
    Revealed,  // the host showed the correct choice
    Skipped,   // the teacher skipped it
};

struct JoinRow {
    std::string name;
    std::int64_t score = 0;
    int rank = 0;
    int correct = 0;
};

struct JoinQuestion {
    std::size_t number = 0;  // 0-based index in the game
    std::size_t count = 0;   // questions in the game
    std::string prompt;
    // The choices, or a timeline question's events (an event's id is its index).
    std::vector<std::string> choices;
    bool timeline = false;
    QuestionPhase phase = QuestionPhase::Reading;
    std::optional<std::int64_t> time_limit_ms;  // none: no timer
    std::int64_t reading_ms = 0;
    std::optional<std::size_t> chosen;        // what we sent (and the host locked)
    std::vector<std::size_t> order;           // timeline: the order we sent (empty: none)
    std::optional<std::int64_t> response_ms;  // from the question appearing to our answer
    std::optional<Rejection> rejected;        // why the host did not take the answer
    // Reveal:
    std::optional<std::size_t> correct_choice;
    std::int64_t points = 0;  // what this question gave us
    // Reveal of a timeline: the event ids earliest first, each event's date (by id), and how
    // many pairs of our order were in the right order of all pairs (none: no order).
    std::vector<std::size_t> correct_order;
    std::vector<std::string> dates;
    std::optional<std::size_t> pairs_ordered;
    std::size_t pairs_total = 0;
    // Whether the answers stayed open for the whole time limit while we were connected (a
    // missing answer then means the time ran out on us).
    bool had_whole_time = false;
};

// A snapshot the scenes draw from; only poll() changes it.
struct JoinView {
    JoinState state = JoinState::Connecting;
    std::string address;  // "host:port"
    std::string code;
    std::string typed_name;  // as the student typed it (cleaned)
    std::string name;        // as the host named us (it may add a number to a taken name)
    bool rejoined = false;
    Refusal refusal = Refusal::WrongCode;
    std::int64_t retry_after_ms = 0;  // TooManyTries: the host hears the next try after this
    std::string problem;              // why the connection was lost or could not be made
    bool paused = false;
    std::optional<JoinQuestion> question;
    std::int64_t score = 0;
    int streak = 0;
    // Timeline questions revealed with some but not all of our pairs in order: their points are
    // no right answer, so the end screen names them (the host's rows count right answers only).
    int partial_timelines = 0;
    std::vector<JoinRow> leaderboard;  // top rows after the last reveal
    std::optional<JoinRow> me;         // our row (leaderboard or podium)
    std::vector<JoinRow> final_rows;   // the podium
};

// What changed in one poll(), in order; the view already shows the result.
enum class JoinEvent {
    AwaitingSeat,
    Welcomed,
    Refused,
    Lost,
    QuestionShown,
    AnswersOpen,
    AnswerLocked,
    AnswerRejected,
    Revealed,
    Skipped,
    Leaderboard,
    Paused,
    Resumed,
    Ended,
    Removed,
};

// One attempt to take part in a game. Never blocks: connecting runs in the background.
class JoinSession {
public:
    virtual ~JoinSession() = default;
    // Reads what arrived (non-blocking) and returns what changed since the last call; the list
    // stays valid until the next call.
    virtual const std::vector<JoinEvent>& poll() = 0;
    virtual const JoinView& view() const = 0;
    // Milliseconds left to answer the open question by our clock (the host's clock decides), or
    // none when no timer runs or no answers are open.
    virtual std::optional<std::int64_t> time_left_ms() const = 0;
    // Sends our answer to the open question; false when answers are not open or we answered.
    virtual bool answer(std::size_t choice) = 0;
    // Sends our order of a timeline question's events (ids earliest first); false as answer().
    virtual bool answer_order(const std::vector<std::size_t>& order) = 0;
    // After Lost (or Refused as Replaced): connects again with the same address, code and name,
    // and the host's token, so the host gives the seat and the score back.
    virtual void reconnect() = 0;
    // Says goodbye to the host (when the student leaves) and closes.
    virtual void leave() = 0;
};

struct JoinRequest {
    std::string host;
    unsigned short port = 0;
    std::string code;
    std::string name;
};

class JoinConnector {
public:
    virtual ~JoinConnector() = default;
    // Starts connecting at once and returns without waiting.
    virtual std::unique_ptr<JoinSession> connect(const JoinRequest& request) = 0;
    // The last request of this run (the form offers its address and code again).
    virtual std::optional<JoinRequest> last_request() const { return std::nullopt; }
};

}  // namespace chronik::ui
