#include "app/classroom_records.hpp"

#include "app/save_error_text.hpp"
#include "io/classroom/standings_file.hpp"
#include "io/log/logging.hpp"

namespace chronik::app {

ui::SavedRecords StandingsOnDisk::save_final_standings(
    const classroom::ClassroomGame& game, std::span<const classroom::TurnRecord> turns,
    std::span<const classroom::PlayerId> team_players) {
    ui::SavedRecords out;
    try {
        const auto saved = io::save_standings(folder_, game, turns, team_players);
        if (!saved) {
            io::log_warn("class game standings not saved: " + saved.error().describe());
            out.error = save_error_text(strings_, saved.error());
            return out;
        }
        out.paths = {saved.value().csv.string(), saved.value().json.string()};
        io::log_info("class game standings saved: " + out.paths[0] + ", " + out.paths[1]);
    } catch (const std::exception& e) {
        out.paths.clear();
        out.error = e.what();
        io::log_warn(std::string("class game standings not saved: ") + e.what());
    }
    return out;
}

}  // namespace chronik::app
