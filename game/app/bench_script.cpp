#include "app/bench_script.hpp"

namespace chronik::app {

std::string builtin_bench_script(long frames) {
    std::string s =
        "# built-in benchmark: title -> new profile -> home, then keys and pointer on the menu\n"
        "wait 60\nkey Enter\nwait-scene profiles\nwait 20\nkey n\ntext Bänch Ŏ Кир\nwait 10\n"
        "key Enter\nwait-scene home\nwait 20\n";
    // Each loop is about 40 frames of focus moves and hover animations.
    for (long used = 0; used < frames + 200; used += 40)
        s += "key Right\nwait 6\nkey Down\nwait 6\nmove 400 330\nwait 6\nmove 900 400\nwait 6\n"
             "key Left\nwait 6\nkey Up\nwait 6\n";
    return s;
}

}  // namespace chronik::app
