// The final standings of a classroom game as CSV and JSON, written into the saves folder.
#pragma once

#include <filesystem>
#include <span>
#include <string>

#include "classroom/classroom_game.hpp"
#include "classroom/one_screen_game.hpp"
#include "io/save/save_error.hpp"

namespace chronik::io {

// One row per player, best first:
//   rank,name,score,correct_answers,answers_given
// RFC 4180 quoting; a name that starts with = + - @ gets a leading ' so a
// spreadsheet does not run it as a formula.
std::string standings_csv(const classroom::ClassroomGame& game);

// {"format": "chronik-classroom-standings", "version": 1,
//  "players": [{rank, name, score, correct, answers_given,
//               "answers": [{q, choice|null, response_ms, correct, points, streak_bonus}],
//               "timeline_turns": [{round, item_id, event, correct, timed_out, skipped, points,
//                                   streak_bonus}]}],
//  "questions": [{q, item_id, prompt, choices, correct_choice, counts, no_answer, absent,
//                 skipped, correct_count}]}  (absent: players who had left without answering)
// A timeline question has "kind": "timeline", its events as choices, "ranks" (each event's
// correct rank), "dates", correct_choice null, and counts per event (placed in its right slot);
// its answers carry "order" (event ids, earliest first) and "pairs_ordered".
// — the per-question distributions show which questions the class got wrong. A one-screen game
// passes its timeline turns (their points are in "score" and "correct" already) and each team's
// player id (turns name teams by index); each player's turns are listed with it.
std::string standings_json(const classroom::ClassroomGame& game,
                           std::span<const classroom::TurnRecord> turns = {},
                           std::span<const classroom::PlayerId> team_players = {});

struct SavedStandings {
    std::filesystem::path csv;
    std::filesystem::path json;
};

// Writes classroom-<UTC time>.csv and .json atomically into `folder`
// (created if missing).
SaveResult<SavedStandings> save_standings(const std::filesystem::path& folder,
                                          const classroom::ClassroomGame& game,
                                          std::span<const classroom::TurnRecord> turns = {},
                                          std::span<const classroom::PlayerId> team_players = {});

}  // namespace chronik::io
