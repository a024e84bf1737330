// Which decks the open profile studies (ProfileSession::deck_choice): read and change the choice.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace chronik::ui {

class DeckChoice {
public:
    virtual ~DeckChoice() = default;
    // Whether the profile studies this deck now (an empty choice in the settings means all).
    virtual bool studies(const std::string& deck_id) const = 0;
    // Turns one deck on or off and saves the choice at once. Returns a message for the user when
    // nothing changed: the last deck cannot be turned off, or the settings could not be saved.
    virtual std::optional<std::string> toggle(const std::string& deck_id) = 0;
};

}  // namespace chronik::ui
