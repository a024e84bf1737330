// Hosting a class game on the local network from the game: the teacher's settings in, a running
// host out that the scenes poll once a frame. Implemented in game/app over io/net.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "classroom/classroom_game.hpp"
#include "result/result.hpp"
#include "round/leaderboard.hpp"

namespace chronik::ui {

struct HostSettings {
    unsigned short port = 47800;
    std::string room_code;  // letters and digits, as the students type it
    std::size_t question_count = 10;
    // Of those, timeline questions (5 events to put in order), spread among the others.
    std::size_t timeline_count = 0;
    std::optional<std::int64_t> time_limit_ms = 20'000;  // nullopt: the teacher reveals
    std::int64_t reading_ms = 3'000;                     // the question alone before answers open
    bool speed_bonus = true;
    bool streak_bonus = true;
    int podium_size = 3;  // 3..10
};

// A returning name waiting for the teacher: someone says they are this player, who left, but has
// not the secret token of that seat (a restarted computer, or someone else).
struct HostSeatQuestion {
    classroom::PlayerId seat = 0;
    std::string name;
};

// Where the final standings went, or why they could not be saved.
struct HostSavedStandings {
    std::string csv_path;
    std::string json_path;
    std::string problem;  // empty when saved
};

// How browsers join: the address (with the room code) and its QR code for the projector.
struct HostWebJoin {
    std::string url;         // "http://192.168.1.20:47880/?code=K7QX3M"
    int modules = 0;         // the QR code's side, without the quiet zone
    std::vector<bool> dark;  // modules * modules, row by row
};

// One hosted game, from the lobby to the podium. Single-threaded: the scene calls poll() every
// frame; nothing blocks. Destroying it closes every connection.
class HostSession {
public:
    virtual ~HostSession() = default;

    // Reads the network, advances the game by the host's clock and sends what changed.
    virtual void poll() = 0;

    // "192.168.1.20:47800", one per LAN address of this machine.
    virtual const std::vector<std::string>& addresses() const = 0;
    // True when no LAN address was found (only this machine can join).
    virtual bool loopback_only() const = 0;
    virtual unsigned short port() const = 0;
    virtual const std::string& room_code() const = 0;
    // The browsers' way in; null when the host serves no browsers.
    virtual const HostWebJoin* web_join() const { return nullptr; }

    // Players, phase, the current question (with its correct choice: show it only in the
    // reveal), standings, previous standings and every question's result.
    virtual const classroom::ClassroomGame& game() const = 0;
    // Milliseconds left in the reading pause or to answer, by the host's clock.
    virtual std::optional<std::int64_t> time_left_ms() const = 0;

    // Teacher controls; each returns whether it changed anything.
    virtual bool start() = 0;  // from the lobby, with at least one player
    virtual bool pause() = 0;
    virtual bool resume() = 0;
    virtual bool skip() = 0;
    virtual bool reveal_now() = 0;
    virtual bool next() = 0;
    virtual bool end() = 0;
    virtual bool remove_player(classroom::PlayerId id) = 0;

    // Locked: no new names join; seats still come back with their token or by allow_seat().
    virtual bool locked() const = 0;
    virtual bool set_locked(bool locked) = 0;
    // Returning names waiting for the teacher, oldest first.
    virtual std::vector<HostSeatQuestion> seat_questions() const = 0;
    // The seat with its score, or not (then a new player while the room is open); false when
    // nobody waits for that seat any more.
    virtual bool allow_seat(classroom::PlayerId seat) = 0;
    virtual bool decline_seat(classroom::PlayerId seat) = 0;

    // The standings are saved (CSV and JSON in the saves folder) once the podium is reached;
    // nullopt before.
    virtual std::optional<HostSavedStandings> saved() const = 0;
};

class HostConnector {
public:
    virtual ~HostConnector() = default;
    // The setup screen's starting values: port 47800 and a fresh random room code, unless the
    // environment sets CHRONIK_HOST_PORT / CHRONIK_HOST_CODE (documented in io/net/README.md).
    virtual HostSettings defaults() = 0;
    // A fresh random room code.
    virtual std::string new_room_code() = 0;
    // Starts listening with these settings. The problem is a sentence for the teacher in the UI
    // language that names the address and port (port in use, no questions, ...); nothing throws.
    virtual Result<std::unique_ptr<HostSession>, std::string> start(
        const HostSettings& settings) = 0;
};

}  // namespace chronik::ui
