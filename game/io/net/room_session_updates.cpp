// RoomSession: what the students are sent as the game goes on (questions, reveals, leaderboards,
// the end), and how one who (re)joins is brought up to date.
#include <optional>
#include <vector>

#include "io/log/logging.hpp"
#include "io/net/room_session.hpp"
#include "io/net/room_session_link.hpp"

namespace chronik::io::net {

using classroom::Phase;
using classroom::PlayerId;

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

}  // namespace chronik::io::net
