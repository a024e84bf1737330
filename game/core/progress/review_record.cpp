#include "progress/review_record.hpp"

#include <array>
#include <cmath>
#include <utility>

namespace chronik {
namespace {

constexpr std::array<std::pair<RoundKind, std::string_view>, 7> kRoundNames{{
    {RoundKind::MultipleChoice, "multiple_choice"},
    {RoundKind::Timeline, "timeline"},
    {RoundKind::Flashcard, "flashcard"},
    {RoundKind::Exam, "exam"},
    {RoundKind::Classroom, "classroom"},
    {RoundKind::Simulation, "simulation"},
    {RoundKind::Imported, "imported"},
}};

bool plausible_time(TimeMs t) {
    return t >= -kMaxAbsTimeMs && t <= kMaxAbsTimeMs;
}

bool finite_state(const CardState& s) {
    return std::isfinite(s.stability) && std::isfinite(s.difficulty) && plausible_time(s.due) &&
           (!s.last_review || plausible_time(*s.last_review));
}

}  // namespace

ReviewRecord ReviewRecord::review(std::string card_id, TimeMs time_ms, Rating rating,
                                  RoundKind round, std::int64_t response_ms, int utc_offset_minutes,
                                  const CardState& before, const CardState& after) {
    ReviewRecord r;
    r.kind = RecordKind::Review;
    r.card_id = std::move(card_id);
    r.time_ms = time_ms;
    r.rating = rating;
    r.round = round;
    r.response_ms = response_ms;
    r.utc_offset_minutes = utc_offset_minutes;
    r.before = before;
    r.after = after;
    return r;
}

ReviewRecord ReviewRecord::undo(std::string card_id, TimeMs time_ms, int utc_offset_minutes) {
    ReviewRecord r;
    r.kind = RecordKind::Undo;
    r.card_id = std::move(card_id);
    r.time_ms = time_ms;
    r.utc_offset_minutes = utc_offset_minutes;
    return r;
}

std::optional<std::string> record_problem(const ReviewRecord& record) {
    if (record.card_id.empty()) return "the card id is empty";
    if (record.card_id.size() > 200) return "the card id is longer than 200 bytes";
    for (char c : record.card_id)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
            return "the card id contains a control character";
    if (!plausible_time(record.time_ms)) return "the time is not a plausible date";
    if (record.response_ms < 0 || record.response_ms > kMaxResponseMs)
        return "the response time is negative or implausibly long";
    if (record.utc_offset_minutes < -16 * 60 || record.utc_offset_minutes > 16 * 60)
        return "the UTC offset is outside -16h..+16h";
    if (!finite_state(record.before) || !finite_state(record.after))
        return "a card state holds a number that is not finite or a time that is not plausible";
    if (!rating_from_int(to_int(record.rating))) return "the rating is not 1..4";
    return std::nullopt;
}

std::string_view round_kind_name(RoundKind kind) {
    for (const auto& [k, name] : kRoundNames)
        if (k == kind) return name;
    return "unknown";
}

std::optional<RoundKind> round_kind_from_name(std::string_view name) {
    for (const auto& [k, n] : kRoundNames)
        if (n == name) return k;
    return std::nullopt;
}

}  // namespace chronik
