// RoomSession: who is let in (hellos, seats taken back, the teacher's word on returning names)
// and the answers of those who are in.
#include <optional>
#include <string>
#include <string_view>

#include "hosting/room_code.hpp"
#include "io/log/logging.hpp"
#include "io/net/room_session.hpp"
#include "io/net/room_session_link.hpp"

namespace chronik::io::net {

using classroom::PlayerId;
using hosting::HelloAction;
using hosting::Refusal;

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

}  // namespace chronik::io::net
