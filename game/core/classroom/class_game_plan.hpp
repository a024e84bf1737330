// What a one-screen class game (Klassenspiel) plays: questions and timeline rounds drawn from the
// bank by the teacher's mix and topic, and the topics a bank offers.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "bank/event_date.hpp"
#include "bank/item.hpp"
#include "classroom/classroom_question.hpp"
#include "classroom/team_setup.hpp"
#include "random/rng.hpp"

namespace chronik::classroom {

// Which kinds of questions a class game mixes. Timeline rounds need at least one kind of
// question beside them (the game starts with a question).
enum class ClassMix {
    MultipleChoice,             // multiple-choice items only
    MultipleChoiceAndTimeline,  // multiple choice plus timeline rounds
    Dates,                      // "when was this?" questions from dated events only
    Everything,                 // multiple choice, date questions and timeline rounds
};
inline constexpr std::size_t kClassMixCount = 4;

bool mix_has_timeline(ClassMix mix);

// A timeline round: each team in turn places one event into a growing line.
struct TimelineRoundPlan {
    // The round is played before question `before_question` opens (question_count: after the
    // last question, before the podium). Always >= 1: a game starts with a question.
    std::size_t before_question = 1;
    std::vector<const bank::Item*> events;  // the first one starts the line, shown with its date
};

struct ClassPlan {
    std::vector<ClassroomQuestion> questions;
    std::vector<TimelineRoundPlan> timeline_rounds;  // ordered by before_question
    std::size_t slot_count() const { return questions.size() + timeline_rounds.size(); }
};

struct ClassPlanOptions {
    std::size_t slots = 10;  // questions plus timeline rounds, 2..50
    ClassMix mix = ClassMix::MultipleChoice;
    std::optional<std::string> topic;  // a tag of the bank; nullopt: every item
    std::size_t team_count = 4;        // 2..6: a timeline round has one turn per team
    bank::DateLanguage language = bank::DateLanguage::German;
};

inline constexpr std::size_t kMinClassSlots = 2;
inline constexpr std::size_t kMaxClassSlots = 50;

// How many of `slots` are timeline rounds: one per five slots, at least one, for mixes with
// timeline rounds; 0 otherwise.
std::size_t timeline_round_count(std::size_t slots, ClassMix mix);

// Events a timeline round deals: the one that starts the line plus the same number of turns for
// every team, at least 5 (round::kMinTimelineEvents; 2 teams place twice each, 3 teams twice
// each: 7 events), at most 8. Every supported team count (2..6) gets equal turns.
std::size_t timeline_round_events(std::size_t team_count);

// The game for these options: questions in random order with shuffled choices, timeline rounds
// spread evenly between them (each with events no earlier round dealt, while the pool lasts).
// The same items, options and seed give the same game. Throws std::invalid_argument with a
// message for the teacher when the options are out of range or the bank (after the topic filter)
// cannot fill them, e.g. too few dated events for a timeline round.
ClassPlan plan_class_game(std::span<const bank::Item* const> items, const ClassPlanOptions& options,
                          Rng& rng);

// The tags of the items a class game can ask (reviewed multiple-choice items and events), with
// how many items carry each, most used first (ties by name).
struct TopicCount {
    std::string tag;
    std::size_t items = 0;
};
std::vector<TopicCount> class_topics(std::span<const bank::Item* const> items);

// Why `key` cannot answer `choice` of team `team`: the team and choice that already hold it.
// nullopt when the key is free (or already is that very key).
std::optional<KeyPress> key_taken(const std::vector<Team>& teams, std::size_t team,
                                  std::size_t choice, std::string_view key);

// The next colour (or symbol) after the team's own that no other team uses, wrapping around;
// the team's own when all others are taken. Throws std::out_of_range for a bad team index.
TeamColour next_free_colour(const std::vector<Team>& teams, std::size_t team);
TeamSymbol next_free_symbol(const std::vector<Team>& teams, std::size_t team);

// A new team for a setup of fewer than six: the first default name, colour, symbol and key row
// that no team uses. Throws std::invalid_argument when six teams exist already.
Team add_team(const std::vector<Team>& teams);

}  // namespace chronik::classroom
