#include "io/net/student_bot.hpp"

#include <algorithm>
#include <vector>

#include "io/net/client.hpp"
#include "io/net/host.hpp"
#include "random/rng.hpp"

namespace chronik::io::net {

std::optional<BotStrategy> parse_bot_strategy(std::string_view name) {
    if (name == "correct") return BotStrategy::Correct;
    if (name == "random") return BotStrategy::Random;
    if (name == "slow") return BotStrategy::Slow;
    return std::nullopt;
}

BotReport run_student_bot(const BotOptions& options, const AnswerLookup& lookup,
                          const OrderLookup& order_lookup) {
    ClassroomClient client(options.host, options.port, options.connect_timeout_ms);
    Rng rng(options.seed);
    BotReport report;
    client.send({ClientKind::Hello, 0, options.code, options.name, 0, 0});

    std::optional<HostMessage> question;
    // When to answer the open question (a plain pair: GCC 12 misreads an optional here).
    bool answer_due = false;
    TimeMs answer_at = 0;
    std::optional<std::size_t> sent_for;
    const TimeMs deadline = steady_now_ms() + options.game_timeout_ms;

    const auto pick = [&](const HostMessage& q) -> std::size_t {
        if (options.strategy != BotStrategy::Random) {
            for (const auto& answer : lookup(q.prompt)) {
                const auto it = std::find(q.choices.begin(), q.choices.end(), answer);
                if (it != q.choices.end()) return static_cast<std::size_t>(it - q.choices.begin());
            }
        }
        return static_cast<std::size_t>(rng.below(q.choices.size()));
    };
    const auto put_in_order = [&](const HostMessage& q) {
        if (options.strategy != BotStrategy::Random && order_lookup) {
            auto order = order_lookup(q.choices);
            if (order.size() == q.choices.size()) return order;
        }
        std::vector<std::size_t> order(q.choices.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        rng.shuffle(order.begin(), order.end());
        return order;
    };

    while (client.connected() && steady_now_ms() < deadline) {
        for (auto& m : client.poll(answer_due ? 2 : 50)) {
            switch (m.kind) {
                case HostKind::Welcome:
                    report.name = m.text;
                    break;
                case HostKind::Waiting:  // the teacher decides whether the seat is ours
                    break;
                case HostKind::Refused:
                    report.refused = m.refusal;
                    return report;
                case HostKind::Question:
                    if (!question || question->question != m.question) ++report.questions;
                    question = std::move(m);
                    answer_due = false;
                    break;
                case HostKind::Open:
                    if (question && question->question == m.question && sent_for != m.question) {
                        TimeMs delay = 0;
                        if (options.strategy == BotStrategy::Slow) {
                            delay =
                                question->time_limit_ms ? *question->time_limit_ms * 6 / 10 : 1'500;
                        }
                        answer_at = steady_now_ms() + delay;
                        answer_due = true;
                    }
                    break;
                case HostKind::Locked:
                    ++report.answers_locked;
                    break;
                case HostKind::Rejected:
                    ++report.answers_rejected;
                    break;
                case HostKind::Reveal:
                    answer_due = false;
                    if (m.your_choice && m.correct_choice && *m.your_choice == *m.correct_choice) {
                        ++report.correct_reveals;
                    }
                    if (m.timeline && !m.your_order.empty() && m.your_order == m.correct_order)
                        ++report.correct_reveals;
                    report.score = m.score;
                    break;
                case HostKind::End:
                    if (m.you) report.score = m.you->score;
                    report.finished = true;
                    return report;
                case HostKind::Removed:
                    return report;
                case HostKind::Ping:  // for browsers; TCP keep-alive watches this link
                case HostKind::Skipped:
                case HostKind::Leaderboard:
                case HostKind::Paused:
                case HostKind::Resumed:
                    break;
            }
        }
        if (answer_due && question && steady_now_ms() >= answer_at) {
            ClientMessage a;
            a.kind = ClientKind::Answer;
            a.question = question->question;
            if (question->timeline) {
                a.has_order = true;
                a.order = put_in_order(*question);
            } else {
                a.choice = pick(*question);
            }
            client.send(a);
            ++report.answers_sent;
            sent_for = question->question;
            answer_due = false;
        }
    }
    return report;
}

}  // namespace chronik::io::net
