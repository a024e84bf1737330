#include "io/net/host.hpp"

#include <SFML/Network.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <random>
#include <stdexcept>
#include <vector>

#include "hosting/room_code.hpp"
#include "io/log/logging.hpp"
#include "io/net/frame.hpp"
#include "io/net/protocol.hpp"

namespace chronik::io::net {

TimeMs steady_now_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

namespace {

using classroom::Phase;
using classroom::PlayerId;

struct Connection {
    std::unique_ptr<sf::TcpSocket> socket = std::make_unique<sf::TcpSocket>();
    FrameDecoder decoder{kMaxClientMessageBytes};
    std::string outbox;
    std::optional<PlayerId> player;
    std::optional<std::uint64_t> last_seq;
    int bad = 0;
    TimeMs opened = 0;
    bool closing = false;  // send what is queued, then close
    bool dead = false;
    std::string peer;
};

hosting::Refusal join_refusal(classroom::JoinVerdict v) {
    switch (v) {
        case classroom::JoinVerdict::EmptyName:
            return hosting::Refusal::EmptyName;
        case classroom::JoinVerdict::GameFull:
            return hosting::Refusal::GameFull;
        case classroom::JoinVerdict::GameOver:
        case classroom::JoinVerdict::Joined:
            break;
    }
    return hosting::Refusal::GameOver;
}

}  // namespace

struct ClassroomHost::Impl {
    HostOptions options;
    classroom::ClassroomGame game;
    sf::TcpListener listener;
    sf::SocketSelector selector;
    std::vector<std::unique_ptr<Connection>> connections;
    HostStats stats;
    TimeMs now = 0;
    // What has been sent to everyone so far.
    std::size_t results_sent = 0;
    std::optional<std::size_t> question_sent, open_sent, leaderboard_sent;
    bool end_sent = false;
    bool paused_sent = false;
    // A secret per player, given in the welcome: only its holder takes the
    // player back while the old connection still looks alive.
    std::map<PlayerId, std::string> tokens;
    std::random_device entropy;

    std::string new_token() {
        std::string t;
        for (int i = 0; i < 4; ++i) {
            char part[9];
            std::snprintf(part, sizeof part, "%08x", static_cast<unsigned>(entropy()));
            t += part;
        }
        return t;
    }

    Impl(HostOptions o, classroom::ClassroomGame g) : options(std::move(o)), game(std::move(g)) {}

    void drop(Connection& c, std::size_t& counter, const std::string& why) {
        ++counter;
        ++c.bad;
        log_warn("classroom host: dropped a message from " + c.peer + ": " + why);
        if (c.bad > options.max_bad_messages) {
            log_warn("classroom host: closing " + c.peer + " after too many bad messages");
            close(c);
        }
    }

    void close(Connection& c) {
        if (c.dead) return;
        c.dead = true;
        if (c.player) game.disconnect(*c.player);
    }

    void send(Connection& c, const HostMessage& m) {
        if (c.dead) return;
        c.outbox += encode_frame(encode(m), kMaxHostMessageBytes);
        if (c.outbox.size() > options.max_outbox_bytes) {
            log_warn("classroom host: " + c.peer + " does not read; closing");
            close(c);
        }
    }

    void refuse(Connection& c, hosting::Refusal reason) {
        HostMessage m;
        m.kind = HostKind::Refused;
        m.refusal = reason;
        send(c, m);
        c.closing = true;
    }

    StandingRow row_of(const round::Standing& s) const {
        StandingRow r{s.id, s.score, s.rank, 0};
        for (const auto& p : game.players()) {
            if (p.name == s.id) r.correct = p.score.correct_answers;
        }
        return r;
    }

    std::optional<StandingRow> you(PlayerId id,
                                   const std::vector<round::Standing>& standings) const {
        const auto* p = game.player(id);
        if (!p) return std::nullopt;
        for (const auto& s : standings) {
            if (s.id == p->name) return row_of(s);
        }
        return std::nullopt;
    }

    HostMessage question_message() const {
        const auto& q = game.current_question();
        HostMessage m;
        m.kind = HostKind::Question;
        m.question = game.question_index();
        m.question_count = game.question_count();
        m.prompt = q.prompt;
        m.choices = q.choices;  // never correct_choice before the reveal
        m.reading_ms = game.settings().reading_ms;
        m.time_limit_ms = game.settings().scoring.time_limit_ms;
        return m;
    }

