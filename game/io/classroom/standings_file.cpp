#include "io/classroom/standings_file.hpp"

#include <nlohmann/json.hpp>

#include "io/save/durable_file.hpp"
#include "text/csv.hpp"

namespace chronik::io {
namespace {

using Json = nlohmann::json;

const classroom::Player* by_name(const classroom::ClassroomGame& game, const std::string& name) {
    for (const auto& p : game.players()) {
        if (p.name == name) return &p;
    }
    return nullptr;
}

// A CSV field that a spreadsheet will not run as a formula: a leading = + - @ gets a '.
std::string csv_field(const std::string& text) {
    std::string value = text;
    if (!value.empty() &&
        (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@')) {
        value.insert(value.begin(), '\'');
    }
    return text::csv::field(value);
}

}  // namespace

std::string standings_csv(const classroom::ClassroomGame& game) {
    std::string out = "rank,name,score,correct_answers,answers_given\r\n";
    for (const auto& s : game.standings()) {
        const auto* p = by_name(game, s.id);
        out += std::to_string(s.rank);
        out += ',';
        out += csv_field(s.id);
        out += ',';
        out += std::to_string(s.score);
        out += ',';
        out += std::to_string(p ? p->score.correct_answers : 0);
        out += ',';
        out += std::to_string(p ? p->answers_given : 0);
        out += "\r\n";
    }
    return out;
}

std::string standings_json(const classroom::ClassroomGame& game,
                           std::span<const classroom::TurnRecord> turns,
                           std::span<const classroom::PlayerId> team_players) {
    Json players = Json::array();
    for (const auto& s : game.standings()) {
        const auto* p = by_name(game, s.id);
        Json answers = Json::array();
        for (const auto& r : game.results()) {
            for (const auto& a : r.answers) {
                if (!p || a.player != p->id) continue;
                Json answer = {{"q", r.question},
                               {"choice", a.choice ? Json(*a.choice) : Json(nullptr)},
                               {"response_ms", a.response_ms},
                               {"correct", a.correct},
                               {"points", a.award.answer_points},
                               {"streak_bonus", a.award.streak_bonus}};
                if (game.questions()[r.question].is_timeline()) {
                    answer["order"] = a.order.empty() ? Json(nullptr) : Json(a.order);
                    answer["pairs_ordered"] = a.pairs ? Json(a.pairs->ordered) : Json(nullptr);
                }
                answers.push_back(std::move(answer));
            }
        }
        Json entry = {{"rank", s.rank},
                      {"name", s.id},
                      {"score", s.score},
                      {"correct", p ? p->score.correct_answers : 0},
                      {"answers_given", p ? p->answers_given : 0},
                      {"answers", std::move(answers)}};
        if (!turns.empty()) {
            Json placed = Json::array();
            for (const auto& t : turns) {
                if (!p || t.team >= team_players.size() || team_players[t.team] != p->id) continue;
                placed.push_back({{"round", t.round},
                                  {"item_id", t.item_id},
                                  {"event", t.text},
                                  {"correct", !t.skipped && t.result.correct},
                                  {"timed_out", t.timed_out},
                                  {"skipped", t.skipped},
                                  {"points", t.award.answer_points},
                                  {"streak_bonus", t.award.streak_bonus}});
            }
            entry["timeline_turns"] = std::move(placed);
        }
        players.push_back(std::move(entry));
    }
    Json questions = Json::array();
    for (const auto& r : game.results()) {
        const auto& q = game.questions()[r.question];
        Json question = {{"q", r.question},
                         {"item_id", q.item_id},
                         {"prompt", q.prompt},
                         {"choices", q.choices},
                         {"correct_choice", q.correct_choice},
                         {"counts", r.choice_counts},
                         {"no_answer", r.no_answer},
                         {"absent", r.absent},
                         {"skipped", r.skipped},
                         {"correct_count", r.correct_count()}};
        if (q.is_timeline()) {
            // choices are the events as shown; counts: how many put each in its right slot.
            question["kind"] = "timeline";
            question["correct_choice"] = nullptr;
            question["ranks"] = q.timeline_ranks;
            question["dates"] = q.timeline_dates;
        }
        questions.push_back(std::move(question));
    }
    const Json doc{{"format", "chronik-classroom-standings"},
                   {"version", 1},
                   {"question_count", game.question_count()},
                   {"players", std::move(players)},
                   {"questions", std::move(questions)}};
    return doc.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

SaveResult<SavedStandings> save_standings(const std::filesystem::path& folder,
                                          const classroom::ClassroomGame& game,
                                          std::span<const classroom::TurnRecord> turns,
                                          std::span<const classroom::PlayerId> team_players) {
    if (auto made = make_folder(folder); !made) return made.error();
    SavedStandings saved;
    saved.json = unique_name(folder, "classroom", ".json");
    saved.csv = saved.json;
    saved.csv.replace_extension(".csv");
    if (auto w = write_file_atomically(saved.csv, standings_csv(game)); !w) return w.error();
    if (auto w = write_file_atomically(saved.json, standings_json(game, turns, team_players)); !w)
        return w.error();
    return saved;
}

}  // namespace chronik::io
