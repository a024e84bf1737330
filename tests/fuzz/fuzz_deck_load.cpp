// libFuzzer target: loading a deck file (sizes, UTF-8, JSON, fields, dates, the source path),
// linting what loads, and adding it to a bank twice (the duplicate-id path).
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "bank/question_bank.hpp"
#include "io/bank/deck_lint.hpp"
#include "io/bank/deck_loader.hpp"

using namespace chronik;
namespace fs = std::filesystem;

namespace {

// A folder of this process with a source text the decks may name ("source.txt"), and one
// outside it that they must never read.
const fs::path& work_folder() {
    static const fs::path dir = [] {
        const fs::path base =
            fs::temp_directory_path() / ("chronik-fuzz-deck-" + std::to_string(::getpid()));
        fs::create_directories(base / "decks");
        std::ofstream(base / "decks" / "source.txt")
            << "Im Juni 1950 begann der Koreakrieg. Am 2. März 2022 stimmte Nordkorea dagegen.";
        std::ofstream(base / "secret.txt") << "never to be read";
        std::atexit([] {
            std::error_code ec;
            fs::remove_all(
                fs::temp_directory_path() / ("chronik-fuzz-deck-" + std::to_string(::getpid())),
                ec);
        });
        return base / "decks";
    }();
    return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const fs::path file = work_folder() / "deck.json";
    {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    io::DeckLoadResult loaded = io::load_deck_file(file);
    if (!loaded.deck) return 0;  // refused with problems: fine
    // Whatever loads has a source from inside the folder only.
    if (loaded.deck->source_text.find("never to be read") != std::string::npos) std::abort();
    (void)io::lint_deck(*loaded.deck);
    bank::QuestionBank bank;
    std::vector<io::Problem> problems;
    const std::size_t items = loaded.deck->items.size();
    io::add_deck_reporting(bank, *loaded.deck, problems);
    io::add_deck_reporting(bank, std::move(*loaded.deck), problems);
    // The second copy adds nothing; each of its items is reported on both sides.
    if (bank.item_count() != items || problems.size() != 2 * items) std::abort();
    return 0;
}
