#include "app/paths.hpp"

#include "io/desktop/process_environment.hpp"
#include "locale/system_language.hpp"

namespace chronik::app {

GamePaths game_paths(const AppOptions& options) {
    GamePaths out;
    out.data = io::locate_data();
    // An unknown place is not fatal here: the bank loader reports the folder it found empty.
    out.questions = options.questions.value_or(out.data.questions);
    const auto home = io::home_folders_from_environment();
    out.saves =
        options.saves_given ? options.saves : io::default_saves_folder(out.data.installation, home);
    std::error_code ec;
    const auto cwd = std::filesystem::current_path(ec);
    if (!ec)
        out.earlier_saves = io::earlier_saves(out.saves, out.data.installation, options.saves_given,
                                              cwd, home, io::folder_has_profiles);
    return out;
}

ui::Language system_language() {
    return locale::system_language(io::locale_from_environment()) == chronik::Language::German
               ? ui::Language::German
               : ui::Language::English;
}

}  // namespace chronik::app
