#include "cli/written_deck.hpp"

#include "io/bank/deck_lint.hpp"
#include "io/bank/deck_loader.hpp"

namespace chronik::cli {

std::vector<io::Problem> reload_and_lint(const std::filesystem::path& out, ProgressLine& progress) {
    const auto loaded = io::load_deck_file(out);
    auto problems = loaded.problems;
    if (loaded.deck) {
        const auto lint = io::lint_deck(*loaded.deck);
        problems.insert(problems.end(), lint.begin(), lint.end());
    }
    progress.done();
    return problems;
}

}  // namespace chronik::cli
