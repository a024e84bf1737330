#include "hosting/host_capacity.hpp"

namespace chronik::hosting {

std::size_t players_that_fit(HostCapacity needs, std::size_t open_file_limit) {
    needs.players = 0;
    const auto other = needs.open_files();
    return open_file_limit > other ? open_file_limit - other : 0;
}

std::string capacity_problem(const HostCapacity& needs, std::size_t open_file_limit) {
    if (needs.open_files() <= open_file_limit) return "";
    return std::to_string(needs.players) + " players need " + std::to_string(needs.open_files()) +
           " open files (one connection per player, " +
           std::to_string(needs.open_files() - needs.players) +
           " for newcomers, refusals and the program itself), but this process may open only " +
           std::to_string(open_file_limit) + " (ulimit -n); at most " +
           std::to_string(players_that_fit(needs, open_file_limit)) +
           " players fit. Raise the limit (ulimit -n, or LimitNOFILE for a service) or host "
           "fewer players";
}

}  // namespace chronik::hosting
