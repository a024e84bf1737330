#include "hosting/refusal.hpp"

#include <array>
#include <utility>

namespace chronik::hosting {
namespace {

constexpr std::array<std::pair<Refusal, std::string_view>, 7> kNames{{
    {Refusal::WrongCode, "wrong-code"},
    {Refusal::TooManyTries, "too-many-tries"},
    {Refusal::EmptyName, "empty-name"},
    {Refusal::GameFull, "game-full"},
    {Refusal::GameOver, "game-over"},
    {Refusal::RoomLocked, "room-locked"},
    {Refusal::Replaced, "replaced"},
}};

}  // namespace

std::string_view refusal_name(Refusal refusal) {
    for (const auto& [r, name] : kNames) {
        if (r == refusal) return name;
    }
    return "?";
}

std::optional<Refusal> parse_refusal(std::string_view name) {
    for (const auto& [r, n] : kNames) {
        if (n == name) return r;
    }
    return std::nullopt;
}

}  // namespace chronik::hosting
