// Protocol messages: round trips, and every kind of malformed input is an error, never a crash.
#include <doctest/doctest.h>

#include <string>
#include <variant>
#include <vector>

#include "io/net/protocol.hpp"
#include "random/rng.hpp"

using namespace chronik::io::net;

namespace {

bool fails(std::string_view payload) {
    return std::holds_alternative<ParseError>(parse_client_message(payload));
}

}  // namespace

TEST_CASE("client messages survive encoding and parsing") {
    ClientMessage hello{ClientKind::Hello, 1, "ABCD", "Lena", 0, 0};
    const auto h = std::get<ClientMessage>(parse_client_message(encode(hello)));
    CHECK(h.kind == ClientKind::Hello);
    CHECK(h.code == "ABCD");
    CHECK(h.name == "Lena");
    ClientMessage answer{ClientKind::Answer, 7, "", "", 3, 2};
    const auto a = std::get<ClientMessage>(parse_client_message(encode(answer)));
    CHECK(a.seq == 7);
    CHECK(a.question == 3);
    CHECK(a.choice == 2);
}

TEST_CASE("host messages survive encoding and parsing") {
    HostMessage q;
    q.kind = HostKind::Question;
    q.question = 2;
    q.question_count = 5;
    q.prompt = "Wann?";
    q.choices = {"1950", "1961", "Ким Ир Сен"};
    q.time_limit_ms = 2000;
    const auto back = std::get<HostMessage>(parse_host_message(encode(q)));
    CHECK(back.choices == q.choices);
    CHECK(back.time_limit_ms == 2000);
    CHECK_FALSE(back.correct_choice.has_value());
    HostMessage end;
    end.kind = HostKind::End;
    end.rows = {{"A", 3000, 1, 3}, {"B", 0, 2, 0}};
    end.you = StandingRow{"B", 0, 2, 0};
    const auto e = std::get<HostMessage>(parse_host_message(encode(end)));
    REQUIRE(e.rows.size() == 2);
    CHECK(e.rows[0].score == 3000);
    CHECK(e.you->name == "B");
}

