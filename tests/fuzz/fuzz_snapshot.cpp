// libFuzzer target: the snapshot decoder and what loading does with a decoded snapshot.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "io/save/save_formats.hpp"
#include "progress/profile_progress.hpp"
#include "progress/statistics.hpp"

using namespace chronik;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    io::Snapshot snapshot;
    try {
        snapshot = io::decode_snapshot(bytes);
    } catch (const io::FormatError&) {
        return 0;  // refused with a reason: fine
    }
    // What was accepted must survive a round trip unchanged ...
    const io::Snapshot again = io::decode_snapshot(io::encode_snapshot(snapshot));
    if (!(again.progress == snapshot.progress) || !(again.settings == snapshot.settings) ||
        !(again.log == snapshot.log))
        std::abort();
    // ... and be usable: statistics, an undo and a new review must not crash.
    ProfileProgress progress(snapshot.progress);
    (void)due_forecast(progress, 1767268800000, 60);
    (void)true_retention(progress, Period::Month);
    (void)streak_view(progress, 1767268800000, 60);
    if (const ReviewRecord* last = progress.undoable())
        progress.apply(ReviewRecord::undo(last->card_id, 0, 0));
    const std::string card = progress.cards().empty() ? "x" : progress.cards().begin()->first;
    CardState after = CardState::fresh(0);
    after.phase = CardPhase::Review;
    progress.apply(ReviewRecord::review(card, 1767268800000, Rating::Good, RoundKind::Flashcard, 10,
                                        60, progress.card(card).value_or(CardState{}), after));
    return 0;
}
