#include "app/bank_loading.hpp"

#include "io/bank/deck_lint.hpp"
#include "io/bank/deck_loader.hpp"
#include "io/log/logging.hpp"
#include "io/save/durable_file.hpp"

namespace chronik::app {

namespace {

// Errors become notices (and warnings), warnings only debug log lines.
void report(const std::vector<io::Problem>& problems, const ui::StringTable& strings,
            std::vector<std::string>& notices) {
    for (const auto& p : problems) {
        const auto text = io::format_problem(p);
        if (p.severity != io::Severity::Error) {
            io::log_debug(text);
            continue;
        }
        io::log_warn(text);
        // The reason comes from the loader in English; the sentence around it is in the UI's
        // language, so the user knows what happened even without the detail.
        const std::string where = p.item_id.empty() ? p.message : p.item_id + ": " + p.message;
        notices.push_back(strings.format(
            ui::TextId::ProblemDeck, {p.file, strings.format(ui::TextId::ProblemDetail, {where})}));
    }
}

}  // namespace

LoadedBank load_question_bank(const std::filesystem::path& dir, const ui::StringTable& strings) {
    auto loaded = io::load_bank(dir);
    io::log_info("question bank " + dir.string() + ": " + std::to_string(loaded.bank.item_count()) +
                 " items from " + std::to_string(loaded.files.size()) + " files");
    LoadedBank out{std::move(loaded.bank), {}};
    report(loaded.problems, strings, out.notices);
    return out;
}

std::vector<std::string> add_user_decks(bank::QuestionBank& bank,
                                        const std::filesystem::path& user_dir,
                                        const ui::StringTable& strings) {
    std::vector<std::string> notices;
    std::error_code ec;
    if (!std::filesystem::is_directory(user_dir, ec)) return notices;
    // What an import killed halfway left behind (never a live process's temporaries).
    io::remove_stale_temporaries(user_dir);
    std::vector<io::Problem> problems;
    const std::size_t before = bank.item_count();
    std::size_t files = 0;
    for (const auto& file : io::deck_files_in(user_dir)) {
        ++files;
        auto loaded = io::load_deck_file(file);
        problems.insert(problems.end(), loaded.problems.begin(), loaded.problems.end());
        if (!loaded.deck) continue;
        io::add_deck_reporting(bank, std::move(*loaded.deck), problems);
    }
    io::log_info("user decks " + user_dir.string() + ": " +
                 std::to_string(bank.item_count() - before) + " items from " +
                 std::to_string(files) + " files");
    report(problems, strings, notices);
    return notices;
}

LoadedBank load_question_bank(const std::filesystem::path& dir,
                              const std::filesystem::path& user_dir,
                              const ui::StringTable& strings) {
    auto out = load_question_bank(dir, strings);
    auto more = add_user_decks(out.bank, user_dir, strings);
    out.notices.insert(out.notices.end(), more.begin(), more.end());
    return out;
}

}  // namespace chronik::app
