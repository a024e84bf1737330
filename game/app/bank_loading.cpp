#include "app/bank_loading.hpp"

#include "io/bank/deck_lint.hpp"
#include "io/bank/deck_loader.hpp"
#include "io/log/logging.hpp"

namespace chronik::app {

LoadedBank load_question_bank(const std::filesystem::path& dir, const ui::StringTable& strings) {
    auto loaded = io::load_bank(dir);
    io::log_info("question bank " + dir.string() + ": " + std::to_string(loaded.bank.item_count()) +
                 " items from " + std::to_string(loaded.files.size()) + " files");
    LoadedBank out{std::move(loaded.bank), {}};
    for (const auto& p : loaded.problems) {
        const auto text = io::format_problem(p);
        if (p.severity != io::Severity::Error) {
            io::log_debug(text);
            continue;
        }
        io::log_warn(text);
        // The reason comes from the loader in English; the sentence around it is in the UI's
        // language, so the user knows what happened even without the detail.
        const std::string where = p.item_id.empty() ? p.message : p.item_id + ": " + p.message;
        out.notices.push_back(strings.format(
            ui::TextId::ProblemDeck, {p.file, strings.format(ui::TextId::ProblemDetail, {where})}));
    }
    return out;
}

}  // namespace chronik::app
