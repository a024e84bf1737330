#include "ui/scenes/classroom/class_play_scene.hpp"

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/Text.hpp>

#include <algorithm>
#include <cmath>

#include "classroom/class_review.hpp"
#include "ui/scenes/classroom/team_look.hpp"
#include "ui/scenes/home_scene.hpp"
#include "ui/scenes/pause_scene.hpp"
#include "ui/services/classroom_records.hpp"
#include "ui/text/classroom_strings.hpp"

namespace chronik::ui {
namespace {

using classroom::Stage;

constexpr float kLeft = 80.f, kWidth = 1120.f;
constexpr float kStripY = 540.f, kStripH = 104.f, kStripGap = 12.f;
constexpr float kChoiceY = 272.f, kChoiceH = 118.f, kChoiceGap = 14.f;
constexpr float kBoardY = 150.f, kBoardH = 60.f, kBoardGap = 10.f, kBoardX = 240.f, kBoardW = 800.f;
constexpr float kLineY = 372.f, kLineH = 130.f;
constexpr float kDistY = 84.f, kDistH = 172.f;
constexpr std::size_t kDistPerPage = 3;
constexpr float kBoardSeconds = 1.0f;

std::string mark_right(const StringTable& s) {
    return "✓ " + text(s, ClassText::PlayRight);
}
std::string mark_wrong(const StringTable& s) {
    return "✗ " + text(s, ClassText::PlayWrong);
}

TextStyle style(FontFace face, unsigned size, unsigned min, sf::Color colour, Align align,
                VAlign valign, bool wrap) {
    return {face, size, min, colour, align, valign, 1.15f, wrap};
}

}  // namespace

ClassPlayScene::ClassPlayScene(SceneContext& ctx, classroom::OneScreenGame game)
    : Scene(ctx),
      game_(std::move(game)),
      progress_({kLeft, 74, kWidth, 6}),
      timer_bar_({kLeft, 244, kWidth, 12}) {
    const auto& t = ctx.theme;
    const auto& s = ctx.strings;
    const auto& p = t.palette;
    round_label_ = TextBlock("", {kLeft, 26, 900, 40},
                             style(FontFace::SansBold, t.type.body, t.type.caption, p.text_muted,
                                   Align::Left, VAlign::Middle, false));
    status_ = TextBlock("", {kLeft + 900, 26, kWidth - 900, 40},
                        style(FontFace::SansBold, t.type.body, t.type.caption, p.focus,
                              Align::Right, VAlign::Middle, false));
    title_ = TextBlock("", {kLeft, 90, kWidth, 50},
                       style(FontFace::SansBold, t.type.h1, t.type.h2, p.text, Align::Center,
                             VAlign::Middle, false));
    prompt_style_ = style(FontFace::SansBold, t.type.h1, t.type.body, p.text, Align::Left,
                          VAlign::Middle, true);
    prompt_ = TextBlock("", {kLeft, 92, kWidth, 116}, prompt_style_);
    pause_banner_ = TextBlock("‖ " + text(s, ClassText::PlayPausedBanner), {450, 357, 380, 90},
                              style(FontFace::SansBold, t.type.h1 + 8, t.type.h2, p.focus,
                                    Align::Center, VAlign::Middle, false));
    page_text_ = TextBlock(
        "", {kLeft, 612, 500, 40},
        style(FontFace::Sans, t.type.small, 12, p.text_muted, Align::Left, VAlign::Middle, false));
    info_ = TextBlock("", {kLeft, 262, kWidth, 40},
                      style(FontFace::SansBold, t.type.h2, t.type.small, p.text, Align::Center,
                            VAlign::Middle, false));
    timer_text_ = TextBlock("", {kLeft + kWidth - 200, 212, 200, 30},
                            style(FontFace::SansBold, t.type.body, t.type.caption, p.text,
                                  Align::Right, VAlign::Middle, false));
    const std::string space = s.language() == Language::German ? "Leertaste" : "Space";
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
    // The team strip along the bottom: one card per team, colour, symbol and name.
    const auto n = game_.teams().size();
    const float w = (kWidth - kStripGap * static_cast<float>(n - 1)) / static_cast<float>(n);
    for (std::size_t i = 0; i < n; ++i) {
        TeamView v;
        v.rect = {kLeft + static_cast<float>(i) * (w + kStripGap), kStripY, w, kStripH};
        v.name = TextBlock(
            game_.teams()[i].name, {v.rect.left + 64, v.rect.top + 12, w - 76, 36},
            style(FontFace::SansBold, t.type.body, 13, p.text, Align::Left, VAlign::Middle, false));
        v.state = TextBlock("", {v.rect.left + 64, v.rect.top + 50, w - 72, 44},
                            style(FontFace::SansBold, t.type.body, 10, p.text_muted, Align::Left,
                                  VAlign::Middle, true));
        v.card.set_geometry(v.rect, t.spacing.radius, 3.f);
        teams_.push_back(std::move(v));
    }
    game_.start(now());
    refresh();
}

std::string_view ClassPlayScene::name() const {
    if (distribution_) return "class-distribution";
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

std::string ClassPlayScene::team_keys_for(std::size_t choice) const {
    std::string out;
    for (const auto& team : game_.teams()) {
        if (!out.empty()) out += " · ";
        out += team.keys[choice];
    }
    return out;
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
    const auto& s = ctx_.strings;
    status_.set_text(game_.paused() ? text(s, ClassText::PlayPaused) : "");
    const auto left = game_.time_left_ms(now());
    if (left && (stage == Stage::Answering || stage == Stage::Turn || stage == Stage::Reading)) {
        timer_text_.set_text(std::to_string((*left + 999) / 1000) + " s");
        const auto total = stage == Stage::Reading
                               ? game_.game().settings().reading_ms
                               : game_.game().settings().scoring.time_limit_ms.value_or(1);
        timer_bar_.snap(total > 0 ? static_cast<float>(*left) / static_cast<float>(total) : 0.f);
    } else {
        timer_text_.set_text("");
    }
    update_team_strip();
}

void ClassPlayScene::enter_stage() {
    const auto& s = ctx_.strings;
    const auto stage = game_.stage();
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
    switch (stage) {
        case Stage::Reading:
        case Stage::Answering:
            layout_question();
            break;
        case Stage::Reveal:
            layout_question();
            layout_reveal();
            break;
        case Stage::Leaderboard:
            layout_leaderboard();
            break;
        case Stage::Turn:
        case Stage::TurnResult:
            layout_line();
            break;
        case Stage::Podium:
            save_standings();
            layout_podium();
            break;
    }
}

void ClassPlayScene::layout_question() {
    const auto& t = ctx_.theme;
    const auto& s = ctx_.strings;
    const auto& q = game_.game().current_question();
    prompt_.set_box({kLeft, 92, kWidth, 116});
    prompt_.set_style(prompt_style_);
    prompt_.set_text(q.prompt);
    const bool reading = game_.stage() == Stage::Reading;
    info_.set_box({kLeft, 290, kWidth, 44});
    info_.set_color(t.palette.text_muted);
    info_.set_text(reading ? text(s, ClassText::PlayGetReady) : "");
    choices_.clear();
    const float w = (kWidth - kChoiceGap) / 2.f;
    for (std::size_t i = 0; i < q.choices.size(); ++i) {
        ChoiceView v;
        const float x = kLeft + static_cast<float>(i % 2) * (w + kChoiceGap);
        const float y = kChoiceY + static_cast<float>(i / 2) * (kChoiceH + kChoiceGap);
        v.rect = {x, y, w, kChoiceH};
        v.label = TextBlock(std::to_string(i + 1) + "   " + q.choices[i],
                            {x + 20, y + 10, w - 40, kChoiceH - 46},
                            style(FontFace::SansBold, t.type.h2, t.type.small, t.palette.text,
                                  Align::Left, VAlign::Middle, true));
        v.keys = TextBlock(team_keys_for(i), {x + 20, y + kChoiceH - 34, w * 0.5f, 26},
                           style(FontFace::Mono, t.type.small, 12, t.palette.text_muted,
                                 Align::Left, VAlign::Middle, false));
        v.mark = TextBlock("", {x + w * 0.5f, y + kChoiceH - 34, w * 0.5f - 20, 26},
                           style(FontFace::SansBold, t.type.small, 12, t.palette.text, Align::Right,
                                 VAlign::Middle, false));
        v.box.set_geometry(v.rect, t.spacing.radius, 2.f);
        v.box.set_fill(t.palette.surface);
        v.box.set_outline(t.palette.border);
        choices_.push_back(std::move(v));
    }
    if (!game_.game().settings().scoring.time_limit_ms && !reading) {
        // Where the countdown would run.
        info_.set_box({kLeft, 222, kWidth, 40});
        info_.set_text(text(s, ClassText::PlayNoTimer));
    }
}

void ClassPlayScene::layout_reveal() {
    const auto& t = ctx_.theme;
    const auto& s = ctx_.strings;
    const auto& q = game_.game().current_question();
    const auto& result = game_.game().results().back();
    bool anyone_right = false;
    for (std::size_t i = 0; i < choices_.size(); ++i) {
        auto& v = choices_[i];
        const bool right = i == q.correct_choice;
        v.box.set_fill(right ? mix(t.palette.surface, t.palette.success, 0.28f)
                             : mix(t.palette.surface, t.palette.background, 0.5f));
        v.box.set_outline(right ? t.palette.success : t.palette.border);
        v.mark.set_text(right ? mark_right(s) : "");
        v.mark.set_color(t.palette.success);
        v.label.set_color(right ? t.palette.text : t.palette.text_muted);
        v.keys.set_text("");
    }
    for (const auto& a : result.answers)
        anyone_right = anyone_right || a.correct;
    info_.set_box({kLeft, 228, kWidth, 40});
    info_.set_color(t.palette.success);
    info_.set_text("✓ " + format(s, ClassText::PlayCorrectAnswer, {q.choices[q.correct_choice]}));
    ctx_.audio.play(anyone_right ? Sfx::Correct : Sfx::Wrong);
}

void ClassPlayScene::layout_leaderboard() {
    const auto& t = ctx_.theme;
    const auto& s = ctx_.strings;
    title_.set_text(text(s, ClassText::PlayLeaderboard));
    const auto after = game_.standings();
    const auto before = game_.standings_before();
    const auto changes = round::rank_changes(before, after);
    board_.clear();
    for (std::size_t r = 0; r < after.size(); ++r) {
        BoardRow row;
        row.team = game_.team_of(after[r].id).value_or(0);
        row.to = static_cast<float>(r);
        row.from = changes[r].previous_row ? static_cast<float>(*changes[r].previous_row) : row.to;
        row.rank = TextBlock(std::to_string(after[r].rank) + ".", {20, 0, 60, kBoardH},
                             style(FontFace::SansBold, t.type.h2, t.type.body, t.palette.text,
                                   Align::Left, VAlign::Middle, false));
        row.name = TextBlock(after[r].id, {150, 0, 360, kBoardH},
                             style(FontFace::SansBold, t.type.h2, t.type.small, t.palette.text,
                                   Align::Left, VAlign::Middle, false));
        const int gained = changes[r].places_gained();
        std::string change = "=";
        sf::Color colour = t.palette.text_muted;
        if (gained > 0) {
            change = "▲ " + std::to_string(gained);
            colour = t.palette.success;
        } else if (gained < 0) {
            change = "▼ " + std::to_string(-gained);
            colour = t.palette.danger;
        }
        row.change = TextBlock(change, {520, 0, 90, kBoardH},
                               style(FontFace::SansBold, t.type.body, t.type.caption, colour,
                                     Align::Left, VAlign::Middle, false));
        row.score = TextBlock(format(s, ClassText::PlayPointsOf, {std::to_string(after[r].score)}),
                              {600, 0, kBoardW - 620, kBoardH},
                              style(FontFace::SansBold, t.type.h2, t.type.small, t.palette.accent,
                                    Align::Right, VAlign::Middle, false));
        board_.push_back(std::move(row));
    }
    board_anim_.snap(0.f);
    board_anim_.set_target(1.f);
    if (ctx_.theme.motion == Motion::Reduced) board_anim_.snap(1.f);
}

void ClassPlayScene::layout_line() {
    const auto& t = ctx_.theme;
    const auto& s = ctx_.strings;
    const auto& line = game_.timeline().line();
    const auto& team = game_.teams()[game_.turn_team()];
    const bool result = game_.stage() == Stage::TurnResult;
    title_.set_text(format(s, ClassText::PlayTurnOf, {team.name}));
    const std::size_t n = line.size();
    gap_w_ = 40.f;
    card_w_ =
        std::min(220.f, (kWidth - gap_w_ * static_cast<float>(n + 1)) / static_cast<float>(n));
    const float total = card_w_ * static_cast<float>(n) + gap_w_ * static_cast<float>(n + 1);
    line_x_ = kLeft + (kWidth - total) / 2.f;
    const std::string placed_id = result ? game_.turns().back().item_id : std::string{};
    line_.clear();
    for (std::size_t i = 0; i < n; ++i) {
        LineCard c;
        const float x = line_x_ + gap_w_ + static_cast<float>(i) * (card_w_ + gap_w_);
        c.rect = {x, kLineY, card_w_, kLineH};
        c.text = TextBlock(line[i].text, {x + 8, kLineY + 8, card_w_ - 16, kLineH - 46},
                           style(FontFace::Sans, t.type.small - 2, 11, t.palette.text, Align::Left,
                                 VAlign::Top, true));
        c.date = TextBlock(bank::format_date(line[i].date, s.language() == Language::German
                                                               ? bank::DateLanguage::German
                                                               : bank::DateLanguage::English),
                           {x + 8, kLineY + kLineH - 34, card_w_ - 16, 26},
                           style(FontFace::SansBold, t.type.small, 11, t.palette.accent,
                                 Align::Left, VAlign::Middle, false));
        c.box.set_geometry(c.rect, t.spacing.radius, 2.f);
        c.box.set_fill(t.palette.surface_raised);
        c.box.set_outline(t.palette.border);
        if (result && line[i].item_id == placed_id) {
            const auto& turn = game_.turns().back();
            const auto colour = turn.result.correct ? t.palette.success : t.palette.danger;
            c.box.set_outline(colour);
            c.box.set_fill(mix(t.palette.surface_raised, colour, 0.25f));
            c.mark = TextBlock(turn.result.correct ? mark_right(s) : mark_wrong(s),
                               {x, kLineY - 34, card_w_, 28},
                               style(FontFace::SansBold, t.type.small, 11, colour, Align::Center,
                                     VAlign::Middle, false));
        }
        line_.push_back(std::move(c));
    }
    const sf::FloatRect cur{340, 140, 600, 92};
    current_card_.rect = cur;
    current_card_.box.set_geometry(cur, t.spacing.radius, 2.f);
    current_card_.box.set_fill(t.palette.surface_raised);
    current_card_.box.set_outline(team_colour(team.colour));
    if (result) {
        const auto& turn = game_.turns().back();
        info_.set_box({kLeft, 294, kWidth, 32});
        if (turn.skipped) {
            info_.set_color(t.palette.text_muted);
            info_.set_text(text(s, ClassText::PlayTurnSkipped));
        } else if (turn.result.correct) {
            info_.set_color(t.palette.success);
            info_.set_text(
                "✓ " + format(s, ClassText::PlayTurnRight, {std::to_string(turn.award.gained())}));
        } else {
            info_.set_color(t.palette.danger);
            info_.set_text("✗ " + text(s, turn.timed_out ? ClassText::PlayTurnTimeUp
                                                         : ClassText::PlayTurnWrong));
        }
        ctx_.audio.play(turn.result.correct ? Sfx::Correct : Sfx::Wrong);
        current_card_.text =
            TextBlock(turn.text, {cur.left + 16, cur.top + 10, cur.width - 32, cur.height - 20},
                      style(FontFace::SansBold, t.type.body, 12, t.palette.text_muted,
                            Align::Center, VAlign::Middle, true));
    } else {
        cursor_ = n / 2;
        info_.set_box({kLeft, 294, kWidth, 32});
        info_.set_color(t.palette.text_muted);
        info_.set_text(format(s, ClassText::PlayTurnKeys,
                              {team.keys[0], team.keys[1], team.keys[2], team.keys[3]}));
        current_card_.text =
            TextBlock(game_.timeline().current().text,
                      {cur.left + 16, cur.top + 10, cur.width - 32, cur.height - 20},
                      style(FontFace::SansBold, t.type.body, 12, t.palette.text, Align::Center,
                            VAlign::Middle, true));
    }
    title_.set_box({kLeft, 86, kWidth, 44});
    prompt_.set_box({kLeft, 262, kWidth, 28});
    prompt_.set_style(style(FontFace::Sans, t.type.body, t.type.caption, t.palette.text_muted,
                            Align::Center, VAlign::Middle, false));
    prompt_.set_text(text(s, ClassText::PlayTurnPrompt));
}

void ClassPlayScene::save_standings() {
    if (saved_) return;
    const auto& s = ctx_.strings;
    const auto result = ctx_.services.classroom.save_final_standings(game_.game());
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

void ClassPlayScene::layout_podium() {
    const auto& t = ctx_.theme;
    const auto& s = ctx_.strings;
    title_.set_text(text(s, ClassText::PlayPodium));
    round_label_.set_text("");  // the game may have ended early: no "round x of y" here
    const auto podium = game_.podium();
    podium_texts_.clear();
    podium_blocks_.clear();
    // Block i: 2nd left, 1st centre, 3rd right.
    const std::array<sf::FloatRect, 3> blocks{
        {{490, 300, 300, 190}, {170, 350, 300, 140}, {810, 390, 300, 100}}};
    std::string rest;
    for (std::size_t i = 0; i < podium.size(); ++i) {
        const auto& st = podium[i];
        const std::string points = format(s, ClassText::PlayPointsOf, {std::to_string(st.score)});
        if (i < 3) {
            // Position by order (centre, left, right), height by rank: a tie stands as high.
            static constexpr std::array<float, 3> kHeights{190.f, 140.f, 100.f};
            const float h = kHeights[static_cast<std::size_t>(std::clamp(st.rank, 1, 3) - 1)];
            const sf::FloatRect b{blocks[i].left, 490.f - h, blocks[i].width, h};
            RoundedRect block;
            block.set_geometry(b, t.spacing.radius, 2.f);
            block.set_fill(st.rank == 1 ? mix(t.palette.surface_raised, t.palette.focus, 0.3f)
                                        : t.palette.surface_raised);
            block.set_outline(t.palette.border);
            podium_blocks_.push_back(block);
            podium_texts_.push_back(
                TextBlock(std::to_string(st.rank), {b.left, b.top + 10, b.width, 60},
                          style(FontFace::SansBold, t.type.display / 2 + 8, t.type.h2,
                                t.palette.text, Align::Center, VAlign::Middle, false)));
            podium_texts_.push_back(
                TextBlock(st.id, {b.left, b.top - 88, b.width, 36},
                          style(FontFace::SansBold, t.type.h2, t.type.small, t.palette.text,
                                Align::Center, VAlign::Middle, false)));
            podium_texts_.push_back(
                TextBlock(points, {b.left, b.top - 50, b.width, 30},
                          style(FontFace::SansBold, t.type.body, t.type.caption, t.palette.accent,
                                Align::Center, VAlign::Middle, false)));
        } else {
            if (!rest.empty()) rest += "   ·   ";
            rest += std::to_string(st.rank) + ". " + st.id + "  " + points;
        }
    }
    podium_texts_.push_back(TextBlock(rest, {kLeft, 500, kWidth, 34},
                                      style(FontFace::SansBold, t.type.body, t.type.caption,
                                            t.palette.text, Align::Center, VAlign::Middle, false)));
    podium_texts_.push_back(
        TextBlock(saved_.value_or(""), {kLeft, 540, 640, 110},
                  style(FontFace::Sans, t.type.caption, 11, t.palette.text_muted, Align::Left,
                        VAlign::Middle, true)));
    end_buttons_.clear();
    end_buttons_.add(Button(text(s, ClassText::PlayToDistribution), {760, 560, 210, 56},
                            ButtonKind::Primary, "Enter"));
    end_buttons_.add(Button(text(s, ClassText::PlayToHome), {980, 560, 220, 56}));
    end_buttons_.set_focus(0);
}

void ClassPlayScene::layout_distribution() {
    const auto& t = ctx_.theme;
    const auto& s = ctx_.strings;
    const auto& g = game_.game();
    const auto teams = game_.teams().size();
    round_label_.set_text(text(s, ClassText::PlayDistribution));
    dist_.clear();
    auto add_timeline = [&](std::size_t round) {
        DistBlock b;
        std::size_t right = 0, placed = 0;
        for (const auto& turn : game_.turns()) {
            if (turn.round != round) continue;
            std::string line = game_.teams()[turn.team].name + ": " + turn.text;
            if (turn.skipped) {
                line = "– " + text(s, ClassText::PlaySkipped) + ": " + turn.text;
            } else {
                ++placed;
                if (turn.result.correct) ++right;
                line = (turn.result.correct ? "✓ " : "✗ ") + line;
            }
            b.rows.push_back(TextBlock(line, {}, {}));
            b.right.push_back(turn.result.correct);
            b.shares.push_back(-1.f);
        }
        if (b.rows.empty()) return;
        b.prompt = TextBlock(
            format(s, ClassText::PlayTimelineSummary,
                   {std::to_string(round + 1), std::to_string(right), std::to_string(placed)}),
            {}, {});
        dist_.push_back(std::move(b));
    };
    const auto& rounds = game_.plan().timeline_rounds;
    const auto review = classroom::review_questions(g);
    for (std::size_t i = 0; i < review.size(); ++i) {
        for (std::size_t r = 0; r < rounds.size(); ++r)
            if (rounds[r].before_question == i) add_timeline(r);
        const auto& res = review[i];
        const auto& q = g.questions()[res.question];
        DistBlock b;
        b.prompt = TextBlock(res.prompt, {}, {});
        b.summary =
            TextBlock(res.skipped ? text(s, ClassText::PlaySkipped)
                                  : format(s, ClassText::PlayDistributionRight,
                                           {std::to_string(res.correct), std::to_string(teams)}),
                      {}, {});
        // The question the class got wrong stands out (colour and words).
        b.class_missed = res.missed_by_class();
        if (!res.skipped && res.no_answer > 0)
            b.summary.set_text(
                b.summary.utf8() + " · " +
                format(s, ClassText::PlayNoAnswerCount, {std::to_string(res.no_answer)}));
        for (std::size_t c = 0; c < q.choices.size(); ++c) {
            const bool right = c == q.correct_choice;
            b.rows.push_back(TextBlock((right ? "✓ " : "    ") + q.choices[c], {}, {}));
            b.right.push_back(right);
            const auto count = res.counts[c];
            b.choosers.push_back(count);
            b.shares.push_back(static_cast<float>(count) / static_cast<float>(teams));
        }
        dist_.push_back(std::move(b));
    }
    for (std::size_t r = 0; r < rounds.size(); ++r)
        if (rounds[r].before_question >= review.size()) add_timeline(r);
    pages_ = std::max<std::size_t>(1, (dist_.size() + kDistPerPage - 1) / kDistPerPage);
    page_ = std::min(page_, pages_ - 1);
    page_text_.set_text(pages_ > 1 ? format(s, ClassText::PlayPage,
                                            {std::to_string(page_ + 1), std::to_string(pages_)})
                                   : std::string{});
    // Boxes and styles, per block on its page.
    for (std::size_t i = 0; i < dist_.size(); ++i) {
        auto& b = dist_[i];
        b.y = kDistY + static_cast<float>(i % kDistPerPage) * kDistH;
        b.prompt.set_box({kLeft + 16, b.y + 8, 760, 48});
        b.prompt.set_style(style(FontFace::SansBold, t.type.small, 12, t.palette.text, Align::Left,
                                 VAlign::Middle, true));
        b.summary.set_box({kLeft + 790, b.y + 8, kWidth - 806, 48});
        if (b.class_missed) b.summary.set_text("✗ " + b.summary.utf8());
        b.summary.set_style(style(FontFace::SansBold, t.type.small, 12,
                                  b.class_missed ? t.palette.danger : t.palette.accent,
                                  Align::Right, VAlign::Middle, true));
        const float row_h = std::min(24.f, (kDistH - 72.f) / static_cast<float>(b.rows.size()));
        for (std::size_t r = 0; r < b.rows.size(); ++r) {
            const float y = b.y + 60 + static_cast<float>(r) * row_h;
            const bool question = b.shares[r] >= 0.f;
            b.rows[r].set_box({kLeft + 16, y, question ? 700.f : kWidth - 32, row_h});
            b.rows[r].set_style(style(b.right[r] && !question ? FontFace::SansBold : FontFace::Sans,
                                      t.type.caption, 10,
                                      b.right[r] ? t.palette.success : t.palette.text_muted,
                                      Align::Left, VAlign::Middle, false));
        }
    }
    end_buttons_.clear();
    end_buttons_.add(
        Button(text(s, ClassText::PlayAgain), {680, 606, 250, 50}, ButtonKind::Primary, "Enter"));
    end_buttons_.add(Button(text(s, ClassText::PlayToHome), {940, 606, 260, 50}));
    end_buttons_.set_focus(0);
}

// ---------------------------------------------------------------- per-frame state

void ClassPlayScene::update_team_strip() {
    // Only when something the strip shows changed (not every frame).
    const StripKey key{game_.stage(),
                       game_.game().answered_count(),
                       game_.game().results().size(),
                       game_.turns().size(),
                       game_.turn_team(),
                       game_.slot_number()};
    if (strip_key_ && *strip_key_ == key) return;
    strip_key_ = key;
    const auto& t = ctx_.theme;
    const auto& s = ctx_.strings;
    const auto stage = game_.stage();
    const auto& results = game_.game().results();
    for (std::size_t i = 0; i < teams_.size(); ++i) {
        auto& v = teams_[i];
        const auto& team = game_.teams()[i];
        const auto colour = team_colour(team.colour);
        v.card.set_outline(colour);
        v.card.set_fill(t.palette.surface);
        std::string state;
        sf::Color state_colour = t.palette.text_muted;
        const auto* player = game_.game().player(game_.player_of(i));
        const auto points = player ? player->score.points : 0;
        switch (stage) {
            case Stage::Reading:
                state = format(s, ClassText::PlayPointsOf, {std::to_string(points)});
                break;
            case Stage::Answering:
                if (game_.has_answered(i)) {
                    state = "■ " + text(s, ClassText::PlayLocked);
                    state_colour = t.palette.text;
                    v.card.set_fill(mix(t.palette.surface, colour, 0.35f));
                } else {
                    state = text(s, ClassText::PlayWaiting);
                }
                break;
            case Stage::Reveal: {
                if (results.empty()) break;
                for (const auto& a : results.back().answers) {
                    if (a.player != game_.player_of(i)) continue;
                    if (!a.choice) {
                        state = "– " + text(s, ClassText::PlayNoAnswer);
                    } else if (a.correct) {
                        state =
                            "✓ " + std::to_string(*a.choice + 1) + "  " +
                            format(s, ClassText::PlayPoints, {std::to_string(a.award.gained())});
                        state_colour = t.palette.success;
                    } else {
                        state = "✗ " + std::to_string(*a.choice + 1) + "  " +
                                text(s, ClassText::PlayWrong);
                        state_colour = t.palette.danger;
                    }
                }
                break;
            }
            case Stage::Turn:
            case Stage::TurnResult:
                state = format(s, ClassText::PlayPointsOf, {std::to_string(points)});
                if (i == game_.turn_team()) {
                    v.card.set_fill(mix(t.palette.surface, colour, 0.35f));
                    state_colour = t.palette.text;
                }
                break;
            default:
                state = format(s, ClassText::PlayPointsOf, {std::to_string(points)});
                break;
        }
        v.state.set_text(state);
        v.state.set_color(state_colour);
    }
}

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
    const auto gaps = game_.timeline().line().size() + 1;
    if (choice == 0 && cursor_ > 0) {
        --cursor_;
        ctx_.audio.play(Sfx::Move);
    } else if (choice == 1 && cursor_ + 1 < gaps) {
        ++cursor_;
        ctx_.audio.play(Sfx::Move);
    } else if (choice >= 2) {
        place_turn(cursor_);
    }
}

void ClassPlayScene::place_turn(std::size_t gap) {
    if (game_.place(gap, now())) refresh();
}

std::optional<std::size_t> ClassPlayScene::gap_at(sf::Vector2f p) const {
    if (p.y < kLineY - 20 || p.y > kLineY + kLineH + 20) return std::nullopt;
    const std::size_t n = line_.size();
    std::size_t best = 0;
    float best_d = 1e9f;
    for (std::size_t g = 0; g <= n; ++g) {
        const float x = line_x_ + gap_w_ / 2.f + static_cast<float>(g) * (card_w_ + gap_w_);
        const float d = std::abs(p.x - x);
        if (d < best_d) {
            best_d = d;
            best = g;
        }
    }
    return best;
}

// ---------------------------------------------------------------- input

void ClassPlayScene::handle_event(const sf::Event& e) {
    const auto stage = game_.stage();
    const bool h_is_team_key = classroom::find_key(game_.teams(), "H").found;
    if (stage == Stage::Podium || distribution_) {
        if (is_key(e, sf::Keyboard::Escape)) {
            ctx_.audio.play(Sfx::Back);
            ctx_.stack.replace_all(std::make_unique<HomeScene>(ctx_));
            return;
        }
        if (distribution_ &&
            (is_key(e, sf::Keyboard::Left) || is_key(e, sf::Keyboard::Right) ||
             is_key(e, sf::Keyboard::PageUp) || is_key(e, sf::Keyboard::PageDown))) {
            const bool back =
                e.key.code == sf::Keyboard::Left || e.key.code == sf::Keyboard::PageUp;
            if (back && page_ > 0) --page_;
            if (!back && page_ + 1 < pages_) ++page_;
            layout_distribution();
            ctx_.audio.play(Sfx::Move);
            return;
        }
        const auto hit = end_buttons_.handle(e, ctx_);
        if (!hit) return;
        if (*hit == 1) {
            ctx_.stack.replace_all(std::make_unique<HomeScene>(ctx_));
        } else if (!distribution_) {
            distribution_ = true;
            page_ = 0;
            layout_distribution();
            ctx_.audio.play(Sfx::Open);
        } else {
            ctx_.audio.play(Sfx::Select);
            ctx_.stack.pop();  // back to the setup with the same teams
        }
        return;
    }
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
                    place_turn(cursor_);
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
        if (const auto gap =
                gap_at({static_cast<float>(e.mouseButton.x), static_cast<float>(e.mouseButton.y)}))
            place_turn(*gap);
    }
}

void ClassPlayScene::update(float dt) {
    clock_ms_ += static_cast<double>(dt) * 1000.0;
    game_.tick(now());
    refresh();
    progress_.update(dt, ctx_.theme);
    board_anim_.update(dt, ctx_.theme.motion == Motion::Reduced ? 0.f : kBoardSeconds);
    end_buttons_.update(dt, ctx_.theme);
}

bool ClassPlayScene::animating() const {
    const auto stage = game_.stage();
    const bool clock = !game_.paused() && (stage == Stage::Reading || stage == Stage::Answering ||
                                           (stage == Stage::Turn && game_.time_left_ms(now())));
    return clock || board_anim_.moving() || progress_.animating() || end_buttons_.animating();
}

// ---------------------------------------------------------------- drawing

void ClassPlayScene::draw_team_strip(sf::RenderTarget& target) const {
    for (std::size_t i = 0; i < teams_.size(); ++i) {
        const auto& v = teams_[i];
        target.draw(v.card);
        draw_team_symbol(target, game_.teams()[i], {v.rect.left + 34, v.rect.top + kStripH / 2.f},
                         44.f);
        v.name.draw(target, ctx_);
        v.state.draw(target, ctx_);
    }
}

void ClassPlayScene::draw_line(sf::RenderTarget& target) const {
    const auto& t = ctx_.theme;
    const auto& team = game_.teams()[game_.turn_team()];
    target.draw(current_card_.box);
    current_card_.text.draw(target, ctx_);
    draw_team_symbol(target, team, {300, 198}, 46.f);
    for (const auto& c : line_) {
        target.draw(c.box);
        c.text.draw(target, ctx_);
        c.date.draw(target, ctx_);
        c.mark.draw(target, ctx_);
    }
    if (game_.stage() == Stage::Turn) {
        const float x = line_x_ + gap_w_ / 2.f + static_cast<float>(cursor_) * (card_w_ + gap_w_);
        sf::RectangleShape bar({8.f, kLineH + 20});
        bar.setPosition(x - 4.f, kLineY - 10);
        bar.setFillColor(team_colour(team.colour));
        target.draw(bar);
        draw_team_symbol(target, team, {x, kLineY - 28}, 28.f);
    }
    // The time axis under the cards.
    sf::RectangleShape axis({kWidth, 2.f});
    axis.setPosition(kLeft, kLineY + kLineH + 26);
    axis.setFillColor(t.palette.border);
    target.draw(axis);
}

void ClassPlayScene::draw_leaderboard(sf::RenderTarget& target) const {
    const auto& t = ctx_.theme;
    const float k = board_anim_.eased();
    for (const auto& row : board_) {
        const float r = row.from + (row.to - row.from) * k;
        const float y = kBoardY + r * (kBoardH + kBoardGap);
        const auto& team = game_.teams()[row.team];
        row.card.set_geometry({kBoardX, y, kBoardW, kBoardH}, t.spacing.radius, 2.f);
        row.card.set_fill(t.palette.surface);
        row.card.set_outline(team_colour(team.colour));
        target.draw(row.card);
        const sf::Vector2f at{kBoardX, y};
        row.rank.draw_at(target, ctx_, at);
        draw_team_symbol(target, team, {kBoardX + 110, y + kBoardH / 2.f}, 40.f);
        row.name.draw_at(target, ctx_, at);
        row.change.draw_at(target, ctx_, at);
        row.score.draw_at(target, ctx_, at);
    }
}

void ClassPlayScene::draw_podium(sf::RenderTarget& target) const {
    const auto podium = game_.podium();
    for (const auto& b : podium_blocks_)
        target.draw(b);
    for (std::size_t i = 0; i < podium_blocks_.size() && i < podium.size(); ++i) {
        const auto team = game_.team_of(podium[i].id);
        const auto r = podium_blocks_[i].rect();
        if (team)
            draw_team_symbol(target, game_.teams()[*team], {r.left + r.width / 2.f, r.top - 116},
                             48.f);
    }
    for (const auto& text : podium_texts_)
        text.draw(target, ctx_);
    end_buttons_.draw(target, ctx_);
}

void ClassPlayScene::draw_distribution(sf::RenderTarget& target) const {
    const auto& t = ctx_.theme;
    const std::size_t first = page_ * kDistPerPage;
    for (std::size_t i = first; i < dist_.size() && i < first + kDistPerPage; ++i) {
        const auto& b = dist_[i];
        scratch_.set_geometry({kLeft, b.y, kWidth, kDistH - 8}, t.spacing.radius, 1.f);
        scratch_.set_fill(t.palette.surface);
        scratch_.set_outline(t.palette.border);
        target.draw(scratch_);
        b.prompt.draw(target, ctx_);
        b.summary.draw(target, ctx_);
        for (std::size_t r = 0; r < b.rows.size(); ++r) {
            b.rows[r].draw(target, ctx_);
            if (b.shares[r] < 0.f) continue;
            const auto box = b.rows[r].box();
            const float bar_x = kLeft + 730, bar_w = 320;
            sf::RectangleShape track({bar_w, box.height - 8});
            track.setPosition(bar_x, box.top + 4);
            track.setFillColor(t.palette.surface_pressed);
            target.draw(track);
            sf::RectangleShape fill({bar_w * b.shares[r], box.height - 8});
            fill.setPosition(bar_x, box.top + 4);
            fill.setFillColor(b.right[r] ? t.palette.success : t.palette.text_muted);
            target.draw(fill);
            // The count in words, not only the bar length.
            sf::Text count(std::to_string(b.choosers[r]), ctx_.resources.font(FontFace::SansBold),
                           t.type.caption);
            count.setFillColor(t.palette.text);
            count.setPosition(bar_x + bar_w + 12, box.top + 2);
            target.draw(count);
        }
    }
    end_buttons_.draw(target, ctx_);
}

void ClassPlayScene::draw(sf::RenderTarget& target) const {
    backdrop_.draw(target, ctx_.theme);
    round_label_.draw(target, ctx_);
    status_.draw(target, ctx_);
    if (!distribution_ && game_.stage() != Stage::Podium) progress_.draw(target, ctx_);
    const auto stage = game_.stage();
    if (distribution_) {
        draw_distribution(target);
        page_text_.draw(target, ctx_);
        hints_end_.draw(target, ctx_);
        return;
    }
    draw_stage(target, stage);
    if (game_.paused()) {
        // Big enough to read from the back of the room.
        scratch_.set_geometry({440, 352, 400, 100}, ctx_.theme.spacing.radius + 4, 3.f);
        scratch_.set_fill(with_alpha(ctx_.theme.palette.surface_raised, 240));
        scratch_.set_outline(ctx_.theme.palette.focus);
        target.draw(scratch_);
        pause_banner_.draw(target, ctx_);
    }
}

void ClassPlayScene::draw_stage(sf::RenderTarget& target, classroom::Stage stage) const {
    switch (stage) {
        case Stage::Reading:
        case Stage::Answering:
        case Stage::Reveal:
            prompt_.draw(target, ctx_);
            if (stage != Stage::Reading) {
                for (const auto& c : choices_) {
                    target.draw(c.box);
                    c.label.draw(target, ctx_);
                    c.keys.draw(target, ctx_);
                    c.mark.draw(target, ctx_);
                }
            }
            if (stage == Stage::Reveal) {
                // Each team's symbol inside the answer it chose.
                const auto& result = game_.game().results().back();
                std::vector<int> placed(choices_.size(), 0);
                for (const auto& a : result.answers) {
                    if (!a.choice || *a.choice >= choices_.size()) continue;
                    std::size_t team = 0;
                    for (std::size_t i = 0; i < game_.teams().size(); ++i)
                        if (game_.player_of(i) == a.player) team = i;
                    const auto& r = choices_[*a.choice].rect;
                    const float x = r.left + 36 + static_cast<float>(placed[*a.choice]++) * 38.f;
                    draw_team_symbol(target, game_.teams()[team], {x, r.top + r.height - 21}, 30.f);
                }
            } else if (stage == Stage::Answering || stage == Stage::Reading) {
                if (timer_text_.utf8().size()) {
                    timer_bar_.draw(target, ctx_);
                    timer_text_.draw(target, ctx_);
                }
            }
            info_.draw(target, ctx_);
            draw_team_strip(target);
            hints_question_.draw(target, ctx_);
            break;
        case Stage::Leaderboard:
            title_.draw(target, ctx_);
            draw_leaderboard(target);
            hints_board_.draw(target, ctx_);
            break;
        case Stage::Turn:
        case Stage::TurnResult:
            title_.draw(target, ctx_);
            prompt_.draw(target, ctx_);
            draw_line(target);
            if (stage == Stage::Turn && timer_text_.utf8().size()) {
                timer_bar_.draw(target, ctx_);
                timer_text_.draw(target, ctx_);
            }
            info_.draw(target, ctx_);
            draw_team_strip(target);
            (stage == Stage::Turn ? hints_turn_ : hints_board_).draw(target, ctx_);
            break;
        case Stage::Podium:
            title_.draw(target, ctx_);
            draw_podium(target);
            hints_podium_.draw(target, ctx_);
            break;
    }
}

// ---------------------------------------------------------------- help overlay

ClassHelpScene::ClassHelpScene(SceneContext& ctx, bool h_opens_help)
    : Scene(ctx), panel_({200, 50, 880, 600}) {
    const auto& t = ctx.theme;
    const auto& s = ctx.strings;
    heading_ = TextBlock(text(s, ClassText::HelpHeading), {240, 70, 800, 50},
                         style(FontFace::SansBold, t.type.h2, t.type.body, t.palette.text,
                               Align::Left, VAlign::Middle, false));
    const std::string space = s.language() == Language::German ? "Leertaste" : "Space";
    const std::vector<std::pair<std::string, ClassText>> rows{
        {space, ClassText::HelpPause}, {"Enter", ClassText::HelpNext},
        {"F2", ClassText::HelpReveal}, {"F3", ClassText::HelpSkip},
        {"F4", ClassText::HelpEnd},    {h_opens_help ? "F1 / H" : "F1", ClassText::HelpHelp},
        {"Esc", ClassText::HelpMenu},
    };
    float y = 136;
    for (const auto& [key, action] : rows) {
        keys_.push_back(TextBlock(key, {250, y, 150, 40},
                                  style(FontFace::SansBold, t.type.body, t.type.caption,
                                        t.palette.text, Align::Center, VAlign::Middle, false)));
        actions_.push_back(TextBlock(text(s, action), {420, y, 620, 40},
                                     style(FontFace::Sans, t.type.body, t.type.caption,
                                           t.palette.text, Align::Left, VAlign::Middle, false)));
        RoundedRect cap;
        cap.set_geometry({250, y + 2, 150, 36}, 8.f, 1.5f);
        cap.set_fill(t.palette.surface_raised);
        cap.set_outline(t.palette.border);
        caps_.push_back(cap);
        y += 50;
    }
    teams_ = TextBlock(text(s, ClassText::HelpTeams), {250, y + 10, 790, 110},
                       style(FontFace::Sans, t.type.small, t.type.caption, t.palette.text_muted,
                             Align::Left, VAlign::Top, true));
    hints_.set({{"Esc / F1", text(s, ClassText::HelpClose)}});
}

void ClassHelpScene::handle_event(const sf::Event& e) {
    if (is_key(e, sf::Keyboard::Escape) || is_key(e, sf::Keyboard::F1) ||
        is_key(e, sf::Keyboard::H) || is_key(e, sf::Keyboard::Enter) ||
        e.type == sf::Event::MouseButtonPressed) {
        ctx_.audio.play(Sfx::Back);
        ctx_.stack.pop();
    }
}

void ClassHelpScene::draw(sf::RenderTarget& target) const {
    panel_.draw(target, ctx_.theme);
    heading_.draw(target, ctx_);
    for (const auto& c : caps_)
        target.draw(c);
    for (const auto& k : keys_)
        k.draw(target, ctx_);
    for (const auto& a : actions_)
        a.draw(target, ctx_);
    teams_.draw(target, ctx_);
    hints_.draw(target, ctx_);
}

}  // namespace chronik::ui
