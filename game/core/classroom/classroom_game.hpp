// The classroom game as a state machine: players join, questions run through reading, answering,
// reveal and leaderboard to a podium; the host times every answer itself.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "classroom/classroom_question.hpp"
#include "round/classroom_points.hpp"
#include "round/leaderboard.hpp"
#include "round/timeline_score.hpp"
#include "time/time_point.hpp"

namespace chronik::classroom {

// Lobby --start--> Reading --(reading pause over / next)--> Answering
//   --(all answered / time up / reveal_now)--> Reveal --next--> Leaderboard
//   --next--> Reading of the next question, or Podium after the last one.
// end() goes to the Podium from any phase; skip() drops the current question
// unscored. Reading and Answering can be paused (the clock stops).
enum class Phase { Lobby, Reading, Answering, Reveal, Leaderboard, Podium };

struct ClassroomSettings {
    // Speed bonus, streak bonus and the answer timer (nullopt: no timer;
    // the teacher reveals).
    round::ClassroomScoring scoring;
    std::int64_t reading_ms = 3'000;  // pause before answers open
    // Reveal and leaderboard move on by themselves after these times;
    // nullopt: they wait for the teacher's next().
    std::optional<std::int64_t> reveal_ms;
    std::optional<std::int64_t> leaderboard_ms;
    int podium_size = 3;  // 3..10
    std::size_t max_players = 200;
};

// Throws std::invalid_argument naming the setting when settings cannot work.
void validate(const ClassroomSettings& settings);

using PlayerId = std::uint32_t;

struct Player {
    PlayerId id = 0;
    std::string name;  // sanitised and unique among the players
    bool connected = true;
    round::ClassroomScore score;
    int answers_given = 0;  // accepted answers over the game
};

enum class JoinVerdict { Joined, EmptyName, GameFull, GameOver };

struct JoinOutcome {
    JoinVerdict verdict = JoinVerdict::Joined;
    PlayerId id = 0;
    std::string name;
    bool accepted() const { return verdict == JoinVerdict::Joined; }
};

enum class AnswerVerdict {
    Accepted,
    NotAnswering,     // reading pause, reveal, lobby, ...
    WrongQuestion,    // for a question that is not the current one
    AlreadyAnswered,  // the first answer is locked
    TooLate,          // after the timer ran out
    Paused,
    UnknownPlayer,
    NoSuchChoice,
    // A timeline question takes an order: exactly the offered events (ids 0..n-1), each once.
    // Also any choice for a timeline question.
    BadOrder,
};

std::string_view verdict_name(AnswerVerdict verdict);

// One player's answer to one question, as scored at the reveal.
struct ScoredAnswer {
    PlayerId player = 0;
    std::optional<std::size_t> choice;  // nullopt: no answer (always for a timeline question)
    // A timeline question: the order given (event ids, earliest first; empty: no answer) and how
    // many of its pairs were in the right order.
    std::vector<std::size_t> order;
    std::optional<round::PairScore> pairs;
    std::int64_t response_ms = 0;
    bool correct = false;
    round::ClassroomAward award;
};

// What the class did with one question (the distribution the teacher sees).
struct QuestionResult {
    std::size_t question = 0;
    bool skipped = false;
    // One per choice; for a timeline question one per event: how many put it in its right slot.
    std::vector<std::size_t> choice_counts;
    std::size_t no_answer = 0;          // players in the room at the reveal who did not answer
    std::size_t absent = 0;             // players who had left (disconnected) and did not answer
    std::vector<ScoredAnswer> answers;  // one per player at the reveal, absent ones included
    std::size_t correct_count() const;
};

class ClassroomGame {
public:
    // Throws std::invalid_argument for bad settings, no questions, or a
    // question whose correct choice does not exist.
    ClassroomGame(std::vector<ClassroomQuestion> questions, ClassroomSettings settings);

    // --- players -----------------------------------------------------------
    // Always a new player, with a unique name ("Lena 2" when Lena plays): a name alone never
    // takes anyone's seat or score.
    JoinOutcome join(std::string_view raw_name);
    void disconnect(PlayerId id);
    // The host knows that this is the same player on a new connection (the secret it gave at the
    // first join, or the teacher said so); false for an unknown id.
    bool reconnect(PlayerId id);
    // The player whose name equals the cleaned `name` (as join() compares names), if any.
    const Player* player_named(std::string_view name) const;
    // No seat is left for a new player.
    bool full() const { return players_.size() >= settings_.max_players; }
    // The teacher removes a player: gone from the standings, answer dropped.
    bool remove_player(PlayerId id);
    const Player* player(PlayerId id) const;
    const std::vector<Player>& players() const { return players_; }
    std::size_t connected_count() const;