    HostMessage simple(HostKind kind, std::size_t question) const {
        HostMessage m;
        m.kind = kind;
        m.question = question;
        return m;
    }

    // Brings a student who (re)joins up to date.
    void catch_up(Connection& c) {
        const auto phase = game.phase();
        if (phase == Phase::Reading || phase == Phase::Answering) {
            send(c, question_message());
            if (phase == Phase::Answering) {
                // With the time still left, so that the student's countdown shows the host's.
                auto open = simple(HostKind::Open, game.question_index());
                open.left_ms = game.time_left_ms(now);
                send(c, open);
            }
            // A student who comes back during a pause sees the pause (and a countdown that
            // stands still) like everyone else.
            if (game.paused()) send(c, simple(HostKind::Paused, game.question_index()));
            if (game.has_answered(*c.player))
                send(c, simple(HostKind::Locked, game.question_index()));
        } else if (phase == Phase::Podium) {
            send_end(c);
        }
    }

    void send_end(Connection& c) {
        HostMessage m;
        m.kind = HostKind::End;
        m.question = game.question_count();
        for (const auto& s : game.podium())
            m.rows.push_back(row_of(s));
        if (c.player) m.you = you(*c.player, game.standings());
        send(c, m);
    }

    void handle_hello(Connection& c, const ClientMessage& m) {
        if (c.player) {
            drop(c, stats.out_of_order, "a second hello");
            return;
        }
        if (hosting::fold_room_code(m.code) != options.room_code) {
            drop(c, stats.unauthenticated, "wrong room code");
            refuse(c, hosting::Refusal::WrongCode);
            return;
        }
        if (!m.token.empty()) {
            for (const auto& [id, token] : tokens) {
                if (token != m.token || !game.player(id)) continue;
                for (auto& other : connections) {
                    if (other.get() != &c && other->player == id) {
                        other->player.reset();  // not a disconnect of the player
                        refuse(*other, hosting::Refusal::Replaced);
                    }
                }
                game.reconnect(id);
                c.player = id;
                log_info("classroom host: " + game.player(id)->name + " took the seat back from " +
                         c.peer);
                HostMessage w;
                w.kind = HostKind::Welcome;
                w.text = game.player(id)->name;
                w.rejoined = true;
                w.token = token;
                send(c, w);
                catch_up(c);
                return;
            }
        }
        const auto joined = game.join(m.name);
        if (!joined.accepted()) {
            const auto why = join_refusal(joined.verdict);
            log_info("classroom host: refused " + c.peer + ": " +
                     std::string(hosting::refusal_name(why)));
            refuse(c, why);
            return;
        }
        c.player = joined.id;
        log_info("classroom host: " + joined.name + " joined from " + c.peer);
        HostMessage w;
        w.kind = HostKind::Welcome;
        w.text = joined.name;
        auto& token = tokens[joined.id];
        if (token.empty()) token = new_token();
        w.token = token;
        send(c, w);
        catch_up(c);
    }

    void handle_answer(Connection& c, const ClientMessage& m) {
        if (!c.player) {
            drop(c, stats.unauthenticated, "an answer before hello");
            return;
        }
        const auto verdict = game.answer(*c.player, m.question, m.choice, now);
        if (verdict == classroom::AnswerVerdict::Accepted) {
            ++stats.answers_accepted;
            send(c, simple(HostKind::Locked, m.question));
        } else {
            ++stats.answers_rejected;
            log_info("classroom host: answer from " + c.peer +
                     " not taken: " + std::string(classroom::verdict_name(verdict)));
            auto r = simple(HostKind::Rejected, m.question);
            r.rejection = verdict;
            send(c, r);
        }
    }

    void handle(Connection& c, const std::string& payload) {
        const auto parsed = parse_client_message(payload);
        if (const auto* err = std::get_if<ParseError>(&parsed)) {
            drop(c, stats.malformed, err->reason);
            return;
        }
        const auto& m = std::get<ClientMessage>(parsed);
        if (c.last_seq && m.seq <= *c.last_seq) {
            drop(c, stats.replayed,
                 "seq " + std::to_string(m.seq) + " after " + std::to_string(*c.last_seq));
            return;
        }
        c.last_seq = m.seq;
        switch (m.kind) {
            case ClientKind::Hello:
                handle_hello(c, m);
                break;
            case ClientKind::Answer:
                handle_answer(c, m);
                break;
            case ClientKind::Bye:
                close(c);
                break;
        }
    }

