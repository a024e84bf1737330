#include "io/net/protocol.hpp"

#include <array>
#include <limits>
#include <nlohmann/json.hpp>
#include <utility>

namespace chronik::io::net {
namespace {

using Json = nlohmann::json;

constexpr std::size_t kMaxDepth = 8;
constexpr std::size_t kMaxNameBytes = 256;
constexpr std::size_t kMaxCodeBytes = 32;
constexpr std::size_t kMaxIndex = 10'000;

constexpr std::array<std::pair<ClientKind, std::string_view>, 4> kClientKinds{{
    {ClientKind::Hello, "hello"},
    {ClientKind::Answer, "answer"},
    {ClientKind::Bye, "bye"},
    {ClientKind::Pong, "pong"},
}};

constexpr std::array<std::pair<HostKind, std::string_view>, 15> kHostKinds{{
    {HostKind::Welcome, "welcome"},
    {HostKind::Waiting, "waiting"},
    {HostKind::Refused, "refused"},
    {HostKind::Question, "question"},
    {HostKind::Open, "open"},
    {HostKind::Locked, "locked"},
    {HostKind::Rejected, "rejected"},
    {HostKind::Reveal, "reveal"},
    {HostKind::Skipped, "skipped"},
    {HostKind::Leaderboard, "leaderboard"},
    {HostKind::Paused, "paused"},
    {HostKind::Resumed, "resumed"},
    {HostKind::End, "end"},
    {HostKind::Removed, "removed"},
    {HostKind::Ping, "ping"},
}};

// Nesting depth outside strings; a quick bound before the parser sees the text.
bool too_deep(std::string_view text) {
    std::size_t depth = 0;
    bool in_string = false, escaped = false;
    for (const char c : text) {
        if (in_string) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxDepth) return true;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return false;
}

struct Fail {
    std::string reason;
};

const Json& field(const Json& j, const char* name) {
    const auto it = j.find(name);
    if (it == j.end()) throw Fail{std::string("missing field \"") + name + "\""};
    return *it;
}

std::string text_field(const Json& j, const char* name, std::size_t max_bytes) {
    const auto& f = field(j, name);
    if (!f.is_string()) throw Fail{std::string("field \"") + name + "\" is not a string"};
    auto s = f.get<std::string>();
    if (s.size() > max_bytes) throw Fail{std::string("field \"") + name + "\" is too long"};
    return s;
}

std::uint64_t unsigned_field(const Json& j, const char* name, std::uint64_t max) {
    const auto& f = field(j, name);
    if (!f.is_number_unsigned()) {
        throw Fail{std::string("field \"") + name + "\" is not a whole number >= 0"};
    }
    const auto v = f.get<std::uint64_t>();
    if (v > max) throw Fail{std::string("field \"") + name + "\" is out of range"};
    return v;
}

std::int64_t int_field(const Json& j, const char* name) {
    const auto& f = field(j, name);
    if (!f.is_number_integer())
        throw Fail{std::string("field \"") + name + "\" is not a whole number"};
    return f.get<std::int64_t>();
}

std::optional<std::uint64_t> optional_unsigned(const Json& j, const char* name, std::uint64_t max) {
    const auto it = j.find(name);
    if (it == j.end() || it->is_null()) return std::nullopt;
    return unsigned_field(j, name, max);
}

// The object, its version and its type name, or a Fail.
std::pair<Json, std::string> open_envelope(std::string_view payload) {
    if (too_deep(payload)) throw Fail{"nested too deeply"};
    Json j = Json::parse(payload, nullptr, false);
    if (j.is_discarded()) throw Fail{"not JSON"};
    if (!j.is_object()) throw Fail{"not a JSON object"};
    const auto& v = field(j, "v");
    if (!v.is_number_integer() || v.get<std::int64_t>() != kProtocolVersion) {
        throw Fail{"protocol version is not " + std::to_string(kProtocolVersion)};
    }
    auto type = text_field(j, "t", 32);
    return {std::move(j), std::move(type)};
}

Json row_json(const StandingRow& r) {
    return Json{{"name", r.name}, {"score", r.score}, {"rank", r.rank}, {"correct", r.correct}};
}

StandingRow parse_row(const Json& j) {
    if (!j.is_object()) throw Fail{"a standings row is not an object"};
    StandingRow r;
    r.name = text_field(j, "name", kMaxNameBytes);
    r.score = int_field(j, "score");
    r.rank = static_cast<int>(unsigned_field(j, "rank", 1'000'000));
    r.correct = static_cast<int>(unsigned_field(j, "correct", 1'000'000));
    return r;
}

// A list of whole numbers >= 0 (ids), at most `max` of them.
std::vector<std::size_t> index_list(const Json& j, const char* name, std::size_t max) {
    if (!j.is_array() || j.size() > max) {
        throw Fail{std::string("field \"") + name + "\" must be a list of at most " +
                   std::to_string(max) + " ids"};
    }
    std::vector<std::size_t> out;
    for (const auto& e : j) {
        if (!e.is_number_unsigned() || e.get<std::uint64_t>() > kMaxIndex)
            throw Fail{std::string("field \"") + name + "\" holds something else than an id"};
        out.push_back(e.get<std::size_t>());
    }
    return out;
}

// 2 to 8 texts: a question's choices or events, a reveal's dates.
std::vector<std::string> text_list(const Json& j, const char* name) {
    if (!j.is_array() || j.size() < 2 || j.size() > 8)
        throw Fail{std::string(name) + " must be a list of 2 to 8 texts"};
    std::vector<std::string> out;
    for (const auto& c : j) {
        if (!c.is_string()) throw Fail{std::string("an entry of ") + name + " is not a string"};
        out.push_back(c.get<std::string>());
    }
    return out;
}

// "kind": "timeline" or "choice" (the default, for hosts before timeline questions).
bool question_kind(const Json& j) {
    if (!j.contains("kind")) return false;
    const auto kind = text_field(j, "kind", 16);
    if (kind != "timeline" && kind != "choice") throw Fail{"unknown question kind"};
    return kind == "timeline";
}

// The reasons an answer can be rejected: every verdict but the acceptance.
std::optional<classroom::AnswerVerdict> parse_rejection(std::string_view name) {
    using classroom::AnswerVerdict;
    for (const auto v :
         {AnswerVerdict::NotAnswering, AnswerVerdict::WrongQuestion, AnswerVerdict::AlreadyAnswered,
          AnswerVerdict::TooLate, AnswerVerdict::Paused, AnswerVerdict::UnknownPlayer,
          AnswerVerdict::NoSuchChoice, AnswerVerdict::BadOrder}) {
        if (classroom::verdict_name(v) == name) return v;
    }
    return std::nullopt;
}

std::string dump(const Json& j) {
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace

std::string_view client_kind_name(ClientKind kind) {
    for (const auto& [k, n] : kClientKinds) {
        if (k == kind) return n;
    }
    return "?";
}

std::string_view host_kind_name(HostKind kind) {
    for (const auto& [k, n] : kHostKinds) {
        if (k == kind) return n;
    }
    return "?";
}

std::string encode(const ClientMessage& m) {
    Json j{{"v", kProtocolVersion}, {"t", client_kind_name(m.kind)}, {"seq", m.seq}};
    if (m.kind == ClientKind::Hello) {
        j["code"] = m.code;
        j["name"] = m.name;
        if (!m.token.empty()) j["token"] = m.token;
    } else if (m.kind == ClientKind::Pong) {
        j["n"] = m.question;
    } else if (m.kind == ClientKind::Answer) {
        j["q"] = m.question;
        if (m.has_order)
            j["order"] = m.order;
        else
            j["choice"] = m.choice;
    }
    return dump(j);
}

std::string encode(const HostMessage& m) {
    Json j{{"v", kProtocolVersion}, {"t", host_kind_name(m.kind)}};
    switch (m.kind) {
        case HostKind::Welcome:
            j["name"] = m.text;
            j["rejoined"] = m.rejoined;
            j["token"] = m.token;
            break;
        case HostKind::Waiting:
            j["name"] = m.text;
            break;
        case HostKind::Refused:
            j["reason"] = hosting::refusal_name(m.refusal);
            if (m.retry_ms) j["retry_ms"] = *m.retry_ms;
            break;
        case HostKind::Question:
            j["q"] = m.question;
            j["count"] = m.question_count;
            j["prompt"] = m.prompt;
            j["kind"] = m.timeline ? "timeline" : "choice";
            j[m.timeline ? "events" : "choices"] = m.choices;
            j["reading_ms"] = m.reading_ms;
            j["time_limit_ms"] = m.time_limit_ms ? Json(*m.time_limit_ms) : Json(nullptr);
            break;
        case HostKind::Open:
            j["q"] = m.question;
            if (m.left_ms) j["left_ms"] = *m.left_ms;
            break;
        case HostKind::Locked:
        case HostKind::Skipped:
            j["q"] = m.question;
            break;
        case HostKind::Rejected:
            j["q"] = m.question;
            j["reason"] = classroom::verdict_name(m.rejection);
            break;
        case HostKind::Reveal:
            j["q"] = m.question;
            j["correct"] = m.correct_choice ? Json(*m.correct_choice) : Json(nullptr);
            j["your_choice"] = m.your_choice ? Json(*m.your_choice) : Json(nullptr);
            j["points"] = m.points;
            j["score"] = m.score;
            j["streak"] = m.streak;
            j["distribution"] = m.distribution;
            j["no_answer"] = m.no_answer;
            if (m.timeline) {
                j["kind"] = "timeline";
                j["correct_order"] = m.correct_order;
                j["dates"] = m.dates;
                j["your_order"] = m.your_order.empty() ? Json(nullptr) : Json(m.your_order);
                j["ordered"] = m.pairs_ordered ? Json(*m.pairs_ordered) : Json(nullptr);
                j["pairs"] = m.pairs_total;
            }
            break;
        case HostKind::Leaderboard:
        case HostKind::End: {
            j["q"] = m.question;
            Json rows = Json::array();
            for (const auto& r : m.rows)
                rows.push_back(row_json(r));
            j["rows"] = std::move(rows);
            j["you"] = m.you ? row_json(*m.you) : Json(nullptr);
            break;
        }
        case HostKind::Ping:
            j["n"] = m.question;
            break;
        case HostKind::Paused:
        case HostKind::Resumed:
        case HostKind::Removed:
            break;
    }
    return dump(j);
}

std::variant<ClientMessage, ParseError> parse_client_message(std::string_view payload) {
    try {
        const auto [j, type] = open_envelope(payload);
        ClientMessage m;
        bool known = false;
        for (const auto& [k, n] : kClientKinds) {
            if (n == type) {
                m.kind = k;
                known = true;
            }
        }
        if (!known) throw Fail{"unknown message type \"" + type.substr(0, 32) + "\""};
        m.seq = unsigned_field(j, "seq", std::numeric_limits<std::int64_t>::max());
        if (m.kind == ClientKind::Hello) {
            m.code = text_field(j, "code", kMaxCodeBytes);
            m.name = text_field(j, "name", kMaxNameBytes);
            if (j.contains("token")) m.token = text_field(j, "token", 64);
        } else if (m.kind == ClientKind::Pong) {
            m.question = unsigned_field(j, "n", std::numeric_limits<std::uint32_t>::max());
        } else if (m.kind == ClientKind::Answer) {
            m.question = unsigned_field(j, "q", kMaxIndex);
            if (j.contains("order")) {
                if (j.contains("choice"))
                    throw Fail{"an answer has a choice or an order, not both"};
                m.has_order = true;
                m.order = index_list(field(j, "order"), "order", kMaxOrderLength);
            } else {
                m.choice = unsigned_field(j, "choice", kMaxIndex);
            }
        }
        return m;
    } catch (const Fail& f) {
        return ParseError{f.reason};
    } catch (const std::exception& e) {
        return ParseError{std::string("bad message: ") + e.what()};
    }
}

std::variant<HostMessage, ParseError> parse_host_message(std::string_view payload) {
    try {
        const auto [j, type] = open_envelope(payload);
        HostMessage m;
        bool known = false;
        for (const auto& [k, n] : kHostKinds) {
            if (n == type) {
                m.kind = k;
                known = true;
            }
        }
        if (!known) throw Fail{"unknown message type \"" + type.substr(0, 32) + "\""};
        switch (m.kind) {
            case HostKind::Welcome:
                m.text = text_field(j, "name", kMaxNameBytes);
                m.rejoined = field(j, "rejoined").is_boolean() && field(j, "rejoined").get<bool>();
                m.token = text_field(j, "token", 64);
                break;
            case HostKind::Waiting:
                m.text = text_field(j, "name", kMaxNameBytes);
                break;
            case HostKind::Refused: {
                const auto reason = hosting::parse_refusal(text_field(j, "reason", 32));
                if (!reason) throw Fail{"unknown refusal reason"};
                m.refusal = *reason;
                if (const auto retry = optional_unsigned(j, "retry_ms", 86'400'000))
                    m.retry_ms = static_cast<std::int64_t>(*retry);
                break;
            }
            case HostKind::Question: {
                m.question = unsigned_field(j, "q", kMaxIndex);
                m.question_count = unsigned_field(j, "count", kMaxIndex);
                m.prompt = text_field(j, "prompt", std::size_t{16} * 1024);
                m.timeline = question_kind(j);
                m.choices = text_list(field(j, m.timeline ? "events" : "choices"),
                                      m.timeline ? "events" : "choices");
                m.reading_ms = int_field(j, "reading_ms");
                if (const auto t = optional_unsigned(j, "time_limit_ms", 86'400'000)) {
                    m.time_limit_ms = static_cast<std::int64_t>(*t);
                }
                break;
            }
            case HostKind::Open:
                m.question = unsigned_field(j, "q", kMaxIndex);
                if (const auto left = optional_unsigned(j, "left_ms", 86'400'000))
                    m.left_ms = static_cast<std::int64_t>(*left);
                break;
            case HostKind::Locked:
            case HostKind::Skipped:
                m.question = unsigned_field(j, "q", kMaxIndex);
                break;
            case HostKind::Rejected: {
                m.question = unsigned_field(j, "q", kMaxIndex);
                const auto reason = parse_rejection(text_field(j, "reason", 32));
                if (!reason) throw Fail{"unknown rejection reason"};
                m.rejection = *reason;
                break;
            }
            case HostKind::Reveal: {
                m.question = unsigned_field(j, "q", kMaxIndex);
                m.correct_choice = optional_unsigned(j, "correct", kMaxIndex);
                m.your_choice = optional_unsigned(j, "your_choice", kMaxIndex);
                m.points = int_field(j, "points");
                m.score = int_field(j, "score");
                m.streak = static_cast<int>(unsigned_field(j, "streak", 1'000'000));
                const auto& dist = field(j, "distribution");
                if (!dist.is_array() || dist.size() > 8) throw Fail{"bad distribution"};
                for (const auto& d : dist) {
                    if (!d.is_number_unsigned()) throw Fail{"bad distribution"};
                    m.distribution.push_back(d.get<std::size_t>());
                }
                m.no_answer = unsigned_field(j, "no_answer", 1'000'000);
                m.timeline = question_kind(j);
                if (m.timeline) {
                    m.correct_order = index_list(field(j, "correct_order"), "correct_order", 8);
                    m.dates = text_list(field(j, "dates"), "dates");
                    if (!field(j, "your_order").is_null())
                        m.your_order = index_list(field(j, "your_order"), "your_order", 8);
                    m.pairs_ordered = optional_unsigned(j, "ordered", 28);
                    m.pairs_total = unsigned_field(j, "pairs", 28);
                }
                break;
            }
            case HostKind::Leaderboard:
            case HostKind::End: {
                m.question = unsigned_field(j, "q", kMaxIndex);
                const auto& rows = field(j, "rows");
                if (!rows.is_array() || rows.size() > 1000) throw Fail{"rows must be a list"};
                for (const auto& r : rows)
                    m.rows.push_back(parse_row(r));
                const auto& you = field(j, "you");
                if (!you.is_null()) m.you = parse_row(you);
                break;
            }
            case HostKind::Ping:
                m.question = unsigned_field(j, "n", std::numeric_limits<std::uint32_t>::max());
                break;
            case HostKind::Paused:
            case HostKind::Resumed:
            case HostKind::Removed:
                break;
        }
        return m;
    } catch (const Fail& f) {
        return ParseError{f.reason};
    } catch (const std::exception& e) {
        return ParseError{std::string("bad message: ") + e.what()};
    }
}

}  // namespace chronik::io::net
