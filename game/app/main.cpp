// chronik: the game. Parses the command line, loads the question bank, opens the window.
#include <csignal>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include "app/application.hpp"
#include "app/bank_loading.hpp"
#include "app/bench_script.hpp"
#include "app/classroom_records.hpp"
#include "app/deck_library.hpp"
#include "app/frame_stats.hpp"
#include "app/heap_tuning.hpp"
#include "app/host_connector.hpp"
#include "app/join_connector.hpp"
#include "app/options.hpp"
#include "app/paths.hpp"
#include "app/profile_services.hpp"
#include "app/software_gl.hpp"
#include "app/version.hpp"
#include "io/log/logging.hpp"
#include "io/save/durable_file.hpp"
#include "io/save/profile_store.hpp"
#include "ui/script/input_script.hpp"

namespace {

// Every text of an item that a screen may show, for the glyph warm-up.
std::string item_texts(const chronik::bank::Item& item) {
    std::string out = item.quote;
    if (const auto* mc = item.multiple_choice()) {
        out += mc->prompt + mc->answer + mc->explanation;
        for (const auto& d : mc->distractors)
            out += d;
    } else if (const auto* ev = item.event()) {
        out += ev->text;
    } else if (const auto* fc = item.flashcard()) {
        out += fc->front + fc->back;
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace chronik;
    const double started = app::wall_seconds();
    app::keep_freed_heap_memory();
    app::prefer_one_rasteriser_thread();
    // A file size limit makes a save fail with a message (as a full disk does), not the game.
    std::signal(SIGXFSZ, SIG_IGN);
    app::AppOptions options;
    try {
        options = app::parse_options(std::vector<std::string>(argv + 1, argv + argc));
    } catch (const app::UsageError& e) {
        std::cerr << "chronik: " << e.what() << "\n(chronik --help lists the options)\n";
        return 2;
    }
    if (options.help) {
        std::cout << app::help_text();
        return 0;
    }
    if (options.version) {
        std::cout << "chronik " << app::kVersion << "\n";
        return 0;
    }

    std::optional<ui::InputScript> script;
    try {
        if (options.script)
            script = ui::load_script(options.script->string());
        else if (options.bench_frames)
            script = ui::parse_script(app::builtin_bench_script(*options.bench_frames),
                                      "<built-in bench>");
    } catch (const ui::ScriptError& e) {
        std::cerr << "chronik: " << e.what() << "\n";
        return 2;
    }

    // Without --saves/--lang: the XDG data folder when installed (./saves in a build tree) and
    // the system's language.
    const auto paths = app::game_paths(options);
    options.saves = paths.saves;
    if (!options.language_given) options.language = app::system_language();

    // The built-in benchmark creates a profile: keep it out of the user's saves.
    std::filesystem::path bench_saves;
    if (options.bench_frames && !options.script && !options.saves_given) {
        bench_saves = std::filesystem::temp_directory_path() /
                      ("chronik-bench-" + std::to_string(static_cast<long>(started * 1000)));
        options.saves = bench_saves;
    }

    std::error_code ec;
    std::filesystem::create_directories(options.saves, ec);
    io::init_logging(
        {options.verbose, ec ? std::filesystem::path{} : options.saves / "chronik.log", "chronik"});
    if (ec)
        io::log_warn("cannot create the saves folder " + options.saves.string() + ": " +
                     ec.message());
    io::log_info(std::string("chronik ") + app::kVersion + " starting; data " +
                 paths.data.questions.parent_path().string() + ", saves " + options.saves.string());
    io::log_info(std::string("interface language ") +
                 (options.language == ui::Language::English ? "en" : "de") +
                 (options.language_given ? " (--lang)" : " (system locale)"));

    const ui::StringTable strings(options.language);
    const auto& questions = paths.questions;
    auto bank = app::load_question_bank(questions, strings);
    // The shipped decks' texts, for the glyph warm-up.
    std::string bank_texts;
    for (const auto& deck : bank.bank.decks())
        for (const auto& item : deck.items)
            bank_texts += item_texts(item);

    io::ProfileStore store(options.saves);
    app::StoreProfileDirectory directory(store, strings,
                                         options.language == ui::Language::English
                                             ? chronik::Language::English
                                             : chronik::Language::German,
                                         &bank.bank);
    const auto seed = options.seed.value_or(static_cast<std::uint64_t>(io::now_ms()));

    int status = 0;
    try {
        // A profile's look, language, sound and scale belong to the window, which exists last.
        std::function<void(const ProfileSettings&)> apply_to_window;
        app::StorageProfileOpener opener(
            store, bank.bank, strings,
            [&](const ProfileSettings& s) {
                if (apply_to_window) apply_to_window(s);
            },
            seed);
        // The teacher's decks in <saves>/decks join the bank now (before any profile opens);
        // their problems join the start-up notice.
        app::UserDeckLibrary deck_library(bank.bank, questions, options.saves / "decks", strings);
        // Network play. The connectors live as long as the application; every hosted or joined
        // game ends with its scene.
        app::NetworkHostConnector host_connector(bank.bank, options.saves, strings,
                                                 seed ^ 0x686f7374u);
        app::NetJoinConnector join_connector;
        // The class game's final standings, saved as CSV and JSON in the saves folder.
        app::StandingsOnDisk class_records(options.saves, strings);

        ui::GameServices services(directory, opener, deck_library, host_connector, join_connector,
                                  class_records);
        services.startup_problems = bank.notices;
        for (const auto& p : deck_library.problems())
            services.startup_problems.push_back(p);
        if (const auto& earlier = paths.earlier_saves) {
            // Never silently lost: the old folder is named every start (log) and on screen until
            // the user has profiles in the new one.
            const auto old_folder = earlier->folder.string();
            const auto new_folder = std::filesystem::absolute(options.saves, ec).string();
            io::log_warn("saves of an earlier Chronik are in " + old_folder + "; this run uses " +
                         new_folder + " (start with --saves " + old_folder + " to use them)");
            if (!earlier->in_use_has_profiles)
                services.startup_problems.push_back(
                    strings.format(ui::TextId::NoticeEarlierSaves,
                                   {old_folder, new_folder, old_folder, new_folder}));
        }

        app::Application application(options, services, paths.data, started);
        application.warm_glyphs_for(bank_texts);
        apply_to_window = [&](const ProfileSettings& s) { application.apply_profile_settings(s); };
        status = application.run(std::move(script));
        services.close_session();  // writes the profile's snapshot while logging works
    } catch (const std::exception& e) {
        std::cerr << "chronik: " << e.what() << "\n";
        io::log_error(e.what());
        status = 1;
    }
    if (!bench_saves.empty()) std::filesystem::remove_all(bench_saves, ec);
    io::log_info("chronik exits with status " + std::to_string(status));
    return status;
}