    void accept_new() {
        for (int i = 0; i < 64; ++i) {
            auto conn = std::make_unique<Connection>();
            if (listener.accept(*conn->socket) != sf::Socket::Done) return;
            ++stats.connections_accepted;
            conn->peer = conn->socket->getRemoteAddress().toString() + ":" +
                         std::to_string(conn->socket->getRemotePort());
            if (connections.size() >= options.max_connections) {
                log_warn("classroom host: too many connections; closing " + conn->peer);
                continue;
            }
            conn->socket->setBlocking(false);
            conn->opened = now;
            selector.add(*conn->socket);
            connections.push_back(std::move(conn));
        }
    }

    void receive(Connection& c) {
        char buffer[4096];
        // A bounded number of reads per poll keeps one flooding client from
        // starving the others.
        for (int i = 0; i < 16 && !c.dead && !c.closing; ++i) {
            std::size_t got = 0;
            const auto status = c.socket->receive(buffer, sizeof buffer, got);
            if (status == sf::Socket::Done || (status == sf::Socket::Partial && got > 0)) {
                c.decoder.feed(std::string_view(buffer, got));
                while (!c.dead && !c.closing) {
                    auto payload = c.decoder.next();
                    if (!payload) break;
                    handle(c, *payload);
                }
                if (c.decoder.failed()) {
                    ++stats.oversized;
                    log_warn("classroom host: " + c.peer + " sent a frame of " +
                             std::to_string(c.decoder.refused_length()) + " bytes (limit " +
                             std::to_string(kMaxClientMessageBytes) + "); closing");
                    close(c);
                }
            } else if (status == sf::Socket::NotReady) {
                return;
            } else {
                close(c);  // Disconnected or Error
            }
        }
    }

    void flush(Connection& c) {
        while (!c.dead && !c.outbox.empty()) {
            std::size_t sent = 0;
            const auto status = c.socket->send(c.outbox.data(), c.outbox.size(), sent);
            c.outbox.erase(0, sent);
            if (status == sf::Socket::Done) continue;
            if (status == sf::Socket::Partial || status == sf::Socket::NotReady) return;
            close(c);
        }
        if (c.closing && c.outbox.empty()) close(c);
    }

    void broadcast(const HostMessage& m) {
        for (auto& c : connections) {
            if (c->player && !c->dead) send(*c, m);
        }
    }

    void send_reveal(const classroom::QuestionResult& r) {
        if (r.skipped) {
            broadcast(simple(HostKind::Skipped, r.question));
            return;
        }
        for (auto& c : connections) {
            if (!c->player || c->dead) continue;
            HostMessage m = simple(HostKind::Reveal, r.question);
            m.correct_choice = game.questions()[r.question].correct_choice;
            m.distribution = r.choice_counts;
            m.no_answer = r.no_answer;
            for (const auto& a : r.answers) {
                if (a.player != *c->player) continue;
                m.your_choice = a.choice;
                m.points = a.award.gained();
                m.score = a.award.after.points;
                m.streak = a.award.after.streak;
            }
            send(*c, m);
        }
    }

    void send_changes() {
        while (results_sent < game.results().size())
            send_reveal(game.results()[results_sent++]);
        const auto phase = game.phase();
        const auto q = game.question_index();
        if ((phase == Phase::Reading || phase == Phase::Answering) && question_sent != q) {
            broadcast(question_message());
            question_sent = q;
        }
        if (phase == Phase::Answering && !game.paused() && open_sent != q) {
            broadcast(simple(HostKind::Open, q));
            open_sent = q;
        }
        if (game.paused() != paused_sent) {
            paused_sent = game.paused();
            broadcast(simple(paused_sent ? HostKind::Paused : HostKind::Resumed, q));
        }
        if (phase == Phase::Leaderboard && leaderboard_sent != q) {
            leaderboard_sent = q;
            const auto standings = game.standings();
            for (auto& c : connections) {
                if (!c->player || c->dead) continue;
                HostMessage m = simple(HostKind::Leaderboard, q);
                for (std::size_t i = 0; i < standings.size() && i < 10; ++i)
                    m.rows.push_back(row_of(standings[i]));
                m.you = you(*c->player, standings);
                send(*c, m);
            }
        }
        if (phase == Phase::Podium && !end_sent) {
            end_sent = true;
            for (auto& c : connections) {
                if (c->player && !c->dead) send_end(*c);
            }
        }
    }

