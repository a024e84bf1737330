#include "app/profile_deck_choice.hpp"

#include "decks/deck_scope.hpp"

namespace chronik::app {

bool ProfileDeckChoice::studies(const std::string& deck_id) const {
    return decks::DeckScope(session_.bank(), session_.settings().decks).includes_deck(deck_id);
}

std::optional<std::string> ProfileDeckChoice::toggle(const std::string& deck_id) {
    std::vector<std::string> all;
    for (const auto& d : session_.bank().decks())
        all.push_back(d.id);
    auto settings = session_.settings();
    const auto next = decks::toggle_deck(settings.decks, all, deck_id);
    // The scene says this in the user's language before asking; this is the fallback.
    if (!next) return "deck " + deck_id + ": at least one deck stays chosen";
    settings.decks = *next;
    const auto problems = session_.save_settings(settings);
    if (!problems.empty()) return problems.front();
    return std::nullopt;
}

}  // namespace chronik::app
