#include "app/bench_script.hpp"

namespace chronik::app {

std::string builtin_bench_script(long frames) {
    std::string s =
        "# built-in benchmark: title -> new profile -> home, then rounds of both kinds\n"
        "wait 60\nkey Enter\nwait-scene profiles\nwait 20\nkey n\ntext Bänch Ŏ Кир\nwait 10\n"
        "key Enter\nwait-scene home\nwait 20\n";
    // Each loop plays a quiz round (keys and pointer: answers, feedback, results, home), then a
    // timeline round (cards dragged with the pointer and carried with the keys, checked, the
    // reveal, results, home): about 420 script frames. Static frames are not drawn (as in
    // normal play), so plan for about three script frames per drawn one; the run stops at the
    // first return home after N drawn frames.
    for (long used = 0; used < 3 * frames + 300; used += 420) {
        s += "key q\nwait-scene quiz\nwait 10\n";  // Q: the quiz on the German home screen
        for (int q = 0; q < 10; ++q)
            s += "move 640 " + std::to_string(280 + 72 * (q % 4)) + "\nwait 6\nkey " +
                 std::to_string(1 + (q * 3) % 4) + "\nwait 12\nkey Enter\n";
        s += "wait-scene results\nwait 20\nkey Escape\nwait-scene home\nwait 10\n";
        // Z: the timeline. The hand's cards lie on one row; a drag that starts between cards
        // moves nothing, which is fine for timing.
        s += "key z\nwait-scene timeline\nwait 20\n"
             "drag 167 280 1112 280 20\nwait 10\ndrag 356 280 545 280 12\nwait 10\n"
             "key Left\nkey Space\nkey Right\nkey Right\nwait 10\nkey Space\nwait 10\n"
             "key Enter\nwait 120\nkey Enter\nwait-scene results\nwait 20\nkey Escape\n"
             "wait-scene home\nwait 10\n";
    }
    return s;
}

}  // namespace chronik::app
