// libFuzzer target: importing tables (CSV/TSV term lists, multiple-choice rows, dated events)
// into decks, writing those decks as JSON, and the FSRS review-log CSV reader.
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "bank/utf8.hpp"
#include "io/bank/deck_lint.hpp"
#include "io/import/deck_writer.hpp"
#include "io/import/table_import.hpp"
#include "io/save/profile_transfer.hpp"

using namespace chronik;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    // The first byte chooses the options; the rest is the file.
    const std::uint8_t choice = data[0];
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    io::ImportOptions options;
    switch (choice % 4) {
        case 1:
            options.kind = io::ImportKind::Flashcard;
            break;
        case 2:
            options.kind = io::ImportKind::MultipleChoice;
            break;
        case 3:
            options.kind = io::ImportKind::Timeline;
            break;
        default:
            break;  // detected
    }
    if (choice & 0x10) options.separator = "\t,;|"[(choice >> 5) & 3];
    options.deck_id = "fuzz";
    options.title = "Fuzz";
    options.source_file = "fuzz.import.txt";
    // Every caller reads the file with io::read_utf8_file, which refuses bytes that are not
    // UTF-8 before anything is imported; the import itself is only ever given UTF-8.
    if (!bank::is_valid_utf8(text)) return 0;
    const io::TableImport result = io::import_table(text, options);
    if (result.imported != static_cast<int>(result.deck.items.size())) std::abort();
    // A deck that was made is written as JSON that reads back as JSON, and lints.
    const std::string json = io::deck_to_json(result.deck);
    if (!nlohmann::json::accept(json)) std::abort();
    bank::Deck deck = result.deck;
    if (!deck.source_file.empty()) deck.source_text = std::string(text);
    (void)io::lint_deck(deck);

    // The same bytes as an FSRS review-log CSV.
    const auto reviews = io::parse_revlog_csv(text, ProfileProgress{},
                                              [](const CardState& before, Rating, TimeMs t) {
                                                  CardState after = before;
                                                  after.phase = CardPhase::Review;
                                                  after.last_review = t;
                                                  after.due = t + kDayMs;
                                                  after.reps += 1;
                                                  return after;
                                              });
    ProfileProgress progress;
    for (const auto& r : reviews.records) {
        const ApplyResult applied = progress.apply(r);
        if (applied.outcome != ApplyOutcome::Applied) std::abort();
    }
    return 0;
}
