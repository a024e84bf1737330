#include "app/join_connector.hpp"

#include <algorithm>
#include <exception>
#include <mutex>
#include <thread>

#include "io/log/logging.hpp"
#include "io/net/client.hpp"
#include "io/net/host.hpp"

namespace chronik::app {
namespace {

using io::net::ClassroomClient;
using io::net::ClientKind;
using io::net::ClientMessage;
using io::net::HostKind;
using io::net::HostMessage;
using ui::JoinEvent;
using ui::JoinState;
using ui::QuestionPhase;

// A reachable host answers a hello at once; this much longer is not a Chronik host.
constexpr std::int64_t kWelcomeWaitMs = 5'000;

// A connection being made on a worker thread (name lookup and TCP connect block). The session
// may be gone before it finishes: the attempt then just drops its result.
struct PendingConnect {
    std::mutex mutex;
    bool done = false;
    std::unique_ptr<ClassroomClient> client;
    std::string error;
};

std::shared_ptr<PendingConnect> start_connect(const std::string& host, unsigned short port,
                                              std::int64_t timeout_ms) {
    auto pending = std::make_shared<PendingConnect>();
    std::thread([pending, host, port, timeout_ms] {
        std::unique_ptr<ClassroomClient> client;
        std::string error;
        try {
            client = std::make_unique<ClassroomClient>(host, port, timeout_ms);
        } catch (const std::exception& e) {
            error = e.what();
        }
        const std::lock_guard lock(pending->mutex);
        pending->client = std::move(client);
        pending->error = std::move(error);
        pending->done = true;
    }).detach();
    return pending;
}

ui::Refusal refusal_of(hosting::Refusal reason) {
    switch (reason) {
        case hosting::Refusal::WrongCode:
            return ui::Refusal::WrongCode;
        case hosting::Refusal::TooManyTries:
            return ui::Refusal::TooManyTries;
        case hosting::Refusal::EmptyName:
            return ui::Refusal::EmptyName;
        case hosting::Refusal::GameFull:
            return ui::Refusal::GameFull;
        case hosting::Refusal::GameOver:
            return ui::Refusal::GameOver;
        case hosting::Refusal::RoomLocked:
            return ui::Refusal::RoomLocked;
        case hosting::Refusal::Replaced:
            return ui::Refusal::Replaced;
    }
    return ui::Refusal::WrongCode;
}

ui::Rejection rejection_of(classroom::AnswerVerdict verdict) {
    switch (verdict) {
        case classroom::AnswerVerdict::TooLate:
            return ui::Rejection::TooLate;
        case classroom::AnswerVerdict::Paused:
            return ui::Rejection::Paused;
        case classroom::AnswerVerdict::AlreadyAnswered:
            return ui::Rejection::AlreadyAnswered;
        case classroom::AnswerVerdict::BadOrder:
            return ui::Rejection::BadOrder;
        case classroom::AnswerVerdict::Accepted:
        case classroom::AnswerVerdict::NotAnswering:
        case classroom::AnswerVerdict::WrongQuestion:
        case classroom::AnswerVerdict::UnknownPlayer:
        case classroom::AnswerVerdict::NoSuchChoice:
            break;
    }
    return ui::Rejection::NotOpen;
}

ui::JoinRow row_of(const io::net::StandingRow& r) {
    return {r.name, r.score, r.rank, r.correct};
}

class NetJoinSession final : public ui::JoinSession {
public:
    NetJoinSession(const ui::JoinRequest& request, std::int64_t timeout_ms,
                   std::function<TimeMs()> clock)
        : request_(request), timeout_ms_(timeout_ms), clock_(std::move(clock)) {
        view_.address = request.host + ":" + std::to_string(request.port);
        view_.code = request.code;
        view_.typed_name = request.name;
        view_.name = request.name;
        events_.reserve(16);
        begin_connect();
    }

    ~NetJoinSession() override { leave(); }