    void reap() {
        for (auto& c : connections) {
            if (!c->player && !c->dead && now - c->opened > options.hello_timeout_ms) {
                drop(*c, stats.unauthenticated, "no hello in time");
                close(*c);
            }
        }
        const auto before = connections.size();
        std::erase_if(connections, [&](const std::unique_ptr<Connection>& c) {
            if (!c->dead) return false;
            selector.remove(*c->socket);
            c->socket->disconnect();
            return true;
        });
        stats.connections_closed += before - connections.size();
    }
};

ClassroomHost::ClassroomHost(HostOptions options, classroom::ClassroomGame game)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(game))) {
    const auto code = hosting::normalize_room_code(impl_->options.room_code);
    if (!code) {
        throw std::invalid_argument(
            "classroom host: the room code needs " + std::to_string(hosting::kMinRoomCodeLength) +
            "-" + std::to_string(hosting::kMaxRoomCodeLength) + " letters or digits");
    }
    impl_->options.room_code = *code;
    const sf::IpAddress address(impl_->options.bind_address);
    if (address == sf::IpAddress::None) {
        throw std::runtime_error("classroom host: bad address " + impl_->options.bind_address);
    }
    if (impl_->listener.listen(impl_->options.port, address) != sf::Socket::Done) {
        throw std::runtime_error("classroom host: cannot listen on " + impl_->options.bind_address +
                                 ":" + std::to_string(impl_->options.port));
    }
    impl_->listener.setBlocking(false);
    impl_->selector.add(impl_->listener);
}

ClassroomHost::~ClassroomHost() {
    for (auto& c : impl_->connections)
        c->socket->disconnect();
    impl_->listener.close();
}

unsigned short ClassroomHost::port() const {
    return impl_->listener.getLocalPort();
}

void ClassroomHost::poll(TimeMs now, int wait_ms) {
    auto& s = *impl_;
    s.now = std::max(s.now, now);
    const bool any_outgoing = std::any_of(s.connections.begin(), s.connections.end(),
                                          [](const auto& c) { return !c->outbox.empty(); });
    const TimeMs wait_start = steady_now_ms();
    // SFML waits forever for a zero timeout: "no wait" (a game polling once a frame) is 1 µs.
    const sf::Time wait = any_outgoing  ? sf::milliseconds(1)
                          : wait_ms > 0 ? sf::milliseconds(wait_ms)
                                        : sf::microseconds(1);
    s.selector.wait(wait);
    // Answers that arrived during the wait are timed when they are read: the
    // host's clock is `now` plus the time spent waiting.
    s.now = std::max(s.now, now + (steady_now_ms() - wait_start));
    s.accept_new();
    for (std::size_t i = 0; i < s.connections.size(); ++i) {
        auto& c = *s.connections[i];
        if (!c.dead) s.receive(c);
    }
    s.game.tick(s.now);
    s.send_changes();
    for (auto& c : s.connections)
        s.flush(*c);
    s.reap();
}

classroom::ClassroomGame& ClassroomHost::game() {
    return impl_->game;
}
const classroom::ClassroomGame& ClassroomHost::game() const {
    return impl_->game;
}

bool ClassroomHost::remove_player(classroom::PlayerId id) {
    auto& s = *impl_;
    for (auto& c : s.connections) {
        if (c->player == id) {
            HostMessage m;
            m.kind = HostKind::Removed;
            s.send(*c, m);
            c->player.reset();
            c->closing = true;
        }
    }
    return s.game.remove_player(id);
}

const HostStats& ClassroomHost::stats() const {
    return impl_->stats;
}
std::size_t ClassroomHost::connection_count() const {
    return impl_->connections.size();
}

}  // namespace chronik::io::net
