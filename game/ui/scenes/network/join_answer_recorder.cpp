#include "ui/scenes/network/join_answer_recorder.hpp"

#include <exception>
#include <string_view>
#include <vector>

#include "round/answer_rating.hpp"
#include "ui/text/network_join_strings.hpp"

namespace chronik::ui {

JoinAnswerRecorder::JoinAnswerRecorder(SceneContext& ctx) : ctx_(ctx) {
    try {
        const auto items = ctx.services.session().bank().items();
        index_.emplace(items);
    } catch (const std::exception&) {
        // A bank the index cannot read: the game is still playable, nothing is recorded.
    }
}

std::string JoinAnswerRecorder::record(const JoinView& view) {
    const auto& q = *view.question;
    if (recorded_ == q.number) return {};
    recorded_ = q.number;
    // A timeline's events are not one card with one right answer: only the game counts it.
    if (!index_ || q.timeline || !q.correct_choice || *q.correct_choice >= q.choices.size())
        return {};
    auto& profile = ctx_.services.session();
    const auto* item = index_->find(q.prompt, q.choices[*q.correct_choice]);
    if (!item) return text(ctx_.strings, JoinText::NotInBank);
    try {
        CardState before = CardState::fresh(0);
        const auto drawn = profile.draw_items({item->id});
        if (!drawn.empty()) before = drawn.front().card;
        std::vector<std::string_view> choices(q.choices.begin(), q.choices.end());
        classroom::ClassroomAnswerFacts facts;
        facts.chosen = q.chosen;
        facts.correct_choice = *q.correct_choice;
        facts.reading_chars = round::reading_length(q.prompt, choices);
        facts.had_whole_time = q.had_whole_time;
        // A missing answer took the whole time, as a timed-out quiz question.
        facts.response_ms = q.chosen ? q.response_ms.value_or(0) : q.time_limit_ms.value_or(0);
        const auto rating = classroom::rate_classroom_answer(facts, before);
        if (!rating) return {};
        if (auto problem =
                profile.record_answer(item->id, *rating, RoundKind::Classroom, facts.response_ms))
            return format(ctx_.strings, JoinText::SaveFailed, {*problem});
    } catch (const std::exception& e) {
        return format(ctx_.strings, JoinText::SaveFailed, {e.what()});
    }
    return format(ctx_.strings, JoinText::SavedToProfile, {profile.profile().name});
}

}  // namespace chronik::ui
