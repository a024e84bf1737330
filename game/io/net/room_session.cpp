#include "io/net/room_session.hpp"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

#include "hosting/room_code.hpp"
#include "io/log/logging.hpp"
#include "io/net/frame.hpp"

namespace chronik::io::net {

using classroom::Phase;
using classroom::PlayerId;
using hosting::HelloAction;
using hosting::Refusal;

namespace {
// Strangers closed by the budgets are summed up in one line at most this often.
constexpr TimeMs kSummaryEveryMs = 10'000;
}  // namespace

struct RoomSession::Link {
    ConnectionId id = 0;
    Outlet* via = nullptr;
    std::string address;  // for budgets
    std::string peer;     // for the log
    hosting::MessageBudget budget;
    std::optional<PlayerId> player;
    bool awaiting = false;    // a returning name the teacher decides about
    std::string hello_name;   // what the student typed (for a new player after a "no")
    std::string hello_token;  // the token the hello carried, if any
    std::optional<std::uint64_t> last_seq;
    int bad = 0;
    bool dead = false;
};

struct RoomSession::Summary {
    std::size_t silent = 0, evicted = 0, wrong = 0;
    std::map<std::string, std::size_t> by_address;
    TimeMs since = 0;
    bool any() const { return silent + evicted > 0; }
};

RoomSession::RoomSession(RoomOptions options, classroom::ClassroomGame game)
    : options_(std::move(options)),
      game_(std::move(game)),
      door_(options_.returning, options_.max_seat_requests),
      strangers_(options_.strangers),
      wrong_codes_(options_.wrong_codes),
      summary_(std::make_unique<Summary>()) {
    const auto code = hosting::normalize_room_code(options_.room_code);
    if (!code) {
        throw std::invalid_argument(
            "classroom host: the room code needs " + std::to_string(hosting::kMinRoomCodeLength) +
            "-" + std::to_string(hosting::kMaxRoomCodeLength) + " letters or digits");
    }
    options_.room_code = *code;
}

RoomSession::~RoomSession() = default;

std::string RoomSession::new_token() {
    std::string t;
    for (int i = 0; i < 4; ++i) {
        char part[9];
        std::snprintf(part, sizeof part, "%08x", static_cast<unsigned>(entropy_()));
        t += part;
    }
    return t;
}

RoomSession::Link* RoomSession::find(ConnectionId id) {
    const auto it = links_.find(id);
    return it == links_.end() || it->second->dead ? nullptr : it->second.get();
}

// ------------------------------------------------------------------ transports

ConnectionId RoomSession::opened(Outlet& via, std::string address, std::string peer, TimeMs now) {
    now_ = std::max(now_, now);
    auto link = std::make_unique<Link>();
    link->id = next_id_++;
    link->via = &via;
    link->address = std::move(address);
    link->peer = std::move(peer);
    link->budget = hosting::MessageBudget(options_.message_rate, now_);
    strangers_.add(link->id, link->address, now_);
    ++stats_.connections_accepted;
    const auto id = link->id;
    links_.emplace(id, std::move(link));
    return id;
}

void RoomSession::received(ConnectionId id, std::string_view message, TimeMs now) {
    now_ = std::max(now_, now);
    auto* link = find(id);
    if (!link) return;
    if (message.size() > kMaxClientMessageBytes || message.empty()) {
        oversized(id, message.size());
        return;
    }
    if (!link->budget.take(now_)) {
        drop(
            *link, stats_.flooded,
            "more messages than " + std::to_string(options_.message_rate.per_second) + " a second");
    } else {
        const auto parsed = parse_client_message(message);
        if (const auto* err = std::get_if<ParseError>(&parsed)) {
            drop(*link, stats_.malformed, err->reason);
        } else {
            const auto& m = std::get<ClientMessage>(parsed);
            if (link->last_seq && m.seq <= *link->last_seq) {
                drop(*link, stats_.replayed,
                     "seq " + std::to_string(m.seq) + " after " + std::to_string(*link->last_seq));
            } else {
                link->last_seq = m.seq;
                switch (m.kind) {
                    case ClientKind::Hello:
                        handle_hello(*link, m);
                        break;
                    case ClientKind::Answer:
                        handle_answer(*link, m);
                        break;
                    case ClientKind::Bye:
                        close(*link, Closing::Now);
                        break;
                    case ClientKind::Pong:
                        if (!link->player) {
                            drop(*link, stats_.unauthenticated, "a pong before a hello was let in");
                        } else {
                            ++stats_.pongs;
                        }
                        break;
                }
            }
        }
    }
    sweep();
}

void RoomSession::unreadable(ConnectionId id, std::string_view why) {
    auto* link = find(id);
    if (!link) return;
    drop(*link, stats_.malformed, std::string(why));
    sweep();
}

void RoomSession::oversized(ConnectionId id, std::size_t length) {
    auto* link = find(id);
    if (!link) return;
    ++stats_.oversized;
    log_warn("classroom host: " + link->peer + " sent a message of " + std::to_string(length) +
             " bytes (limit " + std::to_string(kMaxClientMessageBytes) + "); closing");
    close(*link, Closing::Now);
    sweep();
}

void RoomSession::closed(ConnectionId id) {
    auto* link = find(id);
    if (!link) return;
    // Gone on its own: nothing is sent, the transport has already let go of it.
    link->via = nullptr;
    close(*link, Closing::Now);
    sweep();
}

void RoomSession::tick(TimeMs now) {
    now_ = std::max(now_, now);
    for (const auto& c : strangers_.to_close(now_)) {
        auto* link = find(c.key);
        if (!link) continue;
        ++(c.late ? stats_.silent : stats_.evicted);
        ++(c.late ? summary_->silent : summary_->evicted);
        ++summary_->by_address[link->address];
        close(*link, Closing::Now);
    }
    // A returning name whose seat was removed, came back by token, or whose game ended.
    for (const auto& r : door_.take_stale(game_)) {
        if (auto* link = find(r.connection)) {
            link->awaiting = false;
            act(*link, door_.declined(game_, link->hello_name));
        }
    }
    log_summary(false);
    game_.tick(now_);
    send_changes();
    if (options_.ping_every_ms > 0 && now_ >= next_ping_) {
        next_ping_ = now_ + options_.ping_every_ms;
        HostMessage ping;
        ping.kind = HostKind::Ping;
        ping.question = ++ping_number_;
        for (const auto& [id, link] : links_) {
            if (link->player && !link->dead && link->via) ++stats_.pings;
        }
        broadcast(ping);
    }
    sweep();
}

void RoomSession::log_summary(bool force) {
    auto& s = *summary_;
    if (!s.any() || (!force && now_ - s.since < kSummaryEveryMs)) return;
    std::string busiest;
    std::size_t most = 0;
    for (const auto& [address, n] : s.by_address) {
        if (n > most) {
            most = n;
            busiest = address;
        }
    }
    log_warn("classroom host: closed " + std::to_string(s.silent) +
             " connections that said no hello in time and " + std::to_string(s.evicted) +
             " over the budget for newcomers (" + std::to_string(s.by_address.size()) +
             " addresses, most from " + busiest + ": " + std::to_string(most) + ")");
    s = Summary{};
    s.since = now_;
}

// ------------------------------------------------------------------ messages

void RoomSession::drop(Link& link, std::size_t& counter, const std::string& why) {
    ++counter;
    ++link.bad;
    // A student's client never sends these: the first one per connection is worth a line; a
    // stranger's are summed up when it is closed.
    if (link.bad == 1 && (link.player || link.awaiting))
        log_warn("classroom host: dropped a message from " + link.peer + ": " + why);
    if (link.bad > options_.max_bad_messages) {
        log_warn("classroom host: closing " + link.peer + " after " + std::to_string(link.bad) +
                 " bad messages (last: " + why + ")");
        close(link, Closing::Now);
    }
}

void RoomSession::send(Link& link, const HostMessage& m) {
    if (link.dead || !link.via) return;
    link.via->send(link.id, encode(m));
    if (link.via->queued_bytes(link.id) > options_.max_outbox_bytes) {
        log_warn("classroom host: " + link.peer + " does not read; closing");
        close(link, Closing::Now);
    }
}

void RoomSession::close(Link& link, Closing how) {
    if (link.dead) return;
    link.dead = true;
    if (link.player) game_.disconnect(*link.player);
    if (link.awaiting) door_.take(link.id);
    strangers_.remove(link.id);
    if (link.via) link.via->close(link.id, how);
}

void RoomSession::refuse(Link& link, Refusal reason, std::optional<std::int64_t> retry_ms) {
    HostMessage m;
    m.kind = HostKind::Refused;
    m.refusal = reason;
    m.retry_ms = retry_ms;
    send(link, m);
    close(link, Closing::AfterSending);
}

void RoomSession::handle_hello(Link& link, const ClientMessage& m) {
    if (link.player || link.awaiting) {
        drop(link, stats_.out_of_order, "a second hello");
        return;
    }
    // Only a hello that is heard counts as a try; one too early is refused unheard.
    if (const auto wait = wrong_codes_.wait_ms(link.address, now_); wait > 0) {
        ++stats_.too_early;
        const auto seen = wrong_codes_.early(link.address, now_);
        if (seen.log) {
            log_warn("classroom host: " + link.address + " must wait before its next room code (" +
                     std::to_string(wait / 1000) + " s); " + std::to_string(seen.unlogged) +
                     " more tries since the last line");
        }
        refuse(link, Refusal::TooManyTries, wait);
        return;
    }
    if (hosting::fold_room_code(m.code) != options_.room_code) {
        ++stats_.wrong_codes;
        const auto seen = wrong_codes_.wrong(link.address, now_);
        if (seen.log) {
            log_warn("classroom host: wrong room code from " + link.address +
                     (seen.wait_ms > 0 ? "; its next try is heard in " +
                                             std::to_string((seen.wait_ms + 999) / 1000) + " s"
                                       : std::string()) +
                     "; " + std::to_string(seen.unlogged) + " more tries since the last line");
        }
        refuse(link, Refusal::WrongCode);
        return;
    }
    // The right code: no longer a stranger.
    strangers_.remove(link.id);
    link.hello_name = m.name;
    link.hello_token = m.token;
    std::optional<PlayerId> token_seat;
    if (!m.token.empty()) {
        for (const auto& [id, token] : tokens_) {
            if (token == m.token) token_seat = id;
        }
    }
    act(link, door_.decide(game_, m.name, token_seat));
}

void RoomSession::act(Link& link, const hosting::HelloDecision& d) {
    switch (d.action) {
        case HelloAction::TakeSeat:
            // With the token it already holds, or (names trusted) a fresh one.
            take_seat(link, d.seat, "took the seat back",
                      tokens_.count(d.seat) && link.hello_token == tokens_[d.seat]
                          ? SeatToken::Keep
                          : SeatToken::Renew);
            return;
        case HelloAction::Join:
            join_new(link);
            return;
        case HelloAction::AskTeacher: {
            const auto* seat = game_.player(d.seat);
            door_.ask(link.id, d.seat, seat->name, now_);
            link.awaiting = true;
            ++stats_.seat_requests;
            log_info("classroom host: " + link.peer + " says it is " + seat->name +
                     ", who left; the teacher decides");
            HostMessage w;
            w.kind = HostKind::Waiting;
            w.text = seat->name;
            send(link, w);
            return;
        }
        case HelloAction::Refuse:
            log_info("classroom host: refused " + link.peer + ": " +
                     std::string(hosting::refusal_name(d.refusal)));
            refuse(link, d.refusal);
            return;
    }
}

void RoomSession::take_seat(Link& link, PlayerId seat, std::string_view how, SeatToken token_use) {
    for (auto& [id, other] : links_) {
        if (other.get() != &link && !other->dead && other->player == seat) {
            other->player.reset();  // not a disconnect of the player
            refuse(*other, Refusal::Replaced);
        }
    }
    game_.reconnect(seat);
    link.player = seat;
    const auto* p = game_.player(seat);
    log_info("classroom host: " + p->name + " " + std::string(how) + " from " + link.peer);
    auto& token = tokens_[seat];
    // A seat given without its token gets a new one: whoever held the old one is out.
    if (token.empty() || token_use == SeatToken::Renew) token = new_token();
    HostMessage w;
    w.kind = HostKind::Welcome;
    w.text = p->name;
    w.rejoined = true;
    w.token = token;
    send(link, w);
    catch_up(link);
}

void RoomSession::join_new(Link& link) {
    const auto joined = game_.join(link.hello_name);
    if (!joined.accepted()) {
        // The door checked these; the game has the last word.
        const auto why = joined.verdict == classroom::JoinVerdict::EmptyName  ? Refusal::EmptyName
                         : joined.verdict == classroom::JoinVerdict::GameFull ? Refusal::GameFull
                                                                              : Refusal::GameOver;
        refuse(link, why);
        return;
    }
    link.player = joined.id;
    log_info("classroom host: " + joined.name + " joined from " + link.peer);
    auto& token = tokens_[joined.id];
    token = new_token();
    HostMessage w;
    w.kind = HostKind::Welcome;
    w.text = joined.name;
    w.token = token;
    send(link, w);
    catch_up(link);
}

void RoomSession::handle_answer(Link& link, const ClientMessage& m) {
    if (!link.player) {
        drop(link, stats_.unauthenticated, "an answer before a hello was let in");
        return;
    }
    const auto verdict = m.has_order ? game_.answer_order(*link.player, m.question, m.order, now_)
                                     : game_.answer(*link.player, m.question, m.choice, now_);
    if (verdict == classroom::AnswerVerdict::Accepted) {
        ++stats_.answers_accepted;
        HostMessage l;
        l.kind = HostKind::Locked;
        l.question = m.question;
        send(link, l);
    } else {
        ++stats_.answers_rejected;
        log_info("classroom host: answer from " + link.peer +
                 " not taken: " + std::string(classroom::verdict_name(verdict)));
        HostMessage r;
        r.kind = HostKind::Rejected;
        r.question = m.question;
        r.rejection = verdict;
        send(link, r);
    }
}

// ------------------------------------------------------------------ teacher

bool RoomSession::remove_player(PlayerId id) {
    for (auto& [key, link] : links_) {
        if (link->dead || link->player != id) continue;
        HostMessage m;
        m.kind = HostKind::Removed;
        send(*link, m);
        link->player.reset();
        close(*link, Closing::AfterSending);
    }
    tokens_.erase(id);
    const bool removed = game_.remove_player(id);
    sweep();
    return removed;
}

bool RoomSession::set_locked(bool locked) {
    const bool changed = door_.set_locked(locked);
    if (changed)
        log_info(std::string("classroom host: the teacher ") +
                 (locked ? "closed the room to new names" : "opened the room again"));
    return changed;
}

std::vector<SeatQuestion> RoomSession::seat_questions() const {
    std::vector<SeatQuestion> out;
    for (const auto& r : door_.requests())
        out.push_back({r.seat, r.name, r.since});
    return out;
}

// The connection waiting for `seat`, taken out of the teacher's list; null when none waits.
RoomSession::Link* RoomSession::take_request(PlayerId seat) {
    std::optional<ConnectionId> waiting;
    for (const auto& r : door_.requests()) {
        if (r.seat == seat) waiting = r.connection;
    }
    if (!waiting) return nullptr;
    door_.take(*waiting);
    auto* link = find(*waiting);
    if (link) link->awaiting = false;
    return link;
}

bool RoomSession::allow_seat(PlayerId seat) {
    auto* link = take_request(seat);
    if (!link) return false;
    if (game_.player(seat)) {
        take_seat(*link, seat, "was let back in by the teacher", SeatToken::Renew);
    } else {
        act(*link, door_.declined(game_, link->hello_name));  // removed meanwhile
    }
    sweep();
    return true;
}

bool RoomSession::decline_seat(PlayerId seat) {
    auto* link = take_request(seat);
    if (!link) return false;
    log_info("classroom host: the teacher did not give " + link->peer + " the seat of " +
             (game_.player(seat) ? game_.player(seat)->name : std::string("?")));
    act(*link, door_.declined(game_, link->hello_name));
    sweep();
    return true;
}

// ------------------------------------------------------------------ what the students see

StandingRow RoomSession::row_of(const round::Standing& s) const {
    StandingRow r{s.id, s.score, s.rank, 0};
    for (const auto& p : game_.players()) {
        if (p.name == s.id) r.correct = p.score.correct_answers;
    }
    return r;
}

std::optional<StandingRow> RoomSession::you(PlayerId id,
                                            const std::vector<round::Standing>& standings) const {
    const auto* p = game_.player(id);
    if (!p) return std::nullopt;
    for (const auto& s : standings) {
        if (s.id == p->name) return row_of(s);
    }
    return std::nullopt;
}

HostMessage RoomSession::question_message() const {
    const auto& q = game_.current_question();
    HostMessage m;
    m.kind = HostKind::Question;
    m.question = game_.question_index();
    m.question_count = game_.question_count();
    m.prompt = q.prompt;
    m.timeline = q.is_timeline();
    m.choices = q.choices;  // never correct_choice, ranks or dates before the reveal
    m.reading_ms = game_.settings().reading_ms;
    m.time_limit_ms = game_.current_scoring().time_limit_ms;
    return m;
}

namespace {
HostMessage simple(HostKind kind, std::size_t question) {
    HostMessage m;
    m.kind = kind;
    m.question = question;
    return m;
}
}  // namespace

// Brings a student who (re)joins up to date.
void RoomSession::catch_up(Link& link) {
    const auto phase = game_.phase();
    if (phase == Phase::Reading || phase == Phase::Answering) {
        send(link, question_message());
        if (phase == Phase::Answering) {
            // With the time still left, so that the student's countdown shows the host's.
            auto open = simple(HostKind::Open, game_.question_index());
            open.left_ms = game_.time_left_ms(now_);
            send(link, open);
        }
        // A student who comes back during a pause sees the pause (and a countdown that stands
        // still) like everyone else.
        if (game_.paused()) send(link, simple(HostKind::Paused, game_.question_index()));
        if (link.player && game_.has_answered(*link.player))
            send(link, simple(HostKind::Locked, game_.question_index()));
    } else if (phase == Phase::Podium) {
        send_end(link);
    }
}

void RoomSession::send_end(Link& link) {
    send_end(link, game_.standings(), game_.podium());
}

void RoomSession::send_end(Link& link, const std::vector<round::Standing>& standings,
                           const std::vector<round::Standing>& podium) {
    HostMessage m;
    m.kind = HostKind::End;
    m.question = game_.question_count();
    for (const auto& s : podium)
        m.rows.push_back(row_of(s));
    if (link.player) m.you = you(*link.player, standings);
    send(link, m);
}

void RoomSession::broadcast(const HostMessage& m) {
    // Encoded once for the whole class.
    const auto payload = encode(m);
    for (auto& [id, link] : links_) {
        if (!link->player || link->dead || !link->via) continue;
        link->via->send(link->id, payload);
        if (link->via->queued_bytes(link->id) > options_.max_outbox_bytes) {
            log_warn("classroom host: " + link->peer + " does not read; closing");
            close(*link, Closing::Now);
        }
    }
}

void RoomSession::send_reveal(const classroom::QuestionResult& r) {
    if (r.skipped) {
        broadcast(simple(HostKind::Skipped, r.question));
        return;
    }
    for (auto& [id, link] : links_) {
        if (!link->player || link->dead) continue;
        HostMessage m = simple(HostKind::Reveal, r.question);
        const auto& q = game_.questions()[r.question];
        if (q.is_timeline()) {
            m.timeline = true;
            m.correct_order.resize(q.timeline_ranks.size());
            for (std::size_t event = 0; event < q.timeline_ranks.size(); ++event)
                m.correct_order[q.timeline_ranks[event]] = event;
            m.dates = q.timeline_dates;
            m.pairs_total = q.timeline_ranks.size() * (q.timeline_ranks.size() - 1) / 2;
        } else {
            m.correct_choice = q.correct_choice;
        }
        m.distribution = r.choice_counts;
        m.no_answer = r.no_answer;
        for (const auto& a : r.answers) {
            if (a.player != *link->player) continue;
            m.your_choice = a.choice;
            m.your_order = a.order;
            if (a.pairs) m.pairs_ordered = a.pairs->ordered;
            m.points = a.award.gained();
            m.score = a.award.after.points;
            m.streak = a.award.after.streak;
        }
        send(*link, m);
    }
}

void RoomSession::send_changes() {
    while (results_sent_ < game_.results().size())
        send_reveal(game_.results()[results_sent_++]);
    const auto phase = game_.phase();
    const auto q = game_.question_index();
    if ((phase == Phase::Reading || phase == Phase::Answering) && question_sent_ != q) {
        broadcast(question_message());
        question_sent_ = q;
    }
    if (phase == Phase::Answering && !game_.paused() && open_sent_ != q) {
        broadcast(simple(HostKind::Open, q));
        open_sent_ = q;
    }
    if (game_.paused() != paused_sent_) {
        paused_sent_ = game_.paused();
        broadcast(simple(paused_sent_ ? HostKind::Paused : HostKind::Resumed, q));
    }
    if (phase == Phase::Leaderboard && leaderboard_sent_ != q) {
        leaderboard_sent_ = q;
        const auto standings = game_.standings();
        for (auto& [id, link] : links_) {
            if (!link->player || link->dead) continue;
            HostMessage m = simple(HostKind::Leaderboard, q);
            for (std::size_t i = 0; i < standings.size() && i < 10; ++i)
                m.rows.push_back(row_of(standings[i]));
            m.you = you(*link->player, standings);
            send(*link, m);
        }
    }
    if (phase == Phase::Podium && !end_sent_) {
        end_sent_ = true;
        // The standings once for the whole class (each costs O(players²)): 1,000 students
        // kept the host busy for seconds when every end message worked them out again.
        const auto standings = game_.standings();
        const auto podium = game_.podium();
        for (auto& [id, link] : links_) {
            if (link->player && !link->dead) send_end(*link, standings, podium);
        }
    }
}

void RoomSession::sweep() {
    const auto before = links_.size();
    std::erase_if(links_, [](const auto& entry) { return entry.second->dead; });
    stats_.connections_closed += before - links_.size();
}

}  // namespace chronik::io::net
