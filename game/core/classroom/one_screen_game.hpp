// The one-screen class game (Klassenspiel): teams on one projector answer with their own keys;
// questions run through the ClassroomGame, timeline rounds are played in turns between them.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "classroom/class_game_plan.hpp"
#include "classroom/classroom_game.hpp"
#include "classroom/team_setup.hpp"
#include "round/growing_timeline.hpp"
#include "round/leaderboard.hpp"
#include "time/time_point.hpp"

namespace chronik::classroom {

// Reading -> Answering -> Reveal -> Leaderboard are the question's phases (ClassroomGame);
// a timeline round runs Turn -> TurnResult for every turn, then its own Leaderboard.
enum class Stage { Reading, Answering, Reveal, Leaderboard, Turn, TurnResult, Podium };

// One turn of a timeline round, as revealed.
struct TurnRecord {
    std::size_t round = 0;  // index into the plan's timeline rounds
    std::size_t team = 0;
    std::string item_id;
    std::string text;
    bool timed_out = false;  // nobody placed it in time (counts as no answer)
    bool skipped = false;    // the teacher skipped the turn (unscored)
    round::TurnResult result;
    round::ClassroomAward award;
};

class OneScreenGame {
public:
    // Throws std::invalid_argument for teams validate_teams refuses, bad settings or an empty
    // plan.
    OneScreenGame(std::vector<Team> teams, ClassPlan plan, ClassroomSettings settings);

    void start(TimeMs now);
    // Moves on when a phase's time is over (reading pause, answer timer, turn timer).
    void tick(TimeMs now);

    // A team's answer key (or gamepad button) during a question: the first one locks.
    AnswerVerdict answer(std::size_t team, std::size_t choice, TimeMs now);
    // The turn's team places the current event into `gap` (0..line().size()); right or wrong is
    // revealed at once. Returns nullopt outside a turn or while paused; throws std::out_of_range
    // for a gap that does not exist.
    std::optional<TurnRecord> place(std::size_t gap, TimeMs now);

    // Teacher controls; each returns whether it changed anything.
    bool pause(TimeMs now);
    bool resume(TimeMs now);
    bool toggle_pause(TimeMs now) { return paused() ? resume(now) : pause(now); }
    bool skip(TimeMs now);        // a question unscored, or the rest of a timeline round
    bool reveal_now(TimeMs now);  // a question's answers now
    bool next(TimeMs now);        // on from reading, reveal, leaderboard or a turn's result
    bool end(TimeMs now);         // to the podium

    Stage stage() const;
    bool paused() const;
    const std::vector<Team>& teams() const { return teams_; }
    const ClassroomGame& game() const { return game_; }
    const ClassPlan& plan() const { return plan_; }
    PlayerId player_of(std::size_t team) const { return players_.at(team); }
    // The team a standing belongs to (standings name players by the team's cleaned name).
    std::optional<std::size_t> team_of(const std::string& standing_id) const;
    bool has_answered(std::size_t team) const { return game_.has_answered(players_.at(team)); }

    // 1-based number of the current question or timeline round among all, for "3 of 10".
    std::size_t slot_number() const;
    std::size_t slot_count() const { return plan_.slot_count(); }
    // Milliseconds left to read, answer or take the turn; nullopt when no timer runs.
    std::optional<std::int64_t> time_left_ms(TimeMs now) const;

    // The timeline round being played (Turn, TurnResult, or its Leaderboard).
    bool in_timeline() const { return timeline_.has_value(); }
    const round::GrowingTimeline& timeline() const { return *timeline_; }
    std::size_t timeline_round() const { return round_index_; }
    std::size_t turn_team() const { return turn_team_; }
    // The last revealed turn (in TurnResult).
    const std::vector<TurnRecord>& turns() const { return turns_; }

    // The current standings and those the leaderboard animates from.
    std::vector<round::Standing> standings() const { return game_.standings(); }
    const std::vector<round::Standing>& standings_before() const;
    std::vector<round::Standing> podium() const { return game_.podium(); }

private:
    bool timeline_due() const;
    void start_timeline(TimeMs now);
    void finish_turn(TurnRecord record, TimeMs now);
    std::int64_t turn_elapsed(TimeMs now) const;

    std::vector<Team> teams_;
    ClassPlan plan_;
    ClassroomGame game_;
    std::vector<PlayerId> players_;
    // Timeline rounds: the next one to play, the one being played.
    std::size_t next_round_ = 0;
    std::size_t round_index_ = 0;
    std::optional<round::GrowingTimeline> timeline_;
    std::size_t turn_in_round_ = 0;
    std::size_t turn_team_ = 0;
    Stage timeline_stage_ = Stage::Turn;
    TimeMs turn_started_ = 0;
    std::optional<TimeMs> paused_at_;
    // After a skip the next question already opened (paused) under the round; resume it after.
    bool resume_question_after_ = false;
    std::vector<round::Standing> timeline_before_;
    std::vector<TurnRecord> turns_;
    TimeMs last_now_ = 0;
};

}  // namespace chronik::classroom
