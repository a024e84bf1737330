// The deck choice of an open profile, kept in its settings (ProfileSettings::decks).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "bank/item.hpp"
#include "ui/services/deck_choice.hpp"
#include "ui/services/game_services.hpp"

namespace chronik::app {

class ProfileDeckChoice final : public ui::DeckChoice {
public:
    explicit ProfileDeckChoice(ui::ProfileSession& session) : session_(session) {}
    bool studies(const std::string& deck_id) const override;
    std::optional<std::string> toggle(const std::string& deck_id) override;

private:
    ui::ProfileSession& session_;
};

}  // namespace chronik::app
