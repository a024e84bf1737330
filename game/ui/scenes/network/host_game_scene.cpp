#include "ui/scenes/network/host_game_scene.hpp"

#include <algorithm>
#include <string>

#include "ui/input/key_bindings.hpp"
#include "ui/input/nav.hpp"
#include "ui/scenes/leave_screen.hpp"
#include "ui/scenes/network/host_setup_scene.hpp"
#include "ui/text/hyphenator.hpp"
#include "ui/text/network_host_strings.hpp"

namespace chronik::ui {
namespace {

using T = NetworkHostText;
using classroom::Phase;

// The host's words on the shared standings board; a pedestal also says how many answers were
// right (and how many timelines partly).
StandingsWords standings_words(const StringTable& s, const std::unique_ptr<HostSession>& session) {
    StandingsWords w;
    w.points = [&s](std::int64_t score) { return format(s, T::Points, {std::to_string(score)}); };
    w.new_entry = text(s, T::RankNew);
    w.place = [&s](int rank) { return format(s, T::PodiumPlace, {std::to_string(rank)}); };
    // Points from a timeline partly in order are no right answer: the pedestal names them.
    w.detail = [&s, &session](const round::Standing& st) {
        round::ClassroomScore score;
        for (const auto& p : session->game().players())
            if (p.name == st.id) score = p.score;
        const auto correct = std::to_string(score.correct_answers);
        if (score.partial_timelines == 0) return format(s, T::PodiumCorrect, {correct});
        if (score.partial_timelines == 1) return format(s, T::PodiumCorrectPartialOne, {correct});
        return format(s, T::PodiumCorrectPartialMany,
                      {correct, std::to_string(score.partial_timelines)});
    };
    return w;
}

}  // namespace

HostGameScene::HostGameScene(SceneContext& ctx, std::unique_ptr<HostSession> session,
                             HostSettings settings)
    : NetworkScene(ctx, false),
      session_(std::move(session)),
      settings_(std::move(settings)),
      lobby_(ctx),
      round_(ctx),
      standings_(ctx, standings_words(ctx.strings, session_)),
      summary_(ctx),
      help_(ctx),
      seat_prompt_(ctx) {
    Hyphenator::preload_german();  // for timeline cards, before any is shown
    const auto& t = ctx.theme;
    const auto& s = ctx.strings;
    heading_ = TextBlock(text(s, T::LobbyHeading), {120, 24, 700, 56},
                         {FontFace::SansBold, t.type.h1, t.type.h2, t.palette.text, Align::Left,
                          VAlign::Middle, 1.f, false});
    notice_ = TextBlock("", {120, 628, 1040, 32},
                        {FontFace::SansBold, t.type.small, t.type.caption, t.palette.text_muted,
                         Align::Left, VAlign::Middle, 1.f, false});
    lobby_notice_ = TextBlock("", {440, 352, 720, 34},
                              {FontFace::SansBold, t.type.small, t.type.caption,
                               t.palette.text_muted, Align::Right, VAlign::Middle, 1.f, false});
    lobby_buttons_.add(
        Button(text(s, T::LobbyStart), {900, 28, 260, 52}, ButtonKind::Primary, "Enter"));
    summary_buttons_.add(
        Button(text(s, T::SummaryHome), {900, 28, 260, 52}, ButtonKind::Primary, "Enter"));
    hints_lobby_.set(
        {{"Enter", text(s, T::LobbyStart)},
         {key_name(sf::Keyboard::Delete, ctx.strings.language()), text(s, T::KeyRemove)},
         {"L", text(s, T::HintLock)},
         {"H", text(s, T::KeyHelp)},
         {"Esc", text(s, T::HintDissolve)}});
    hints_round_.set({{"P", text(s, T::KeyPause)},
                      {"R", text(s, T::KeyReveal)},
                      {"S", text(s, T::KeySkip)},
                      {"N", text(s, T::KeyNext)},
                      {"E", text(s, T::KeyEnd)},
                      {"H", text(s, T::KeyHelp)}});
    hints_after_.set({{"N / Enter", text(s, T::KeyNext)},
                      {"E", text(s, T::KeyEnd)},
                      {"H", text(s, T::KeyHelp)}});
    // On the podium the game is over: no "end the game" there, only on to the summary.
    hints_podium_.set({{"N / Enter", text(s, T::KeyNext)}});
    hints_summary_.set({{"Enter", text(s, T::SummaryHome)}});
    lobby_.show_room(*session_);
    lobby_.sync(*session_);
    // Beside the QR code the notice goes under it (the players' line is narrower there).
    if (session_->web_join()) lobby_notice_.set_box({704, 588, 456, 34});
    show_start(session_->game().connected_count() > 0);
}

// Nobody in yet: "Spiel starten" is dimmed, so the projector does not invite starting an empty
// game (Enter then says that someone must join first). It never wears the focus ring: Enter
// starts (its badge says so), and the ring is the arrow keys' choice among the players (one look
// for focus: a ring on the teal button and one on a player read as two selections, #22 item 19).
void HostGameScene::show_start(bool ready) {
    lobby_buttons_.show_focus(false);
    lobby_buttons_.at(0).set_mark(ready ? ButtonMark::None : ButtonMark::Dimmed);
}

std::string_view HostGameScene::name() const {
    if (seat_prompt_.showing() && view_ != View::Summary) return "host-asks-seat";
    switch (view_) {
        case View::Lobby:
            return session_->game().connected_count() > 0 ? "host-lobby-ready" : "host-lobby";
        case View::Round:
            switch (session_->game().phase()) {
                case Phase::Reading:
                    return "host-reading";
                case Phase::Answering:
                    return "host-question";
                default:
                    return "host-reveal";
            }
        case View::Leaderboard:
            return "host-leaderboard";
        case View::Podium:
            return "host-podium";
        case View::Summary:
            return "host-summary";
    }
    return "host-lobby";
}

void HostGameScene::set_notice(const std::string& text, bool problem) {
    auto& block = view_ == View::Lobby ? lobby_notice_ : notice_;
    // In a question the line under the choices says how many answered: the notice keeps left.
    if (&block == &notice_)
        notice_.set_box(view_ == View::Round ? sf::FloatRect{120, 612, 300, 44}
                                             : sf::FloatRect{120, 628, 1040, 32});
    block.set_text(text);
    block.set_color(problem ? ctx_.theme.palette.danger : ctx_.theme.palette.text_muted);
    redraw_ = true;
}

void HostGameScene::enter(View view) {
    view_ = view;
    notice_.set_text("");
    lobby_notice_.set_text("");
}

// Follows the game: a new phase, a new reveal or a pause changes the view.
void HostGameScene::sync() {
    const auto& g = session_->game();
    if (view_ == View::Lobby && lobby_.sync(*session_)) {
        show_start(g.connected_count() > 0);
        redraw_ = true;
    }
    const bool asked = seat_prompt_.showing();
    if (seat_prompt_.sync(*session_)) {
        redraw_ = true;
        if (!asked && seat_prompt_.showing()) ctx_.audio.play(Sfx::Open);
    }
    if (view_ == View::Summary) {
        if (!saved_shown_ && session_->saved()) {
            summary_.show_saved(*session_);
            saved_shown_ = true;
            redraw_ = true;
        }
        return;
    }
    const bool changed = g.revision() != seen_revision_ || g.results().size() != seen_results_;
    seen_revision_ = g.revision();
    if (changed) {
        redraw_ = true;
        switch (g.phase()) {
            case Phase::Lobby:
                break;
            case Phase::Reading:
            case Phase::Answering:
                if (shown_question_ != g.question_index()) {
                    round_.show_question(*session_);
                    shown_question_ = g.question_index();
                    enter(View::Round);
                }
                break;
            case Phase::Reveal:
                shown_question_.reset();
                if (!g.results().empty()) {
                    round_.show_reveal(*session_, g.results().back());
                    ctx_.audio.play(Sfx::Correct);
                }
                enter(View::Round);
                break;
            case Phase::Leaderboard:
                shown_question_.reset();
                standings_.show_leaderboard(
                    text(ctx_.strings, T::LeaderboardHeading),
                    format(ctx_.strings, T::QuestionOf,
                           {std::to_string(std::min(g.question_index() + 1, g.question_count())),
                            std::to_string(g.question_count())}),
                    g.previous_standings(), g.standings());
                enter(View::Leaderboard);
                break;
            case Phase::Podium:
                standings_.show_podium(text(ctx_.strings, T::PodiumHeading), g.podium());
                ctx_.audio.play(Sfx::Open);
                enter(View::Podium);
                break;
        }
        seen_results_ = g.results().size();
    }
    if (view_ == View::Round && round_.tick(*session_)) redraw_ = true;
}

bool HostGameScene::animating() const {
    return (view_ == View::Round && round_.animating()) ||
           ((view_ == View::Leaderboard || view_ == View::Podium) && standings_.animating()) ||
           lobby_buttons_.animating() || summary_buttons_.animating();
}

void HostGameScene::update(float dt) {
    session_->poll();
    sync();
    round_.update(dt);
    standings_.update(dt);
    lobby_buttons_.update(dt, ctx_.theme);
    summary_buttons_.update(dt, ctx_.theme);
}

void HostGameScene::remove(classroom::PlayerId id) {
    const auto* p = session_->game().player(id);
    if (!p) return;
    const std::string name = p->name;
    if (session_->remove_player(id)) {
        ctx_.audio.play(Sfx::Back);
        set_notice(format(ctx_.strings, T::LobbyRemoved, {name}), false);
        sync();
    }
}

void HostGameScene::close_room() {
    ctx_.audio.play(Sfx::Back);
    // The setup screen with the same settings; the session (and every connection) closes with
    // this scene.
    ctx_.stack.replace_top(std::make_unique<HostSetupScene>(ctx_, settings_, std::string{}));
}

bool HostGameScene::room_key(const sf::Event& e) {
    if (view_ == View::Summary || e.type != sf::Event::KeyPressed) return false;
    const auto& s = ctx_.strings;
    if (e.key.code == sf::Keyboard::L) {
        const bool lock = !session_->locked();
        session_->set_locked(lock);
        hints_lobby_.set(
            {{"Enter", text(s, T::LobbyStart)},
             {key_name(sf::Keyboard::Delete, ctx_.strings.language()), text(s, T::KeyRemove)},
             {"L", text(s, lock ? T::HintUnlock : T::HintLock)},
             {"H", text(s, T::KeyHelp)},
             {"Esc", text(s, T::HintDissolve)}});
        ctx_.audio.play(Sfx::Select);
        set_notice(text(s, lock ? T::RoomLockedNotice : T::RoomOpenNotice), false);
        sync();
        return true;
    }
    const bool allow = e.key.code == sf::Keyboard::A;
    if (!allow && e.key.code != sf::Keyboard::X) return false;
    const auto asked = seat_prompt_.current();
    if (!asked) return false;
    const bool done =
        allow ? session_->allow_seat(asked->seat) : session_->decline_seat(asked->seat);
    ctx_.audio.play(done ? (allow ? Sfx::Select : Sfx::Back) : Sfx::Wrong);
    if (done) set_notice(format(s, allow ? T::SeatAllowed : T::SeatDeclined, {asked->name}), false);
    sync();
    return true;
}

void HostGameScene::teacher_key(sf::Keyboard::Key key) {
    const auto phase = session_->game().phase();
    bool done = false;
    switch (key) {
        case sf::Keyboard::P:
            done = session_->game().paused() ? session_->resume() : session_->pause();
            break;
        case sf::Keyboard::S:
            if (phase == Phase::Reading || phase == Phase::Answering) done = session_->skip();
            break;
        case sf::Keyboard::R:
            done = session_->reveal_now();
            break;
        case sf::Keyboard::N:
        case sf::Keyboard::Enter:
        case sf::Keyboard::Space:
        case sf::Keyboard::Right:
            done = session_->next();
            break;
        case sf::Keyboard::E:
            done = session_->end();
            break;
        default:
            return;
    }
    ctx_.audio.play(done ? Sfx::Select : Sfx::Wrong);
    sync();
    if (done && key == sf::Keyboard::S && view_ == View::Round &&
        !session_->game().results().empty())
        set_notice(format(ctx_.strings, T::SkippedShort,
                          {std::to_string(session_->game().results().back().question + 1)}),
                   false);
}

void HostGameScene::handle_event(const sf::Event& e) {
    // The room's keys work in every view, also under the help.
    if (room_key(e)) return;
    const bool help_key = is_key(e, sf::Keyboard::H) || is_key(e, sf::Keyboard::F1);
    if (help_open_) {
        if (help_key || is_key(e, sf::Keyboard::Escape)) help_open_ = false;
        // Teacher keys still work under the help (so a pause is one key away).
        else if (e.type == sf::Event::KeyPressed && view_ != View::Lobby && view_ != View::Summary)
            teacher_key(e.key.code);
        return;
    }
    if (help_key && view_ != View::Summary) {
        help_open_ = true;
        ctx_.audio.play(Sfx::Open);
        return;
    }
    switch (view_) {
        case View::Lobby: {
            if (is_key(e, sf::Keyboard::Escape)) {
                close_room();
                return;
            }
            if (const auto gone = lobby_.handle(e)) {
                remove(*gone);
                return;
            }
            const bool start = is_key(e, sf::Keyboard::Enter) || is_key(e, sf::Keyboard::Space) ||
                               lobby_buttons_.handle(e, ctx_).has_value();
            if (!start) return;
            if (session_->start()) {
                ctx_.audio.play(Sfx::Select);
                sync();
            } else {
                ctx_.audio.play(Sfx::Wrong);
                set_notice(text(ctx_.strings, T::LobbyNeedPlayer), true);
            }
            return;
        }
        case View::Podium:
            if (is_key(e, sf::Keyboard::N) || is_key(e, sf::Keyboard::Enter) ||
                is_key(e, sf::Keyboard::Space) || is_key(e, sf::Keyboard::Right)) {
                summary_.show(*session_);
                saved_shown_ = session_->saved().has_value();
                ctx_.audio.play(Sfx::Select);
                enter(View::Summary);
            }
            return;
        case View::Summary:
            if (summary_buttons_.handle(e, ctx_) || is_key(e, sf::Keyboard::Escape)) {
                leave_screen(ctx_);
            }
            return;
        case View::Round:
        case View::Leaderboard:
            if (is_key(e, sf::Keyboard::Escape)) {
                help_open_ = true;
                return;
            }
            if (e.type == sf::Event::KeyPressed) teacher_key(e.key.code);
            return;
    }
}

void HostGameScene::draw(sf::RenderTarget& target) const {
    backdrop_.draw(target, ctx_.theme);
    switch (view_) {
        case View::Lobby:
            heading_.draw(target, ctx_);
            lobby_.draw(target);
            lobby_notice_.draw(target, ctx_);
            lobby_buttons_.draw(target, ctx_);
            hints_lobby_.draw(target, ctx_);
            break;
        case View::Round:
            round_.draw(target);
            (session_->game().phase() == Phase::Reveal ? hints_after_ : hints_round_)
                .draw(target, ctx_);
            break;
        case View::Leaderboard:
        case View::Podium:
            standings_.draw(target);
            (view_ == View::Podium ? hints_podium_ : hints_after_).draw(target, ctx_);
            break;
        case View::Summary:
            summary_.draw(target);
            summary_buttons_.draw(target, ctx_);
            hints_summary_.draw(target, ctx_);
            break;
    }
    notice_.draw(target, ctx_);
    if (view_ != View::Summary) seat_prompt_.draw(target);
    if (help_open_) help_.draw(target);
}

}  // namespace chronik::ui
