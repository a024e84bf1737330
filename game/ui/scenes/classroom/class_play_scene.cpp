#include "ui/scenes/classroom/class_play_scene.hpp"

#include <algorithm>

#include "ui/input/key_bindings.hpp"
#include "ui/input/nav.hpp"
#include "ui/scenes/classroom/class_help_scene.hpp"
#include "ui/scenes/classroom/class_layout.hpp"
#include "ui/scenes/classroom/team_look.hpp"
#include "ui/scenes/home_scene.hpp"
#include "ui/scenes/pause_scene.hpp"
#include "ui/services/classroom_records.hpp"
#include "ui/text/classroom_strings.hpp"

namespace chronik::ui {
namespace {

using namespace class_layout;
using classroom::Stage;

StandingsWords standings_words(const StringTable& s) {
    StandingsWords w;
    w.points = [&s](std::int64_t score) {
        return format(s, ClassText::PlayPointsOf, {std::to_string(score)});
    };
    w.place = [&s](int rank) { return format(s, ClassText::PlayPlace, {std::to_string(rank)}); };
    return w;  // every team is on the board from the start: no new entries
}

// The teams' symbols before their names; the podium leaves room for the saved files and the
// buttons below it.
StandingsLook standings_look(const classroom::OneScreenGame& game) {
    StandingsLook look;
    look.mark = [&game](sf::RenderTarget& target, const std::string& name, sf::Vector2f centre,
                        float size) {
        if (const auto team = game.team_of(name))
            draw_team_symbol(target, game.teams()[*team], centre, size);
    };
    look.podium_floor = 490.f;
    look.podium_scale = 190.f / 280.f;
    look.others_top = 496.f;
    look.others_height = 40.f;
    return look;
}

}  // namespace

ClassPlayScene::ClassPlayScene(SceneContext& ctx, classroom::OneScreenGame game)
    : Scene(ctx),
      game_(std::move(game)),
      progress_({kLeft, 74, kWidth, 6}),
      question_(ctx),
      timeline_(ctx),
      standings_(ctx, standings_words(ctx.strings), standings_look(game_)),
      breakdown_(ctx),
      strip_(ctx, game_),
      countdown_(ctx) {
    const auto& t = ctx.theme;
    const auto& s = ctx.strings;
    const auto& p = t.palette;
    round_label_ = TextBlock("", {kLeft, 26, 900, 40},
                             style(FontFace::SansBold, t.type.body, t.type.caption, p.text_muted,
                                   Align::Left, VAlign::Middle, false));
    status_ = TextBlock("", {kLeft + 900, 26, kWidth - 900, 40},
                        style(FontFace::SansBold, t.type.body, t.type.caption, p.focus,
                              Align::Right, VAlign::Middle, false));
    pause_banner_ = TextBlock("‖ " + text(s, ClassText::PlayPausedBanner), {450, 357, 380, 90},
                              style(FontFace::SansBold, t.type.h1 + 8, t.type.h2, p.focus,
                                    Align::Center, VAlign::Middle, false));
    saved_text_ = TextBlock(
        "", {kLeft, 540, 640, 110},
        style(FontFace::Sans, t.type.caption, 11, p.text_muted, Align::Left, VAlign::Middle, true));
    const std::string space = key_name(sf::Keyboard::Space, s.language());
    hints_question_.set({{"F1", text(s, ClassText::HintHelp)},
                         {space, text(s, ClassText::HintPauseResume)},
                         {"Enter", text(s, ClassText::HintNext)},
                         {"F2", text(s, ClassText::HintReveal)},
                         {"F3", text(s, ClassText::HintSkip)},
                         {"F4", text(s, ClassText::HintEnd)},
                         {"Esc", text(s, ClassText::HintMenu)}});
    hints_board_.set({{"F1", text(s, ClassText::HintHelp)},
                      {"Enter", text(s, ClassText::HintNext)},
                      {"F3", text(s, ClassText::HintSkip)},
                      {"F4", text(s, ClassText::HintEnd)},
                      {"Esc", text(s, ClassText::HintMenu)}});
    hints_turn_.set({{"F1", text(s, ClassText::HintHelp)},
                     {"← →", text(s, ClassText::HintMoveGap)},
                     {"Enter", text(s, ClassText::HintPlace)},
                     {space, text(s, ClassText::HintPauseResume)},
                     {"F3", text(s, ClassText::HintSkip)},
                     {"F4", text(s, ClassText::HintEnd)},
                     {"Esc", text(s, ClassText::HintMenu)}});
    hints_podium_.set({{"← →", ctx.text(TextId::HintNavigate)},
                       {"Enter", ctx.text(TextId::HintSelect)},
                       {"Esc", text(s, ClassText::PlayToHome)}});
    hints_end_.set({{"← →", text(s, ClassText::HintPage)},
                    {"Enter", ctx.text(TextId::HintSelect)},
                    {"Esc", text(s, ClassText::PlayToHome)}});
    game_.start(now());
    refresh();
}

std::string_view ClassPlayScene::name() const {
    if (breakdown_shown_) return "class-distribution";
    switch (game_.stage()) {
        case Stage::Reading:
            return "class-reading";
        case Stage::Answering:
            return "class-answering";
        case Stage::Reveal:
            return "class-reveal";
        case Stage::Leaderboard:
            return "class-leaderboard";
        case Stage::Turn:
            return "class-turn";
        case Stage::TurnResult:
            return "class-turn-result";
        case Stage::Podium:
            return "class-podium";
    }
    return "class-game";
}

// ---------------------------------------------------------------- stages

void ClassPlayScene::refresh() {
    const auto stage = game_.stage();
    const bool changed = !shown_stage_ || *shown_stage_ != stage ||
                         shown_slot_ != game_.slot_number() || shown_turns_ != game_.turns().size();
    if (changed) {
        shown_stage_ = stage;
        shown_slot_ = game_.slot_number();
        shown_turns_ = game_.turns().size();
        enter_stage();
    }
    status_.set_text(game_.paused() ? text(ctx_.strings, ClassText::PlayPaused) : "");
    const auto left = game_.time_left_ms(now());
    if (left && (stage == Stage::Answering || stage == Stage::Turn || stage == Stage::Reading)) {
        const auto total = stage == Stage::Reading
                               ? game_.game().settings().reading_ms
                               : game_.game().current_scoring().time_limit_ms.value_or(1);
        countdown_.show(left, total);
    } else {
        countdown_.show(std::nullopt, 0);
    }
    strip_.refresh(game_);
}

void ClassPlayScene::enter_stage() {
    const auto& s = ctx_.strings;
    std::string label =
        format(s, ClassText::PlayQuestionOf,
               {std::to_string(game_.slot_number()), std::to_string(game_.slot_count())});
    if (game_.in_timeline()) {
        label += "  ·  ";
        label += text(s, ClassText::PlayTimelineRound);
    }
    round_label_.set_text(label);
    progress_.set_value(static_cast<float>(game_.slot_number()) /
                        static_cast<float>(std::max<std::size_t>(1, game_.slot_count())));
    switch (game_.stage()) {
        case Stage::Reading:
        case Stage::Answering:
            question_.show(game_);
            break;
        case Stage::Reveal:
            question_.show(game_);
            ctx_.audio.play(question_.reveal(game_) ? Sfx::Correct : Sfx::Wrong);
            break;
        case Stage::Leaderboard:
            standings_.show_leaderboard(text(s, ClassText::PlayLeaderboard), label,
                                        game_.standings_before(), game_.standings());
            break;
        case Stage::Turn:
            timeline_.show(game_);
            break;
        case Stage::TurnResult:
            timeline_.show(game_);
            ctx_.audio.play(game_.turns().back().result.correct ? Sfx::Correct : Sfx::Wrong);
            break;
        case Stage::Podium:
            save_standings();
            show_podium();
            break;
    }
}

void ClassPlayScene::save_standings() {
    if (saved_) return;
    const auto& s = ctx_.strings;
    std::vector<classroom::PlayerId> team_players;
    for (std::size_t t = 0; t < game_.teams().size(); ++t)
        team_players.push_back(game_.player_of(t));
    const auto result =
        ctx_.services.classroom.save_final_standings(game_.game(), game_.turns(), team_players);
    if (result.ok()) {
        std::string paths;
        for (const auto& p : result.paths) {
            if (!paths.empty()) paths += "\n";
            paths += p;
        }
        saved_ = format(s, ClassText::PlaySavedTo, {paths});
    } else {
        saved_ = format(s, ClassText::PlaySaveFailed, {result.error});
    }
}

void ClassPlayScene::show_podium() {
    const auto& s = ctx_.strings;
    round_label_.set_text("");  // the game may have ended early: no "round x of y" here
    standings_.show_podium(text(s, ClassText::PlayPodium), game_.podium());
    saved_text_.set_text(saved_.value_or(""));
    end_buttons_.clear();
    end_buttons_.add(Button(text(s, ClassText::PlayToDistribution), {760, 560, 210, 56},
                            ButtonKind::Primary, "Enter"));
    end_buttons_.add(Button(text(s, ClassText::PlayToHome), {980, 560, 220, 56}));
    end_buttons_.set_focus(0);
}

void ClassPlayScene::show_breakdown() {
    const auto& s = ctx_.strings;
    breakdown_shown_ = true;
    round_label_.set_text(text(s, ClassText::PlayDistribution));
    breakdown_.show(game_);
    end_buttons_.clear();
    end_buttons_.add(
        Button(text(s, ClassText::PlayAgain), {680, 606, 250, 50}, ButtonKind::Primary, "Enter"));
    end_buttons_.add(Button(text(s, ClassText::PlayToHome), {940, 606, 260, 50}));
    end_buttons_.set_focus(0);
}

// ---------------------------------------------------------------- input

void ClassPlayScene::on_team_input(std::size_t team, std::size_t choice) {
    if (team >= game_.teams().size() || choice >= classroom::kKeysPerTeam) return;
    const auto stage = game_.stage();
    if (stage == Stage::Answering) {
        if (game_.answer(team, choice, now()) == classroom::AnswerVerdict::Accepted)
            ctx_.audio.play(Sfx::Select);
        refresh();
        return;
    }
    if (stage != Stage::Turn || team != game_.turn_team() || game_.paused()) return;
    if (choice == 0) {
        if (timeline_.move_left()) ctx_.audio.play(Sfx::Move);
    } else if (choice == 1) {
        if (timeline_.move_right()) ctx_.audio.play(Sfx::Move);
    } else {
        place_turn(timeline_.cursor());
    }
}

void ClassPlayScene::place_turn(std::size_t gap) {
    if (game_.place(gap, now())) refresh();
}

void ClassPlayScene::handle_end_event(const sf::Event& e) {
    if (is_key(e, sf::Keyboard::Escape)) {
        ctx_.audio.play(Sfx::Back);
        ctx_.stack.replace_all(std::make_unique<HomeScene>(ctx_));
        return;
    }
    if (breakdown_shown_ &&
        (is_key(e, sf::Keyboard::Left) || is_key(e, sf::Keyboard::Right) ||
         is_key(e, sf::Keyboard::PageUp) || is_key(e, sf::Keyboard::PageDown))) {
        const bool back = e.key.code == sf::Keyboard::Left || e.key.code == sf::Keyboard::PageUp;
        if (back)
            breakdown_.page_back();
        else
            breakdown_.page_forward();
        ctx_.audio.play(Sfx::Move);
        return;
    }
    const auto hit = end_buttons_.handle(e, ctx_);
    if (!hit) return;
    if (*hit == 1) {
        ctx_.stack.replace_all(std::make_unique<HomeScene>(ctx_));
    } else if (!breakdown_shown_) {
        show_breakdown();
        ctx_.audio.play(Sfx::Open);
    } else {
        ctx_.audio.play(Sfx::Select);
        ctx_.stack.pop();  // back to the setup with the same teams
    }
}

void ClassPlayScene::handle_event(const sf::Event& e) {
    const auto stage = game_.stage();
    if (stage == Stage::Podium || breakdown_shown_) {
        handle_end_event(e);
        return;
    }
    const bool h_is_team_key = classroom::find_key(game_.teams(), "H").found;
    if (e.type == sf::Event::KeyPressed) {
        const auto t = now();
        switch (e.key.code) {
            case sf::Keyboard::Escape:
                ctx_.audio.play(Sfx::Back);
                ctx_.stack.push(std::make_unique<PauseScene>(ctx_));
                return;
            case sf::Keyboard::F1:
                ctx_.audio.play(Sfx::Open);
                ctx_.stack.push(std::make_unique<ClassHelpScene>(ctx_, !h_is_team_key));
                return;
            case sf::Keyboard::Space:
                game_.toggle_pause(t);
                refresh();
                return;
            case sf::Keyboard::Enter:
                if (stage == Stage::Turn) {
                    place_turn(timeline_.cursor());
                } else if (game_.next(t)) {
                    ctx_.audio.play(Sfx::Move);
                    refresh();
                }
                return;
            case sf::Keyboard::F2:
                if (game_.reveal_now(t)) refresh();
                return;
            case sf::Keyboard::F3:
                if (game_.skip(t)) refresh();
                return;
            case sf::Keyboard::F4:
                if (game_.end(t)) refresh();
                return;
            case sf::Keyboard::Left:
            case sf::Keyboard::Right:
                if (stage == Stage::Turn && !game_.paused())
                    on_team_input(game_.turn_team(), e.key.code == sf::Keyboard::Left ? 0 : 1);
                return;
            default:
                break;
        }
        if (e.key.code == sf::Keyboard::H && !h_is_team_key) {
            ctx_.stack.push(std::make_unique<ClassHelpScene>(ctx_, true));
            return;
        }
        if (const auto key = team_key_name(e.key.code)) {
            const auto found = classroom::find_key(game_.teams(), *key);
            if (found.found) on_team_input(found.press.team, found.press.choice);
        }
        return;
    }
    if (e.type == sf::Event::JoystickButtonPressed) {
        // Gamepad i is team i; buttons 0–3 answer (on the timeline: left, right, place).
        on_team_input(e.joystickButton.joystickId, e.joystickButton.button);
        return;
    }
    if (e.type == sf::Event::MouseButtonPressed && stage == Stage::Turn && !game_.paused()) {
        if (const auto gap = timeline_.gap_at(
                {static_cast<float>(e.mouseButton.x), static_cast<float>(e.mouseButton.y)}))
            place_turn(*gap);
    }
}

// ---------------------------------------------------------------- frames

void ClassPlayScene::update(float dt) {
    clock_ms_ += static_cast<double>(dt) * 1000.0;
    game_.tick(now());
    refresh();
    progress_.update(dt, ctx_.theme);
    standings_.update(dt);
    end_buttons_.update(dt, ctx_.theme);
}

bool ClassPlayScene::animating() const {
    const auto stage = game_.stage();
    const bool clock = !game_.paused() && (stage == Stage::Reading || stage == Stage::Answering ||
                                           (stage == Stage::Turn && game_.time_left_ms(now())));
    return clock || standings_.animating() || progress_.animating() || end_buttons_.animating();
}

void ClassPlayScene::draw(sf::RenderTarget& target) const {
    backdrop_.draw(target, ctx_.theme);
    const auto stage = game_.stage();
    // The standings and the podium have their own heading where the round label stands.
    const bool standings = stage == Stage::Leaderboard || stage == Stage::Podium;
    if (!standings || breakdown_shown_) round_label_.draw(target, ctx_);
    status_.draw(target, ctx_);
    if (!breakdown_shown_ && !standings) progress_.draw(target, ctx_);
    if (breakdown_shown_) {
        breakdown_.draw(target);
        end_buttons_.draw(target, ctx_);
        hints_end_.draw(target, ctx_);
        return;
    }
    draw_stage(target);
    if (game_.paused()) {
        // Big enough to read from the back of the room.
        banner_box_.set_geometry({440, 352, 400, 100}, ctx_.theme.spacing.radius + 4, 3.f);
        banner_box_.set_fill(with_alpha(ctx_.theme.palette.surface_raised, 240));
        banner_box_.set_outline(ctx_.theme.palette.focus);
        target.draw(banner_box_);
        pause_banner_.draw(target, ctx_);
    }
}

void ClassPlayScene::draw_stage(sf::RenderTarget& target) const {
    switch (game_.stage()) {
        case Stage::Reading:
        case Stage::Answering:
        case Stage::Reveal:
            question_.draw(target, game_);
            countdown_.draw(target);
            strip_.draw(target, game_);
            hints_question_.draw(target, ctx_);
            break;
        case Stage::Leaderboard:
            standings_.draw(target);
            hints_board_.draw(target, ctx_);
            break;
        case Stage::Turn:
        case Stage::TurnResult:
            timeline_.draw(target, game_);
            countdown_.draw(target);
            strip_.draw(target, game_);
            (game_.stage() == Stage::Turn ? hints_turn_ : hints_board_).draw(target, ctx_);
            break;
        case Stage::Podium:
            standings_.draw(target);
            saved_text_.draw(target, ctx_);
            end_buttons_.draw(target, ctx_);
            hints_podium_.draw(target, ctx_);
            break;
    }
}

}  // namespace chronik::ui