    const std::vector<JoinEvent>& poll() override {
        events_.clear();
        if (pending_) finish_connect();
        if (!client_) return events_;
        std::vector<HostMessage> messages;
        try {
            messages = client_->poll(0);  // never blocks the frame
        } catch (const std::exception& e) {
            lose(e.what());
            return events_;
        }
        for (auto& m : messages)
            handle(m);
        if (view_.state == JoinState::Connecting &&
            clock_() - connect_started_ > timeout_ms_ + kWelcomeWaitMs) {
            lose("the host did not answer the hello (is it a Chronik class game?)");
            return events_;
        }
        if (client_ && !client_->connected()) {
            // The host closes after a refusal, a removal and the end: those are no loss.
            if (view_.state == JoinState::Joined || view_.state == JoinState::Connecting ||
                view_.state == JoinState::AwaitingSeat)
                lose("the host closed the connection");
            else
                client_.reset();
        }
        return events_;
    }

    const ui::JoinView& view() const override { return view_; }

    std::optional<std::int64_t> time_left_ms() const override {
        const auto& q = view_.question;
        if (!q || !q->time_limit_ms || !opened_at_ || q->phase == QuestionPhase::Revealed ||
            q->phase == QuestionPhase::Skipped || q->phase == QuestionPhase::Reading)
            return std::nullopt;
        // While the teacher pauses, the host's timer stands still, and so does ours.
        const TimeMs now = paused_at_ ? *paused_at_ : clock_();
        const auto left = *q->time_limit_ms - missed_ms_ - (now - *opened_at_);
        return left < 0 ? 0 : left;
    }

    bool answer(std::size_t choice) override {
        const auto& q = view_.question;
        if (!answerable() || q->timeline || choice >= q->choices.size()) return false;
        ClientMessage m;
        m.kind = ClientKind::Answer;
        m.question = q->number;
        m.choice = choice;
        if (!send_answer(m)) return false;
        view_.question->chosen = choice;
        return true;
    }

    bool answer_order(const std::vector<std::size_t>& order) override {
        const auto& q = view_.question;
        if (!answerable() || !q->timeline || order.size() != q->choices.size()) return false;
        ClientMessage m;
        m.kind = ClientKind::Answer;
        m.question = q->number;
        m.has_order = true;
        m.order = order;
        if (!send_answer(m)) return false;
        view_.question->order = order;
        return true;
    }

    void reconnect() override {
        if (view_.state != JoinState::Lost &&
            !(view_.state == JoinState::Refused && view_.refusal == ui::Refusal::Replaced))
            return;
        io::log_info("join: connecting again to " + view_.address + " as " + view_.name);
        begin_connect();
    }

    void leave() override {
        pending_.reset();
        if (!client_) return;
        if (client_->connected()) {
            try {
                ClientMessage bye;
                bye.kind = ClientKind::Bye;
                client_->send(bye);
            } catch (const std::exception&) {
                // Leaving anyway: the host notices the closed connection.
            }
        }
        client_.reset();
    }

private:
    // Answers are open and we have not answered (an order sent counts as chosen).
    bool answerable() const {
        const auto& q = view_.question;
        return client_ && view_.state == JoinState::Joined && q &&
               q->phase == QuestionPhase::Open && !q->chosen && q->order.empty();
    }

    bool send_answer(const ClientMessage& m) {
        try {
            client_->send(m);
        } catch (const std::exception& e) {
            lose(e.what());
            return false;
        }
        auto& q = *view_.question;
        q.response_ms = clock_() - shown_at_;
        q.rejected.reset();
        return true;
    }

    void begin_connect() {
        client_.reset();
        view_.state = JoinState::Connecting;
        view_.problem.clear();
        connect_started_ = clock_();
        pending_ = start_connect(request_.host, request_.port, timeout_ms_);
    }

