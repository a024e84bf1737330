#include "ui/services/game_services.hpp"

#include <stdexcept>

namespace chronik::ui {

ProfileSession& GameServices::session() const {
    if (!session_) throw std::logic_error("no profile is open");
    return *session_;
}

void GameServices::open_session(const ProfileEntry& entry) {
    auto opened = opener_.open(entry);
    session_ = std::move(opened.session);
    pending_notices.insert(pending_notices.end(), opened.notices.begin(), opened.notices.end());
}

}  // namespace chronik::ui