TEST_CASE("an open message carries the time left only for a student who joins late") {
    HostMessage open;
    open.kind = HostKind::Open;
    open.question = 3;
    const auto now = std::get<HostMessage>(parse_host_message(encode(open)));
    CHECK(now.question == 3);
    CHECK_FALSE(now.left_ms.has_value());
    open.left_ms = 2'750;
    const auto late = std::get<HostMessage>(parse_host_message(encode(open)));
    CHECK(late.left_ms == 2'750);
    // Negative, fractional or absurd times are malformed, not countdowns.
    for (const char* left : {"-5", "1.5", "\"3\"", "99999999999"}) {
        CAPTURE(left);
        CHECK(std::holds_alternative<ParseError>(parse_host_message(
            std::string("{\"v\":1,\"t\":\"open\",\"q\":0,\"left_ms\":") + left + "}")));
    }
}

TEST_CASE(
    "refusals and rejections travel as a closed set of reasons, any other text is malformed") {
    using chronik::classroom::AnswerVerdict;
    using chronik::hosting::Refusal;
    for (const auto r :
         {Refusal::WrongCode, Refusal::TooManyTries, Refusal::EmptyName, Refusal::GameFull,
          Refusal::GameOver, Refusal::RoomLocked, Refusal::Replaced}) {
        HostMessage m;
        m.kind = HostKind::Refused;
        m.refusal = r;
        if (r == Refusal::TooManyTries) m.retry_ms = 20'000;
        const auto back = std::get<HostMessage>(parse_host_message(encode(m)));
        CHECK(back.refusal == r);
        CHECK(back.retry_ms == m.retry_ms);
    }
    for (const auto v :
         {AnswerVerdict::TooLate, AnswerVerdict::Paused, AnswerVerdict::AlreadyAnswered,
          AnswerVerdict::WrongQuestion, AnswerVerdict::NotAnswering, AnswerVerdict::NoSuchChoice}) {
        HostMessage m;
        m.kind = HostKind::Rejected;
        m.rejection = v;
        CHECK(std::get<HostMessage>(parse_host_message(encode(m))).rejection == v);
    }
    CHECK(std::holds_alternative<ParseError>(
        parse_host_message("{\"v\":1,\"t\":\"refused\",\"reason\":\"wrong room code\"}")));
    CHECK(std::holds_alternative<ParseError>(
        parse_host_message("{\"v\":1,\"t\":\"rejected\",\"q\":0,\"reason\":\"accepted\"}")));
    HostMessage waiting;
    waiting.kind = HostKind::Waiting;
    waiting.text = "Anna";
    CHECK(std::get<HostMessage>(parse_host_message(encode(waiting))).text == "Anna");
}

TEST_CASE("a question message never carries the correct choice") {
    HostMessage q;
    q.kind = HostKind::Question;
    q.choices = {"a", "b"};
    q.correct_choice = 1;  // even if set by mistake, the encoder leaves it out
    q.text = "secret";
    const auto payload = encode(q);
    CHECK(payload.find("correct") == std::string::npos);
    CHECK(payload.find("secret") == std::string::npos);
}

TEST_CASE("malformed client messages are errors with a reason") {
    CHECK(fails(""));
    CHECK(fails("\xff\xfe garbage"));
    CHECK(fails("[1,2,3]"));
    CHECK(fails("{\"v\":2,\"t\":\"hello\",\"seq\":1,\"code\":\"A\",\"name\":\"x\"}"));  // version
    CHECK(fails("{\"t\":\"hello\",\"seq\":1,\"code\":\"A\",\"name\":\"x\"}"));    // no version
    CHECK(fails("{\"v\":1,\"t\":\"shout\",\"seq\":1}"));                          // unknown type
    CHECK(fails("{\"v\":1,\"t\":\"answer\",\"seq\":1,\"q\":-1,\"choice\":0}"));   // negative
    CHECK(fails("{\"v\":1,\"t\":\"answer\",\"seq\":1,\"q\":0,\"choice\":1.5}"));  // fraction
    CHECK(fails("{\"v\":1,\"t\":\"answer\",\"seq\":1,\"q\":0,\"choice\":99999999999}"));
    CHECK(fails("{\"v\":1,\"t\":\"answer\",\"seq\":1,\"q\":\"0\",\"choice\":0}"));  // string
    CHECK(fails("{\"v\":1,\"t\":\"answer\",\"seq\":1,\"q\":0}"));                   // missing
    CHECK(fails(
        "{\"v\":1,\"t\":\"hello\",\"seq\":1,\"code\":\"A\",\"name\":\"\xc3\x28\"}"));  // bad UTF-8
    CHECK(fails("{\"v\":1,\"t\":\"hello\",\"seq\":1,\"code\":\"A\",\"name\":\"" +
                std::string(300, 'x') + "\"}"));
    CHECK(fails(std::string(5000, '[') + std::string(5000, ']')));             // deep nesting
    CHECK(fails("{\"v\":1,\"t\":\"answer\",\"seq\":1,\"q\":0,\"choice\":0"));  // truncated
    const auto err =
        std::get<ParseError>(parse_client_message("{\"v\":1,\"t\":\"answer\",\"seq\":1}"));
    CHECK(err.reason.find("\"q\"") != std::string::npos);
}

TEST_CASE("malformed host messages are errors, not crashes") {
    CHECK(std::holds_alternative<ParseError>(parse_host_message("nope")));
    CHECK(std::holds_alternative<ParseError>(parse_host_message(
        "{\"v\":1,\"t\":\"question\",\"q\":0,\"count\":1,\"prompt\":\"p\",\"choices\":[1,2],"
        "\"reading_ms\":0,\"time_limit_ms\":null}")));
    CHECK(std::holds_alternative<ParseError>(parse_host_message(
        "{\"v\":1,\"t\":\"end\",\"q\":0,\"rows\":[{\"name\":1}],\"you\":null}")));
}

TEST_CASE("thousands of mutated messages parse to a message or an error, never an exception") {
    const std::vector<std::string> seeds{
        encode(ClientMessage{ClientKind::Hello, 1, "K7QX3M", "Lena", 0, 0}),
        encode(ClientMessage{ClientKind::Answer, 2, "", "", 3, 1}),
        encode(ClientMessage{ClientKind::Bye, 3, "", "", 0, 0}),
    };
    chronik::Rng rng(42);
    std::size_t parsed = 0, refused = 0;
    for (int i = 0; i < 20'000; ++i) {
        std::string m = seeds[rng.below(seeds.size())];
        const auto edits = 1 + rng.below(4);
        for (std::uint64_t e = 0; e < edits && !m.empty(); ++e) {
            const auto at = rng.below(m.size());
            switch (rng.below(3)) {
                case 0:
                    m[at] = static_cast<char>(rng.below(256));
                    break;
                case 1:
                    m.erase(at, 1 + rng.below(4));
                    break;
                default:
                    m.insert(at, 1, "{}[]\",:0-9e\\u"[rng.below(13)]);
                    break;
            }
        }
        const auto r = parse_client_message(m);
        (std::holds_alternative<ClientMessage>(r) ? parsed : refused) += 1;
    }
    CHECK(parsed + refused == 20'000);
    CHECK(refused > 10'000);  // most mutations break a message
}
