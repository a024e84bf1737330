#include "classroom/class_game_plan.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>

#include "classroom/player_name.hpp"
#include "round/timeline_deal.hpp"

namespace chronik::classroom {
namespace {

bool has_topic(const bank::Item& item, const std::optional<std::string>& topic) {
    return !topic || std::find(item.tags.begin(), item.tags.end(), *topic) != item.tags.end();
}

std::vector<bank::ItemKind> question_kinds(ClassMix mix) {
    switch (mix) {
        case ClassMix::MultipleChoice:
        case ClassMix::MultipleChoiceAndTimeline:
            return {bank::ItemKind::MultipleChoice};
        case ClassMix::Dates:
            return {bank::ItemKind::Event};
        case ClassMix::Everything:
            return {bank::ItemKind::MultipleChoice, bank::ItemKind::Event};
    }
    return {bank::ItemKind::MultipleChoice};
}

}  // namespace

bool mix_has_timeline(ClassMix mix) {
    return mix == ClassMix::MultipleChoiceAndTimeline || mix == ClassMix::Everything;
}

std::size_t timeline_round_count(std::size_t slots, ClassMix mix) {
    if (!mix_has_timeline(mix)) return 0;
    return std::max<std::size_t>(1, slots / 5);
}

std::size_t timeline_round_events(std::size_t team_count) {
    // Every team places equally often: the placements (events after the first) are the smallest
    // multiple of the team count that reaches the minimum (3 teams: 6 placements, not 4).
    const std::size_t teams = std::max<std::size_t>(1, team_count);
    const std::size_t min_placements = round::kMinTimelineEvents - 1;
    const std::size_t placements = (min_placements + teams - 1) / teams * teams;
    return std::clamp(placements + 1, round::kMinTimelineEvents, round::kMaxTimelineEvents);
}

ClassPlan plan_class_game(std::span<const bank::Item* const> items, const ClassPlanOptions& options,
                          Rng& rng) {
    if (options.slots < kMinClassSlots || options.slots > kMaxClassSlots) {
        throw std::invalid_argument("class game: " + std::to_string(kMinClassSlots) + " to " +
                                    std::to_string(kMaxClassSlots) + " questions, got " +
                                    std::to_string(options.slots));
    }
    if (options.team_count < kMinTeams || options.team_count > kMaxTeams) {
        throw std::invalid_argument("class game: 2 to 6 teams, got " +
                                    std::to_string(options.team_count));
    }
    const std::size_t rounds = timeline_round_count(options.slots, options.mix);
    const std::size_t question_count = options.slots - rounds;

    std::vector<const bank::Item*> pool;
    for (const auto* item : items) {
        if (item && !item->draft && has_topic(*item, options.topic)) pool.push_back(item);
    }
    QuestionMix mix;
    mix.kinds = question_kinds(options.mix);
    mix.language = options.language;
    ClassPlan plan;
    // Date questions take their wrong choices from the other events of the pool, so the topic
    // filter applies to those too.
    plan.questions = pick_classroom_questions(pool, mix, question_count, rng);

    std::vector<const bank::Item*> unused = pool;
    const std::size_t events = timeline_round_events(options.team_count);
    for (std::size_t r = 0; r < rounds; ++r) {
        TimelineRoundPlan round;
        // Spread evenly: with q questions and r rounds, round j follows question ~(j+1)q/(r+1).
        const std::size_t q = plan.questions.size();
        round.before_question = std::max<std::size_t>(1, (r + 1) * q / (rounds + 1));
        round::TimelineDealOptions deal;
        deal.event_count = events;
        try {
            round.events = round::deal_timeline(unused, deal, rng);
        } catch (const std::invalid_argument&) {
            // The pool ran dry for a fresh set: deal from all events again.
            try {
                round.events = round::deal_timeline(pool, deal, rng);
            } catch (const std::invalid_argument& e) {
                throw std::invalid_argument(
                    std::string("class game: not enough dated events for a timeline round (") +
                    e.what() + ")");
            }
        }
        for (const auto* used : round.events)
            std::erase(unused, used);
        plan.timeline_rounds.push_back(std::move(round));
    }
    std::stable_sort(plan.timeline_rounds.begin(), plan.timeline_rounds.end(),
                     [](const TimelineRoundPlan& a, const TimelineRoundPlan& b) {
                         return a.before_question < b.before_question;
                     });
    return plan;
}

std::vector<TopicCount> class_topics(std::span<const bank::Item* const> items) {
    std::map<std::string, std::size_t> counts;
    for (const auto* item : items) {
        if (!item || item->draft) continue;
        const bool askable =
            (item->multiple_choice() && !item->multiple_choice()->distractors.empty()) ||
            item->event();
        if (!askable) continue;
        for (const auto& tag : item->tags)
            ++counts[tag];
    }
    std::vector<TopicCount> out;
    out.reserve(counts.size());
    for (const auto& [tag, n] : counts)
        out.push_back({tag, n});
    std::stable_sort(out.begin(), out.end(),
                     [](const TopicCount& a, const TopicCount& b) { return a.items > b.items; });
    return out;
}

std::optional<KeyPress> key_taken(const std::vector<Team>& teams, std::size_t team,
                                  std::size_t choice, std::string_view key) {
    for (std::size_t t = 0; t < teams.size(); ++t) {
        for (std::size_t k = 0; k < kKeysPerTeam; ++k) {
            if (t == team && k == choice) continue;
            if (teams[t].keys[k] == key) return KeyPress{t, k};
        }
    }
    return std::nullopt;
}

TeamColour next_free_colour(const std::vector<Team>& teams, std::size_t team) {
    const auto own = teams.at(team).colour;
    for (std::size_t step = 1; step < kMaxTeams; ++step) {
        const auto c = static_cast<TeamColour>((static_cast<std::size_t>(own) + step) % kMaxTeams);
        const bool used =
            std::any_of(teams.begin(), teams.end(), [&](const Team& t) { return t.colour == c; });
        if (!used) return c;
    }
    return own;
}

TeamSymbol next_free_symbol(const std::vector<Team>& teams, std::size_t team) {
    const auto own = teams.at(team).symbol;
    for (std::size_t step = 1; step < kMaxTeams; ++step) {
        const auto s = static_cast<TeamSymbol>((static_cast<std::size_t>(own) + step) % kMaxTeams);
        const bool used =
            std::any_of(teams.begin(), teams.end(), [&](const Team& t) { return t.symbol == s; });
        if (!used) return s;
    }
    return own;
}

Team add_team(const std::vector<Team>& teams) {
    if (teams.size() >= kMaxTeams) {
        throw std::invalid_argument("class game: at most 6 teams");
    }
    const auto defaults = default_teams(kMaxTeams);
    Team team;
    std::vector<std::string> names;
    names.reserve(teams.size());
    for (const auto& t : teams)
        names.push_back(sanitize_name(t.name));
    for (const auto& d : defaults) {
        if (std::find(names.begin(), names.end(), d.name) == names.end()) {
            team.name = d.name;
            break;
        }
    }
    for (const auto& d : defaults) {
        if (std::none_of(teams.begin(), teams.end(),
                         [&](const Team& t) { return t.colour == d.colour; })) {
            team.colour = d.colour;
            break;
        }
    }
    for (const auto& d : defaults) {
        if (std::none_of(teams.begin(), teams.end(),
                         [&](const Team& t) { return t.symbol == d.symbol; })) {
            team.symbol = d.symbol;
            break;
        }
    }
    // The first default key row none of whose keys is taken; otherwise free keys one by one.
    for (const auto& d : defaults) {
        const bool free = std::none_of(d.keys.begin(), d.keys.end(), [&](const std::string& k) {
            return find_key(teams, k).found;
        });
        if (free) {
            team.keys = d.keys;
            return team;
        }
    }
    std::size_t next = 0;
    for (char c = 'A'; c <= 'Z' && next < kKeysPerTeam; ++c) {
        const std::string k(1, c);
        if (!find_key(teams, k).found) team.keys[next++] = k;
    }
    return team;
}

}  // namespace chronik::classroom
