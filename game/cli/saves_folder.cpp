#include "cli/saves_folder.hpp"

#include <iostream>

#include "io/desktop/data_location.hpp"
#include "io/desktop/process_environment.hpp"
#include "io/desktop/saves_location.hpp"

namespace chronik::cli {

namespace fs = std::filesystem;

fs::path saves_folder(const std::optional<std::string>& given, const std::string& command) {
    if (given) return *given;
    const auto installation = io::locate_data().installation;
    const auto home = io::home_folders_from_environment();
    fs::path folder = io::default_saves_folder(installation, home);
    std::error_code ec;
    const auto cwd = fs::current_path(ec);
    if (!ec) {
        if (const auto earlier = io::earlier_saves(folder, installation, false, cwd, home,
                                                   io::folder_has_profiles)) {
            std::cerr << "chronik-cli " << command << ": note: profiles of an older Chronik are in "
                      << earlier->folder.string() << "; this command uses " << folder.string()
                      << " (pass --saves " << earlier->folder.string() << " to use them)\n";
        }
    }
    return folder;
}

}  // namespace chronik::cli
