#include "classroom/team_setup.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>

#include "classroom/player_name.hpp"
#include "names/name_key.hpp"

namespace chronik::classroom {

std::vector<Team> default_teams(std::size_t count) {
    if (count < kMinTeams || count > kMaxTeams) {
        throw std::invalid_argument("classroom teams: 2 to 6 teams, got " + std::to_string(count));
    }
    static const std::array<std::array<const char*, kKeysPerTeam>, kMaxTeams> kKeys{{
        {"1", "2", "3", "4"},
        {"Q", "W", "E", "R"},
        {"A", "S", "D", "F"},
        {"Y", "X", "C", "V"},
        {"7", "8", "9", "0"},
        {"U", "I", "O", "P"},
    }};
    std::vector<Team> teams;
    for (std::size_t i = 0; i < count; ++i) {
        Team t;
        t.name = "Team " + std::to_string(i + 1);
        t.colour = static_cast<TeamColour>(i);
        t.symbol = static_cast<TeamSymbol>(i);
        for (std::size_t k = 0; k < kKeysPerTeam; ++k)
            t.keys[k] = kKeys[i][k];
        teams.push_back(std::move(t));
    }
    return teams;
}

void validate_teams(const std::vector<Team>& teams) {
    if (teams.size() < kMinTeams || teams.size() > kMaxTeams) {
        throw std::invalid_argument("classroom teams: 2 to 6 teams, got " +
                                    std::to_string(teams.size()));
    }
    std::set<std::string> name_keys, keys;
    std::set<TeamColour> colours;
    std::set<TeamSymbol> symbols;
    for (const auto& t : teams) {
        const auto clean = sanitize_name(t.name);
        const std::string label = "classroom teams: team \"" + t.name + "\"";
        if (clean.empty()) throw std::invalid_argument("classroom teams: a team has no name");
        if (!name_keys.insert(names::name_key(clean)).second)
            throw std::invalid_argument(label + " is named twice");
        if (!colours.insert(t.colour).second)
            throw std::invalid_argument(label + " shares its colour");
        if (!symbols.insert(t.symbol).second)
            throw std::invalid_argument(label + " shares its symbol");
        for (const auto& k : t.keys) {
            if (k.empty()) throw std::invalid_argument(label + " has a choice without a key");
            if (!keys.insert(k).second)
                throw std::invalid_argument(label + ": key " + k + " is used twice");
        }
    }
}

KeyLookup find_key(const std::vector<Team>& teams, std::string_view key) {
    for (std::size_t t = 0; t < teams.size(); ++t) {
        for (std::size_t k = 0; k < kKeysPerTeam; ++k) {
            if (teams[t].keys[k] == key) return {true, {t, k}};
        }
    }
    return {};
}

}  // namespace chronik::classroom
