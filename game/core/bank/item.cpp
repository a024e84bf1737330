#include "bank/item.hpp"

#include <array>

namespace chronik::bank {

namespace {
constexpr std::array<ItemKind, 3> kKinds = {ItemKind::MultipleChoice, ItemKind::Event,
                                            ItemKind::Flashcard};
constexpr std::array<AnswerType, 9> kAnswerTypes = {
    AnswerType::Year,         AnswerType::Date,  AnswerType::Number,
    AnswerType::Person,       AnswerType::Place, AnswerType::Country,
    AnswerType::Organisation, AnswerType::Event, AnswerType::Term};
}  // namespace

std::string_view item_kind_name(ItemKind kind) {
    switch (kind) {
        case ItemKind::MultipleChoice:
            return "multiple_choice";
        case ItemKind::Event:
            return "event";
        case ItemKind::Flashcard:
            return "flashcard";
    }
    return "flashcard";
}

std::optional<ItemKind> parse_item_kind(std::string_view name) {
    for (auto k : kKinds) {
        if (item_kind_name(k) == name) return k;
    }
    return std::nullopt;
}

std::string_view answer_type_name(AnswerType type) {
    switch (type) {
        case AnswerType::Year:
            return "year";
        case AnswerType::Date:
            return "date";
        case AnswerType::Number:
            return "number";
        case AnswerType::Person:
            return "person";
        case AnswerType::Place:
            return "place";
        case AnswerType::Country:
            return "country";
        case AnswerType::Organisation:
            return "organisation";
        case AnswerType::Event:
            return "event";
        case AnswerType::Term:
            return "term";
    }
    return "term";
}

std::optional<AnswerType> parse_answer_type(std::string_view name) {
    for (auto t : kAnswerTypes) {
        if (answer_type_name(t) == name) return t;
    }
    return std::nullopt;
}

}  // namespace chronik::bank