    // --- flow (every call takes the host's clock) ---------------------------
    // Lobby -> Reading of question 0. Throws std::logic_error outside the lobby.
    void start(TimeMs now);
    // Moves on when a phase's time is over. Call often; times never go back.
    void tick(TimeMs now);
    // A choice for a multiple-choice question (BadOrder for a timeline question).
    AnswerVerdict answer(PlayerId id, std::size_t question, std::size_t choice, TimeMs now);
    // An order for a timeline question: event ids (indices into its choices), earliest first;
    // BadOrder when it is not a permutation of them, NoSuchChoice for a multiple-choice
    // question. Scored at the reveal with round::award_timeline_answer.
    AnswerVerdict answer_order(PlayerId id, std::size_t question,
                               std::span<const std::size_t> order, TimeMs now);

    // Teacher controls; each returns whether it changed anything.
    bool pause(TimeMs now);
    bool resume(TimeMs now);
    bool skip(TimeMs now);
    bool reveal_now(TimeMs now);
    bool next(TimeMs now);
    bool end(TimeMs now);

    // A turn only one player plays outside the question flow (the one-screen game's timeline
    // turns): scored with the same rule and the player's streak, counted in the standings.
    // Throws std::invalid_argument for an unknown player.
    round::ClassroomAward score_turn(PlayerId id, round::ClassroomAnswer answer,
                                     std::int64_t response_ms);

    // --- what to show -------------------------------------------------------
    Phase phase() const { return phase_; }
    bool paused() const { return paused_at_.has_value(); }
    // Grows by one with every phase change (so a host knows what to send).
    std::uint64_t revision() const { return revision_; }
    std::size_t question_index() const { return current_; }
    std::size_t question_count() const { return questions_.size(); }
    const ClassroomQuestion& current_question() const;
    const std::vector<ClassroomQuestion>& questions() const { return questions_; }
    const ClassroomSettings& settings() const { return settings_; }
    // The scoring of the current question: the settings' scoring, with the question's own time
    // limit when the game has a timer and the question brings one (Kahoot sheets do).
    round::ClassroomScoring current_scoring() const;
    // Milliseconds left in the reading pause or to answer; nullopt when no timer runs.
    std::optional<std::int64_t> time_left_ms(TimeMs now) const;
    bool has_answered(PlayerId id) const;
    std::size_t answered_count() const { return pending_.size(); }

    // Results of every question revealed or skipped so far, in order.
    const std::vector<QuestionResult>& results() const { return results_; }
    // The current standings (names as ids) and those before the last reveal.
    std::vector<round::Standing> standings() const;
    const std::vector<round::Standing>& previous_standings() const { return previous_; }
    std::vector<round::Standing> podium() const;

private:
    struct Pending {
        PlayerId player = 0;
        std::size_t choice = 0;
        std::vector<std::size_t> order;  // a timeline question's answer
        std::int64_t response_ms = 0;
    };
    // Every check before an answer is taken; Accepted when it may be.
    AnswerVerdict admit(PlayerId id, std::size_t question, TimeMs now);
    void accept(Pending pending, TimeMs now);
    void enter(Phase phase, TimeMs now);
    void open_question(std::size_t index, TimeMs now);
    void reveal(TimeMs now);
    void after_question(TimeMs now);
    bool everyone_answered() const;
    std::int64_t elapsed(TimeMs now) const;
    TimeMs clamp(TimeMs now);
    Player* find(PlayerId id);

    std::vector<ClassroomQuestion> questions_;
    ClassroomSettings settings_;
    std::vector<Player> players_;
    PlayerId next_id_ = 1;
    Phase phase_ = Phase::Lobby;
    std::uint64_t revision_ = 0;
    std::size_t current_ = 0;
    TimeMs phase_started_ = 0;
    std::optional<TimeMs> paused_at_;
    TimeMs last_now_ = 0;
    std::vector<Pending> pending_;
    std::vector<QuestionResult> results_;
    std::vector<round::Standing> previous_;
};

}  // namespace chronik::classroom
