#include "decks/draft_review.hpp"

#include <algorithm>
#include <stdexcept>

#include "bank/answer_shape.hpp"
#include "bank/question_bank.hpp"
#include "text/ascii.hpp"

namespace chronik::decks {
namespace {

using text::trimmed;

// Choices that differ only in ASCII case or runs of spaces are the same choice.
std::string folded(std::string_view s) {
    std::string out;
    bool space = false;
    for (char c : trimmed(s)) {
        if (c == ' ' || c == '\t') {
            space = true;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

bool fits(bank::AnswerType type, const std::vector<std::string>& choices) {
    for (const auto& c : choices)
        if (bank::shape_problem(type, c)) return false;
    if (type == bank::AnswerType::Number)
        for (const auto& c : choices)
            if (!bank::same_number_unit(c, choices.front())) return false;
    return true;
}

std::optional<bank::AnswerType> common_type(bank::AnswerType current,
                                            const std::vector<std::string>& choices) {
    if (fits(current, choices)) return current;
    for (auto t : {bank::AnswerType::Year, bank::AnswerType::Date, bank::AnswerType::Number,
                   bank::AnswerType::Term})
        if (fits(t, choices)) return t;
    return std::nullopt;
}

}  // namespace

DraftCounts draft_counts(const bank::Deck& deck) {
    DraftCounts c;
    for (const auto& item : deck.items)
        ++(item.draft ? c.remaining : c.reviewed);
    return c;
}

std::optional<std::size_t> next_draft(const bank::Deck& deck) {
    for (std::size_t i = 0; i < deck.items.size(); ++i)
        if (deck.items[i].draft) return i;
    return std::nullopt;
}

bool decide(bank::Deck& deck, std::string_view item_id, Decision decision,
            bank::DateLanguage language) {
    const auto it = std::find_if(deck.items.begin(), deck.items.end(),
                                 [&](const bank::Item& i) { return i.id == item_id; });
    if (it == deck.items.end()) return false;
    switch (decision) {
        case Decision::Accept:
            it->draft = false;
            break;
        case Decision::Reject:
            deck.items.erase(it);
            break;
        case Decision::Flashcard: {
            const auto faces = bank::flashcard_faces(*it, language);
            it->body = bank::Flashcard{faces.front, faces.back};
            it->draft = false;
            break;
        }
    }
    return true;
}

std::vector<EditField> edit_fields(const bank::Item& item) {
    std::vector<EditField> out;
    if (const auto* mc = item.multiple_choice()) {
        out.push_back({FieldKind::Prompt, mc->prompt});
        out.push_back({FieldKind::Answer, mc->answer});
        for (const auto& d : mc->distractors)
            out.push_back({FieldKind::Distractor, d});
    } else if (const auto* ev = item.event()) {
        out.push_back({FieldKind::EventText, ev->text});
    } else if (const auto* fc = item.flashcard()) {
        out.push_back({FieldKind::Front, fc->front});
        out.push_back({FieldKind::Back, fc->back});
    }
    return out;
}

std::vector<EditProblem> edit_problems(const bank::Item& item,
                                       const std::vector<std::string>& values) {
    std::vector<EditProblem> problems;
    const auto fields = edit_fields(item);
    if (values.size() != fields.size()) {
        problems.push_back({0, EditProblemKind::WrongCount, {}});
        return problems;
    }
    for (std::size_t i = 0; i < values.size(); ++i)
        if (trimmed(values[i]).empty()) problems.push_back({i, EditProblemKind::Empty, {}});
    const auto* mc = item.multiple_choice();
    if (!mc || !problems.empty()) return problems;
    // Choices are values[1..]: the answer, then the distractors.
    std::vector<std::string> choices;
    for (std::size_t i = 1; i < values.size(); ++i) {
        for (std::size_t j = 1; j < i; ++j)
            if (folded(values[j]) == folded(values[i])) {
                problems.push_back({i, EditProblemKind::Repeated, {}});
                break;
            }
        choices.push_back(trimmed(values[i]));
    }
    if (!problems.empty()) return problems;
    if (!common_type(mc->answer_type, choices)) {
        // Name the first choice that breaks the answer's current type.
        for (std::size_t i = 0; i < choices.size(); ++i)
            if (const auto why = bank::shape_problem(mc->answer_type, choices[i])) {
                problems.push_back({i + 1, EditProblemKind::NotAnswerType, *why});
                return problems;
            }
        problems.push_back({1, EditProblemKind::NotAnswerType, {}});
    }
    return problems;
}

bank::Item apply_edit(const bank::Item& item, const std::vector<std::string>& values) {
    if (!edit_problems(item, values).empty())
        throw std::invalid_argument("the edit of " + item.id + " has problems");
    bank::Item out = item;
    out.draft = false;
    if (auto* mc = std::get_if<bank::MultipleChoice>(&out.body)) {
        mc->prompt = trimmed(values[0]);
        mc->answer = trimmed(values[1]);
        mc->distractors.clear();
        for (std::size_t i = 2; i < values.size(); ++i)
            mc->distractors.push_back(trimmed(values[i]));
        std::vector<std::string> choices{mc->answer};
        choices.insert(choices.end(), mc->distractors.begin(), mc->distractors.end());
        mc->answer_type = *common_type(mc->answer_type, choices);
    } else if (auto* ev = std::get_if<bank::TimelineEvent>(&out.body)) {
        ev->text = trimmed(values[0]);
    } else if (auto* fc = std::get_if<bank::Flashcard>(&out.body)) {
        fc->front = trimmed(values[0]);
        fc->back = trimmed(values[1]);
    }
    return out;
}

bank::Deck finished_deck(const bank::Deck& deck) {
    bank::Deck out = deck;
    out.items.clear();
    for (const auto& item : deck.items)
        if (!item.draft) out.items.push_back(item);
    return out;
}

}  // namespace chronik::decks
