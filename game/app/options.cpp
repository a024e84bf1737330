#include "app/options.hpp"

#include <charconv>

namespace chronik::app {

std::string help_text() {
    return R"(chronik - a history quiz and flashcard game

Usage: chronik [OPTIONS]

Options:
  --help               this text
  --version            print the version
  --saves DIR          folder of the profiles and the log file (default: when
                       installed $XDG_DATA_HOME/chronik, i.e. ~/.local/share/chronik;
                       run from a build folder ./saves)
  --questions DIR      folder of the question decks (default: the shipped bank,
                       ../share/chronik/questions from the executable, or the
                       checkout's questions/ when run from a build folder)
  --seed N             seed for shuffling and dealing (default: from the clock)
  --lang de|en         language of the interface (default: the system's, German
                       when LC_ALL, LC_MESSAGES or LANG is de*, else English; a
                       profile's own language applies when it opens, unless --lang
                       is given)
  --no-audio           no sound; OpenAL is never opened
  --verbose            debug log on the console (the log file always has it)
  --ui-scale F         window size and text sharpness factor, 0.5 to 3 (default 1;
                       a profile's own scale applies when it opens, unless given)
  --high-contrast      black background, white text, yellow accent
  --reduce-motion      no fades, slides or moving backgrounds
  --fullscreen         start in full screen (F11 toggles)
  --script FILE        play an input script (format: tests/ui/README.md) and exit
                       with its status: 0 passed, 1 failed expectation, 2 bad script
  --screenshots DIR    where the script's 'screenshot NAME' commands save NAME.png
  --bench-frames N     play a script (--script or a built-in one) for N frames, print
                       frame-time percentiles and CPU per frame, then the idle CPU of
                       the home screen over 10 s and the time to the first frame

Keys: arrows/Tab move the focus, Enter/Space choose, Esc goes back (quits on the
title and home screens), F11 toggles full screen.
)";
}

namespace {

long long to_integer(const std::string& option, const std::string& value) {
    long long v = 0;
    const auto* end = value.data() + value.size();
    const auto [p, ec] = std::from_chars(value.data(), end, v);
    if (ec != std::errc{} || p != end)
        throw UsageError(option + " needs a whole number, not '" + value + "'");
    return v;
}

double to_double(const std::string& option, const std::string& value) {
    try {
        std::size_t used = 0;
        const double v = std::stod(value, &used);
        if (used == value.size()) return v;
    } catch (const std::exception&) {
    }
    throw UsageError(option + " needs a number, not '" + value + "'");
}

}  // namespace

AppOptions parse_options(const std::vector<std::string>& args) {
    AppOptions o;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string name = args[i];
        std::optional<std::string> inline_value;
        if (const auto eq = name.find('='); name.rfind("--", 0) == 0 && eq != std::string::npos) {
            inline_value = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        auto value = [&]() -> std::string {
            if (inline_value) return *inline_value;
            if (i + 1 >= args.size()) throw UsageError(name + " needs a value");
            return args[++i];
        };
        auto flag = [&] {
            if (inline_value) throw UsageError(name + " takes no value");
        };
        if (name == "--help" || name == "-h")
            flag(), o.help = true;
        else if (name == "--version")
            flag(), o.version = true;
        else if (name == "--saves")
            o.saves = value(), o.saves_given = true;
        else if (name == "--questions")
            o.questions = value();
        else if (name == "--seed") {
            const auto v = value();
            const auto n = to_integer(name, v);
            if (n < 0) throw UsageError("--seed needs a number >= 0, not '" + v + "'");
            o.seed = static_cast<unsigned long long>(n);
        } else if (name == "--lang") {
            const auto v = value();
            const auto lang = ui::language_from_code(v);
            if (!lang) throw UsageError("--lang must be de or en, not '" + v + "'");
            o.language = *lang;
            o.language_given = true;
        } else if (name == "--no-audio")
            flag(), o.audio = false;
        else if (name == "--verbose")
            flag(), o.verbose = true;
        else if (name == "--script")
            o.script = value();
        else if (name == "--screenshots")
            o.screenshots = value();
        else if (name == "--bench-frames") {
            const auto v = value();
            const auto n = to_integer(name, v);
            if (n < 1) throw UsageError("--bench-frames needs a number >= 1, not '" + v + "'");
            o.bench_frames = static_cast<long>(n);
        } else if (name == "--ui-scale") {
            const auto v = value();
            o.ui_scale = to_double(name, v);
            o.ui_scale_given = true;
            if (!(o.ui_scale >= 0.5 && o.ui_scale <= 3.0))
                throw UsageError("--ui-scale must be between 0.5 and 3, not '" + v + "'");
        } else if (name == "--high-contrast")
            flag(), o.high_contrast = true;
        else if (name == "--reduce-motion")
            flag(), o.reduce_motion = true;
        else if (name == "--fullscreen")
            flag(), o.fullscreen = true;
        else
            throw UsageError("unknown option '" + args[i] + "' (chronik --help lists the options)");
    }
    if (o.screenshots && !o.script && !o.bench_frames)
        throw UsageError("--screenshots needs --script (the script names the screenshots)");
    return o;
}

}  // namespace chronik::app