    void finish_connect() {
        std::unique_ptr<ClassroomClient> client;
        std::string error;
        {
            const std::lock_guard lock(pending_->mutex);
            if (!pending_->done) return;
            client = std::move(pending_->client);
            error = std::move(pending_->error);
        }
        pending_.reset();
        if (!client) {
            io::log_warn("join: " + error);
            view_.state = JoinState::Lost;
            view_.problem = error;
            events_.push_back(JoinEvent::Lost);
            return;
        }
        client_ = std::move(client);
        ClientMessage hello;
        hello.kind = ClientKind::Hello;
        hello.code = request_.code;
        // After a welcome, the host's name for us (the one it keeps the score under).
        hello.name = welcomed_ ? view_.name : request_.name;
        hello.token = token_;
        try {
            client_->send(hello);
        } catch (const std::exception& e) {
            lose(e.what());
        }
    }

    void lose(const std::string& why) {
        io::log_warn("join: lost the connection to " + view_.address + ": " + why);
        client_.reset();
        view_.state = JoinState::Lost;
        view_.problem = why;
        opened_at_.reset();
        events_.push_back(JoinEvent::Lost);
    }

    void handle(HostMessage& m) {
        const auto now = clock_();
        auto& q = view_.question;
        const bool current = q && q->number == m.question;
        switch (m.kind) {
            case HostKind::Welcome:
                view_.state = JoinState::Joined;
                view_.name = m.text;
                view_.rejoined = m.rejoined;
                token_ = m.token;
                welcomed_ = true;
                io::log_info("join: joined " + view_.address + " as " + view_.name +
                             (m.rejoined ? " (seat taken back)" : ""));
                events_.push_back(JoinEvent::Welcomed);
                break;
            case HostKind::Waiting:
                view_.state = JoinState::AwaitingSeat;
                io::log_info("join: " + m.text +
                             " is a seat in the game; the teacher decides whether it is ours");
                events_.push_back(JoinEvent::AwaitingSeat);
                break;
            case HostKind::Refused:
                view_.state = JoinState::Refused;
                view_.refusal = refusal_of(m.refusal);
                view_.retry_after_ms = m.retry_ms.value_or(0);
                io::log_info("join: the host refused: " +
                             std::string(hosting::refusal_name(m.refusal)));
                events_.push_back(JoinEvent::Refused);
                break;
            case HostKind::Question:
                if (current) break;  // sent again after a rejoin
                q.emplace();
                q->number = m.question;
                q->count = m.question_count;
                q->prompt = std::move(m.prompt);
                q->choices = std::move(m.choices);
                q->timeline = m.timeline;
                q->time_limit_ms = m.time_limit_ms;
                q->reading_ms = m.reading_ms;
                shown_at_ = now;
                opened_at_.reset();
                missed_ms_ = 0;
                events_.push_back(JoinEvent::QuestionShown);
                break;
            case HostKind::Open:
                if (!current) break;
                if (q->phase == QuestionPhase::Reading) {
                    q->phase = QuestionPhase::Open;
                    events_.push_back(JoinEvent::AnswersOpen);
                } else if (q->phase != QuestionPhase::Open || opened_at_) {
                    break;  // answered already, or the countdown runs
                }
                // Otherwise the connection was lost while the answers were open: the host's
                // catch-up sets the countdown again.
                opened_at_ = now;
                // Joined while the question ran: the countdown goes on from the host's time.
                missed_ms_ = m.left_ms && q->time_limit_ms
                                 ? std::clamp<std::int64_t>(*q->time_limit_ms - *m.left_ms, 0,
                                                            *q->time_limit_ms)
                                 : 0;
                break;
            case HostKind::Locked:
                if (!current) break;
                q->phase = QuestionPhase::Locked;
                events_.push_back(JoinEvent::AnswerLocked);
                break;
            case HostKind::Rejected:
                if (!current) break;
                q->chosen.reset();
                q->order.clear();
                q->response_ms.reset();
                q->rejected = rejection_of(m.rejection);
                events_.push_back(JoinEvent::AnswerRejected);
                break;
            case HostKind::Reveal:
                if (!current) break;
                if (q->timeline && q->phase != QuestionPhase::Revealed && m.pairs_ordered &&
                    *m.pairs_ordered > 0 && *m.pairs_ordered < m.pairs_total)
                    ++view_.partial_timelines;
                q->phase = QuestionPhase::Revealed;
                q->correct_choice = m.correct_choice;
                if (m.your_choice) q->chosen = m.your_choice;
                q->points = m.points;
                if (q->timeline) {
                    q->correct_order = std::move(m.correct_order);
                    q->dates = std::move(m.dates);
                    if (!m.your_order.empty()) q->order = std::move(m.your_order);
                    q->pairs_ordered = m.pairs_ordered;
                    q->pairs_total = m.pairs_total;
                }
                if (!q->chosen && q->order.empty() && q->time_limit_ms && opened_at_) {
                    // 200 ms for the host's reveal to travel; the host timed it, not us. A
                    // student who joined a running question did not have the whole time.
                    q->had_whole_time =
                        missed_ms_ == 0 && now - *opened_at_ + 200 >= *q->time_limit_ms;
                }
                view_.score = m.score;
                view_.streak = m.streak;
                opened_at_.reset();
                events_.push_back(JoinEvent::Revealed);
                break;
            case HostKind::Skipped:
                if (!current) break;
                q->phase = QuestionPhase::Skipped;
                opened_at_.reset();
                events_.push_back(JoinEvent::Skipped);
                break;
            case HostKind::Leaderboard:
                view_.leaderboard.clear();
                for (const auto& r : m.rows)
                    view_.leaderboard.push_back(row_of(r));
                if (m.you) view_.me = row_of(*m.you);
                events_.push_back(JoinEvent::Leaderboard);
                break;
            case HostKind::Paused:
                view_.paused = true;
                if (!paused_at_) paused_at_ = now;
                events_.push_back(JoinEvent::Paused);
                break;
            case HostKind::Resumed:
                view_.paused = false;
                if (opened_at_ && paused_at_) *opened_at_ += now - *paused_at_;
                paused_at_.reset();
                events_.push_back(JoinEvent::Resumed);
                break;
            case HostKind::End:
                view_.state = JoinState::Ended;
                view_.final_rows.clear();
                for (const auto& r : m.rows)
                    view_.final_rows.push_back(row_of(r));
                if (m.you) {
                    view_.me = row_of(*m.you);
                    view_.score = m.you->score;
                }
                io::log_info("join: the game ended; " + view_.name + " placed " +
                             (m.you ? std::to_string(m.you->rank) : std::string("?")));
                events_.push_back(JoinEvent::Ended);
                break;
            case HostKind::Removed:
                view_.state = JoinState::Removed;
                events_.push_back(JoinEvent::Removed);
                break;
            case HostKind::Ping:  // for browsers; TCP keep-alive watches this link
                break;
        }
    }

    ui::JoinRequest request_;
    std::int64_t timeout_ms_;
    std::function<TimeMs()> clock_;
    ui::JoinView view_;
    std::vector<JoinEvent> events_;
    std::shared_ptr<PendingConnect> pending_;
    std::unique_ptr<ClassroomClient> client_;
    std::string token_;
    bool welcomed_ = false;
    TimeMs connect_started_ = 0;
    TimeMs shown_at_ = 0;
    std::optional<TimeMs> opened_at_;
    std::int64_t missed_ms_ = 0;  // answer time that ran before this student saw the question
    std::optional<TimeMs> paused_at_;
};

}  // namespace

std::unique_ptr<ui::JoinSession> NetJoinConnector::connect(const ui::JoinRequest& request) {
    io::log_info("join: connecting to " + request.host + ":" + std::to_string(request.port) +
                 " as " + request.name);
    last_ = request;
    return std::make_unique<NetJoinSession>(request, connect_timeout_ms_, clock_);
}

}  // namespace chronik::app
