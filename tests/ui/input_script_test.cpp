#include <doctest/doctest.h>

#include "ui/script/input_script.hpp"

using namespace chronik::ui;

TEST_CASE("a script parses keys with modifiers, text, mouse, waits and checks") {
    const auto s = parse_script(
        "# comment\n\nkey Enter\nkey ctrl+v\nkey shift+Tab\ntext Jürgen Ŏ\nmove 10 20\nclick 30 40 "
        "right\n"
        "drag 1 2 3 4 8\nscroll 5 6 -2\nwait 12\nscreenshot home-1\nexpect-scene home\n"
        "wait-scene profiles 90\nexpect-stack title,notice\nresize 800 600\nclose\n",
        "t.txt");
    REQUIRE(s.steps.size() == 15);
    CHECK(s.steps[0].kind == StepKind::Key);
    CHECK(s.steps[0].key == sf::Keyboard::Enter);
    CHECK(s.steps[0].line == 3);
    CHECK(s.steps[1].ctrl);
    CHECK(s.steps[1].key == sf::Keyboard::V);
    CHECK(s.steps[2].shift);
    CHECK(s.steps[3].text == "Jürgen Ŏ");
    CHECK(s.steps[5].button == sf::Mouse::Right);
    CHECK(s.steps[6].frames == 8);
    CHECK(s.steps[7].frames == -2);
    CHECK(s.steps[8].frames == 12);
    CHECK(s.steps[9].text == "home-1");
    CHECK(s.steps[11].frames == 90);
    CHECK(s.steps[12].text == "title,notice");
    CHECK(s.steps[14].kind == StepKind::Close);
}

TEST_CASE("type presses a key and types its character as a real keyboard does") {
    const auto s =
        parse_script("type n\ntype shift+n\ntype 2\ntype Tab\ntype F5\nkey n\n", "t.txt");
    REQUIRE(s.steps.size() == 6);
    CHECK(s.steps[0].kind == StepKind::Key);
    CHECK(s.steps[0].key == sf::Keyboard::N);
    CHECK(s.steps[0].typed == U'n');
    CHECK(s.steps[1].typed == U'N');
    CHECK(s.steps[2].typed == U'2');
    CHECK(s.steps[3].typed == U'\t');
    CHECK(s.steps[4].typed == 0);  // F5 types nothing
    CHECK(s.steps[5].typed == 0);  // `key` never types
}

TEST_CASE("sleep waits on the wall clock and expect-window checks the window's size") {
    const auto s = parse_script("sleep 250\nexpect-window 1600 900\n", "t.txt");
    REQUIRE(s.steps.size() == 2);
    CHECK(s.steps[0].kind == StepKind::Sleep);
    CHECK(s.steps[0].frames == 250);
    CHECK(s.steps[1].kind == StepKind::ExpectWindow);
    CHECK(s.steps[1].x == 1600);
    CHECK(s.steps[1].y == 900);
    CHECK_THROWS_WITH_AS(parse_script("sleep -5\n", "s.txt"),
                         doctest::Contains("s.txt:1: sleep takes 0 to 600000 ms"), ScriptError);
    CHECK_THROWS_WITH_AS(parse_script("expect-window 10\n", "s.txt"),
                         doctest::Contains("expected a number for H"), ScriptError);
}

TEST_CASE("wait-scene takes a frame limit, or seconds of wall-clock time written with an s") {
    const auto s =
        parse_script("wait-scene home\nwait-scene lobby 500\nwait-scene reveal 60s\n", "t.txt");
    REQUIRE(s.steps.size() == 3);
    CHECK(s.steps[0].frames == 180);
    CHECK(s.steps[0].wall_ms == 0);
    CHECK(s.steps[1].frames == 500);
    CHECK(s.steps[1].wall_ms == 0);
    CHECK(s.steps[2].kind == StepKind::WaitScene);
    CHECK(s.steps[2].text == "reveal");
    CHECK(s.steps[2].wall_ms == 60'000);
    for (const char* bad : {"wait-scene x 0s\n", "wait-scene x 601s\n", "wait-scene x 5m\n",
                            "wait-scene x s\n", "wait-scene x -3\n", "wait-scene x 2 3\n"})
        CHECK_THROWS_AS(parse_script(bad, "w.txt"), ScriptError);
}

TEST_CASE("wait-settled waits 30 s of wall-clock time unless given seconds with an s") {
    const auto s = parse_script("wait-settled\nwait-settled 5s\n", "t.txt");
    REQUIRE(s.steps.size() == 2);
    CHECK(s.steps[0].kind == StepKind::WaitSettled);
    CHECK(s.steps[0].wall_ms == 30'000);
    CHECK(s.steps[1].wall_ms == 5'000);
    for (const char* bad : {"wait-settled 0s\n", "wait-settled 601s\n", "wait-settled 5\n",
                            "wait-settled s\n", "wait-settled 2s 3s\n"})
        CHECK_THROWS_AS(parse_script(bad, "w.txt"), ScriptError);
}

TEST_CASE("pad presses a button of one of SFML's eight gamepads") {
    const auto s = parse_script("pad 1 2\npad 7 31\n", "t.txt");
    REQUIRE(s.steps.size() == 2);
    CHECK(s.steps[0].kind == StepKind::Pad);
    CHECK(s.steps[0].x == 1);
    CHECK(s.steps[0].y == 2);
    CHECK(s.steps[1].x == 7);
    CHECK(s.steps[1].y == 31);
    CHECK_THROWS_WITH_AS(parse_script("pad 8 0\n", "p.txt"),
                         doctest::Contains("p.txt:1: pad needs a gamepad number from 0 to 7"),
                         ScriptError);
    CHECK_THROWS_WITH_AS(parse_script("pad 0 1.5\n", "p.txt"),
                         doctest::Contains("button number from 0 to 31"), ScriptError);
    CHECK_THROWS_WITH_AS(parse_script("pad 0\n", "p.txt"),
                         doctest::Contains("expected a number for BUTTON"), ScriptError);
    CHECK_THROWS_WITH_AS(parse_script("pad 0 1 2\n", "p.txt"), doctest::Contains("unexpected '2'"),
                         ScriptError);
}

TEST_CASE("script errors name the file and the line") {
    CHECK_THROWS_WITH_AS(parse_script("wait 1\njump 3\n", "s.txt"),
                         doctest::Contains("s.txt:2: unknown command 'jump'"), ScriptError);
    CHECK_THROWS_WITH_AS(parse_script("key Hyper\n", "s.txt"),
                         doctest::Contains("s.txt:1: unknown key"), ScriptError);
    CHECK_THROWS_WITH_AS(parse_script("click 10\n", "s.txt"),
                         doctest::Contains("expected a number for Y"), ScriptError);
    CHECK_THROWS_WITH_AS(parse_script("screenshot ../x\n", "s.txt"),
                         doctest::Contains("screenshot names"), ScriptError);
    CHECK_THROWS_AS(load_script("/nonexistent/script.txt"), ScriptError);
}

TEST_CASE("key names cover letters, digits, function keys and named keys") {
    CHECK(key_from_name("a") == sf::Keyboard::A);
    CHECK(key_from_name("N") == sf::Keyboard::N);
    CHECK(key_from_name("1") == sf::Keyboard::Num1);
    CHECK(key_from_name("F11") == sf::Keyboard::F11);
    CHECK(key_from_name("BackSpace") == sf::Keyboard::BackSpace);
    CHECK(key_from_name("esc") == sf::Keyboard::Escape);
    CHECK(key_from_name("F99") == sf::Keyboard::Unknown);
}
