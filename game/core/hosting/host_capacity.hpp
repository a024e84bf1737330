// How many open files a classroom host needs for a class of a given size, so that a class either
// fits or is refused at the start with the figures, and no student is dropped without a word.
#pragma once

#include <cstddef>
#include <string>

namespace chronik::hosting {

struct HostCapacity {
    std::size_t players = 0;       // one connection each (a replaced one is closed at once)
    std::size_t strangers = 0;     // connections that have not said hello (StrangerLimits::total)
    std::size_t awaiting = 0;      // returning names waiting for the teacher
    std::size_t closing = 0;       // refused or removed connections still sending their reason
    std::size_t accept_burst = 0;  // accepted in one poll before the budgets are applied
    std::size_t reserve = 64;      // the program's own: listener, log, saves, window, sound, ...

    std::size_t open_files() const {
        return players + strangers + awaiting + closing + accept_burst + reserve;
    }
};

// The most players that fit `open_file_limit` next to the other needs (0 when nothing fits).
std::size_t players_that_fit(HostCapacity needs, std::size_t open_file_limit);

// The teacher's message when `needs` does not fit: the figures and what to do; "" when it fits.
std::string capacity_problem(const HostCapacity& needs, std::size_t open_file_limit);

}  // namespace chronik::hosting
