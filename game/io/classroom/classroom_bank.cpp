#include "io/classroom/classroom_bank.hpp"

#include <stdexcept>

#include "io/bank/deck_loader.hpp"

namespace chronik::io {

ClassroomBank load_classroom_bank(const std::optional<std::filesystem::path>& deck,
                                  const std::filesystem::path& questions) {
    ClassroomBank out;
    if (deck) {
        out.source = *deck;
        auto loaded = load_deck_file(*deck);
        for (const auto& p : loaded.problems)
            out.warnings.push_back(format_problem(p));
        if (!loaded.deck) throw std::runtime_error(deck->string() + ": the deck cannot be used");
        for (const auto& id : out.bank.add_deck(std::move(*loaded.deck))) {
            out.warnings.push_back(deck->string() + ": " + id + ": duplicate id left out");
        }
    } else {
        out.source = questions;
        auto loaded = load_bank(questions);
        for (const auto& p : loaded.problems)
            out.warnings.push_back(format_problem(p));
        out.bank = std::move(loaded.bank);
    }
    if (out.bank.empty())
        throw std::runtime_error(out.source.string() + ": no usable question items");
    return out;
}

}  // namespace chronik::io
