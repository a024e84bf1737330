#include "classroom/classroom_question.hpp"

#include <algorithm>
#include <stdexcept>

#include "bank/item_group.hpp"
#include "round/timeline_deal.hpp"
#include "round/timeline_round.hpp"

namespace chronik::classroom {
namespace {

bool fits(const bank::Item& item, const QuestionMix& mix) {
    if (item.draft && !mix.include_drafts) return false;
    if (std::find(mix.kinds.begin(), mix.kinds.end(), item.kind()) == mix.kinds.end()) {
        return false;
    }
    if (item.kind() == bank::ItemKind::MultipleChoice &&
        item.multiple_choice()->distractors.empty()) {
        return false;
    }
    if (mix.topics.empty()) return true;
    return std::any_of(item.tags.begin(), item.tags.end(), [&](const std::string& tag) {
        return std::find(mix.topics.begin(), mix.topics.end(), tag) != mix.topics.end();
    });
}

// Choices with the answer first; the caller shuffles.
std::vector<std::string> wrong_choices(const bank::Item& item,
                                       std::span<const bank::Item* const> items,
                                       const QuestionMix& mix, Rng& rng) {
    std::vector<std::string> wrong;
    const std::string answer = classroom_answer(item, mix.language);
    if (const auto* mc = item.multiple_choice()) {
        for (const auto& d : mc->distractors) {
            if (d != answer && std::find(wrong.begin(), wrong.end(), d) == wrong.end()) {
                wrong.push_back(d);
            }
        }
    } else {
        for (const auto* other : items) {
            if (other == &item || !other->event()) continue;
            const std::string date = bank::format_date(other->event()->date, mix.language);
            if (date != answer && std::find(wrong.begin(), wrong.end(), date) == wrong.end()) {
                wrong.push_back(date);
            }
        }
    }
    rng.shuffle(wrong.begin(), wrong.end());
    if (wrong.size() > mix.max_choices - 1) wrong.resize(mix.max_choices - 1);
    return wrong;
}

}  // namespace

std::string classroom_prompt(const bank::Item& item, bank::DateLanguage language) {
    if (const auto* mc = item.multiple_choice()) return mc->prompt;
    if (const auto* ev = item.event()) {
        std::string prompt =
            language == bank::DateLanguage::German ? "Wann war das? " : "When was this? ";
        prompt.append(ev->text);
        return prompt;
    }
    throw std::invalid_argument("classroom question: item " + item.id + " is a flashcard");
}

std::string classroom_answer(const bank::Item& item, bank::DateLanguage language) {
    if (const auto* mc = item.multiple_choice()) return mc->answer;
    if (const auto* ev = item.event()) return bank::format_date(ev->date, language);
    throw std::invalid_argument("classroom question: item " + item.id + " is a flashcard");
}

std::vector<ClassroomQuestion> pick_classroom_questions(std::span<const bank::Item* const> items,
                                                        const QuestionMix& mix, std::size_t count,
                                                        Rng& rng) {
    if (count == 0)
        throw std::invalid_argument("classroom questions: the count must be at least 1");
    if (mix.max_choices < 2 || mix.max_choices > 4) {
        throw std::invalid_argument("classroom questions: max_choices must be 2..4, got " +
                                    std::to_string(mix.max_choices));
    }
    std::vector<const bank::Item*> pool;
    for (const auto* item : items) {
        if (item && fits(*item, mix)) pool.push_back(item);
    }
    rng.shuffle(pool.begin(), pool.end());
    std::vector<ClassroomQuestion> questions;
    bank::GroupFilter groups;  // items of one group give each other away
    for (const auto* item : pool) {
        if (questions.size() == count) break;
        if (groups.taken(*item)) continue;
        auto wrong = wrong_choices(*item, items, mix, rng);
        if (wrong.empty()) continue;  // an event whose date no other event differs from
        groups.admit(*item);
        ClassroomQuestion q;
        q.item_id = item->id;
        q.prompt = classroom_prompt(*item, mix.language);
        if (const auto* mc = item->multiple_choice(); mc && mc->time_limit_s)
            q.time_limit_ms = std::int64_t{*mc->time_limit_s} * 1000;
        q.choices = std::move(wrong);
        q.choices.push_back(classroom_answer(*item, mix.language));
        rng.shuffle(q.choices.begin(), q.choices.end());
        const std::string answer = classroom_answer(*item, mix.language);
        q.correct_choice = static_cast<std::size_t>(
            std::find(q.choices.begin(), q.choices.end(), answer) - q.choices.begin());
        if (const auto* mc = item->multiple_choice()) q.explanation = mc->explanation;
        questions.push_back(std::move(q));
    }
    if (questions.empty()) {
        throw std::invalid_argument(
            "classroom questions: no item fits the chosen kinds and topics");
    }
    return questions;
}

std::vector<ClassroomQuestion> pick_timeline_questions(std::span<const bank::Item* const> items,
                                                       const QuestionMix& mix, std::size_t count,
                                                       std::size_t events_per_question, Rng& rng) {
    if (events_per_question < round::kMinTimelineEvents ||
        events_per_question > round::kMaxTimelineEvents) {
        throw std::invalid_argument("timeline questions: 5 to 8 events each, got " +
                                    std::to_string(events_per_question));
    }
    QuestionMix events_only = mix;
    events_only.kinds = {bank::ItemKind::Event};
    std::vector<const bank::Item*> pool;
    for (const auto* item : items) {
        if (item && fits(*item, events_only)) pool.push_back(item);
    }
    const std::string prompt = mix.language == bank::DateLanguage::German
                                   ? "Bringe die Ereignisse in die richtige Reihenfolge: das "
                                     "früheste zuerst."
                                   : "Put the events in order: the earliest first.";
    std::vector<ClassroomQuestion> out;
    std::vector<const bank::Item*> unused = pool;
    round::TimelineDealOptions deal;
    deal.event_count = events_per_question;
    while (out.size() < count) {
        // Fresh events while they last; then the whole pool again.
        const bool fresh = round::max_distinct_events(unused) >= events_per_question;
        const auto dealt = round::deal_timeline(fresh ? unused : pool, deal, rng);
        const round::TimelineRound order(dealt);  // the desktop's ranks of the dealt events
        ClassroomQuestion q;
        q.item_id = "timeline:";
        q.prompt = prompt;
        for (const auto* item : dealt) {
            q.item_id += (q.item_id.back() == ':' ? "" : ",") + item->id;
            q.choices.push_back(item->event()->text);
            q.timeline_dates.push_back(bank::format_date(item->event()->date, mix.language));
            if (fresh) std::erase(unused, item);
        }
        q.timeline_ranks = order.correct_ranks();
        out.push_back(std::move(q));
    }
    return out;
}

std::vector<ClassroomQuestion> interleave_questions(std::vector<ClassroomQuestion> questions,
                                                    std::vector<ClassroomQuestion> timeline) {
    const std::size_t total = questions.size() + timeline.size();
    std::vector<ClassroomQuestion> out;
    out.reserve(total);
    std::size_t next_question = 0, next_timeline = 0;
    for (std::size_t pos = 0; pos < total; ++pos) {
        const std::size_t due = (next_timeline + 1) * total / (timeline.size() + 1);
        const bool take_timeline =
            next_timeline < timeline.size() && (pos >= due || next_question == questions.size());
        if (take_timeline)
            out.push_back(std::move(timeline[next_timeline++]));
        else
            out.push_back(std::move(questions[next_question++]));
    }
    return out;
}

}  // namespace chronik::classroom
