// Anki field HTML as plain text through libxml2's HTML parser.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "io/interop/html_text.hpp"

using chronik::io::html_to_text;

TEST_CASE("Line breaks and block elements become lines, entities are decoded") {
    CHECK(html_to_text("Im <b>Juni</b>&nbsp;1950<br>mit dem Angriff").text ==
          "Im Juni 1950\nmit dem Angriff");
    CHECK(html_to_text("<div>Grenzfluss</div><div>zwischen Nordkorea und Russland</div>").text ==
          "Grenzfluss\nzwischen Nordkorea und Russland");
    CHECK(html_to_text("A &amp; B &lt;C&gt; &#x27;D&#39; &quot;E&quot;").text ==
          "A & B <C> 'D' \"E\"");
    CHECK(html_to_text("<ul><li>eins</li><li>zwei</li></ul>").text == "eins\nzwei");
    CHECK(html_to_text("<p>a</p>\n\n<p>b</p><br><br><br><br>c").text == "a\nb\n\nc");
}

TEST_CASE("Spaces fold as a browser shows them and no-break spaces become spaces") {
    CHECK(html_to_text("  viel   \n  Platz&nbsp;&nbsp;hier <i> x </i> ").text ==
          "viel Platz  hier x");
}

TEST_CASE("Images and sounds are listed and left out of the text") {
    const auto t = html_to_text("Karte: <img src=\"tumen.png\"> [sound:aussprache.mp3] Ende");
    CHECK(t.text == "Karte: Ende");
    REQUIRE(t.media.size() == 2);
    CHECK(t.media[0] == "tumen.png");
    CHECK(t.media[1] == "aussprache.mp3");
}

TEST_CASE("Broken and hostile markup is read without throwing") {
    CHECK(html_to_text("<b>offen <i>nie zu").text == "offen nie zu");
    CHECK(html_to_text("<script>alert(1)</script>sicher<style>p{}</style>").text == "sicher");
    CHECK(html_to_text("a < b > c").text == "a < b > c");
    std::string nested, deep;
    for (int i = 0; i < 200; ++i)
        nested += "<span>";
    CHECK(html_to_text(nested + "tief").text == "tief");
    // libxml2 stops building past its depth limit; the rest is lost but nothing breaks.
    for (int i = 0; i < 100000; ++i)
        deep += "<div>";
    CHECK_NOTHROW(html_to_text(deep + "tief"));
    CHECK(html_to_text("ÄÖÜ ß – „Anführung“").text == "ÄÖÜ ß – „Anführung“");
}

TEST_CASE("Plain fields are cleaned as HTML fields are: control characters out, spaces folded") {
    const auto plain = chronik::io::plain_field_text(
        "  Erster\x01 Machthaber\t\tNordkoreas <k\x7f>  \r\n"
        "\r\n\r\n zweite   Zeile [sound:a.mp3]\rdritte ");
    CHECK(plain.text == "Erster Machthaber Nordkoreas <k>\n\nzweite Zeile\ndritte");
    CHECK(plain.media == std::vector<std::string>{"a.mp3"});
    CHECK(chronik::io::plain_field_text(std::string("a\0b", 3)).text == "ab");
    // An entity may decode to a control character too.
    CHECK(chronik::io::html_to_text("a&#1;b&#x7f;c").text == "abc");
}
