#include "ui/scenes/classroom/class_setup_scene.hpp"

#include <algorithm>
#include <array>

#include "classroom/player_name.hpp"
#include "ui/scenes/classroom/class_play_scene.hpp"
#include "ui/scenes/classroom/team_look.hpp"
#include "ui/scenes/dialogs.hpp"
#include "ui/scenes/leave_screen.hpp"
#include "ui/text/classroom_strings.hpp"

namespace chronik::ui {
namespace {

constexpr std::array<int, 7> kTimerChoices{10, 15, 20, 30, 45, 60, 0};  // 0: no timer
// Seconds the question stands before answers open: long questions and young classes need more.
constexpr std::array<int, 6> kReadingChoices{0, 3, 5, 8, 12, 20};
constexpr std::array<std::size_t, 10> kQuestionChoices{4, 5, 6, 8, 10, 12, 15, 20, 25, 30};
constexpr float kTeamX = 60.f, kSymbolW = 54.f, kTeamW = 520.f, kTeamH = 52.f, kTeamGap = 10.f;
constexpr float kSetX = 700.f, kSetW = 520.f, kSetH = 42.f, kSetGap = 6.f;
constexpr float kTop = 136.f;

std::size_t cycle(std::size_t value, std::size_t count, int direction) {
    return (value + count + static_cast<std::size_t>(direction + static_cast<int>(count))) % count;
}

std::string keys_text(const classroom::Team& team) {
    std::string out;
    for (const auto& k : team.keys) {
        if (!out.empty()) out += "  ";
        out += k;
    }
    return out;
}

}  // namespace

ClassSetupScene::ClassSetupScene(SceneContext& ctx) : RowListScene(ctx) {
    const auto& t = ctx.theme;
    const auto& s = ctx.strings;
    topics_ = classroom::class_topics(ctx.services.session().bank().items());
    heading_ = TextBlock(text(s, ClassText::SetupHeading), {kTeamX, 28, 1160, 56},
                         {FontFace::SansBold, t.type.h1, t.type.h2, t.palette.text, Align::Left,
                          VAlign::Middle, 1.f, false});
    const TextStyle title{
        FontFace::SansBold, t.type.small, t.type.caption, t.palette.text_muted, Align::Left,
        VAlign::Middle,     1.f,          false};
    teams_title_ =
        TextBlock(text(s, ClassText::SetupTeams), {kTeamX, 96, kTeamW + kSymbolW, 30}, title);
    settings_title_ = TextBlock(text(s, ClassText::SetupSettings), {kSetX, 96, kSetW, 30}, title);
    summary_ = TextBlock("", {kSetX, 526, kSetW, 50},
                         {FontFace::Sans, t.type.caption, 12, t.palette.text_muted, Align::Left,
                          VAlign::Middle, 1.15f, true});
    message_ = TextBlock("", {kTeamX, 524, kTeamW + kSymbolW, 130},
                         {FontFace::Sans, t.type.small, 12, t.palette.danger, Align::Left,
                          VAlign::Middle, 1.15f, true});
    message_card_.set_geometry({kTeamX - 12, 518, kTeamW + kSymbolW + 24, 142}, t.spacing.radius,
                               1.f);
    message_card_.set_fill(t.palette.surface);
    message_card_.set_outline(t.palette.danger);
    hints_.set({{"↑ ↓", ctx.text(TextId::HintNavigate)},
                {"← →", text(s, ClassText::SetupHintChange)},
                {"Enter", text(s, ClassText::SetupHintEdit)},
                {"F5", text(s, ClassText::SetupHintStart)},
                {"Esc", ctx.text(TextId::HintBack)}});
    rebuild();
}

std::string ClassSetupScene::setting_label(Row row) const {
    const auto& s = ctx_.strings;
    const auto on_off = [&](bool on) {
        return text(s, on ? ClassText::SetupOn : ClassText::SetupOff);
    };
    switch (row) {
        case Row::Speed:
            return format(s, ClassText::SetupSpeedBonus, {on_off(choice_.speed_bonus)});
        case Row::Streak:
            return format(s, ClassText::SetupStreakBonus, {on_off(choice_.streak_bonus)});
        case Row::Timer: {
            const int secs = kTimerChoices[choice_.timer_index];
            return format(s, ClassText::SetupTimer,
                          {secs == 0 ? text(s, ClassText::SetupTimerNone)
                                     : format(s, ClassText::SetupSeconds, {std::to_string(secs)})});
        }
        case Row::Questions:
            return format(s, ClassText::SetupQuestions,
                          {std::to_string(kQuestionChoices[choice_.questions_index])});
        case Row::Podium:
            return format(s, ClassText::SetupPodium, {std::to_string(choice_.podium_size)});
        case Row::Mix:
            return format(
                s, ClassText::SetupMix,
                {text(s, static_cast<ClassText>(static_cast<int>(ClassText::MixMultipleChoice) +
                                                static_cast<int>(choice_.mix)))});
        case Row::Reading: {
            const int secs = kReadingChoices[choice_.reading_index];
            return format(s, ClassText::SetupReading,
                          {secs == 0 ? text(s, ClassText::SetupReadingNone)
                                     : format(s, ClassText::SetupSeconds, {std::to_string(secs)})});
        }
        case Row::Topic:
            return format(s, ClassText::SetupTopic,
                          {choice_.topic_index == 0
                               ? text(s, ClassText::SetupTopicAll)
                               : topics_[choice_.topic_index - 1].tag + " (" +
                                     std::to_string(topics_[choice_.topic_index - 1].items) + ")"});
        default:
            return {};
    }
}

void ClassSetupScene::rebuild() {
    const auto focus = rows_.size() ? rows_.focus() : 0;
    rows_.clear();
    refs_.clear();
    const auto& s = ctx_.strings;
    float y = kTop;
    for (std::size_t i = 0; i < choice_.teams.size(); ++i) {
        const auto& team = choice_.teams[i];
        rows_
            .add(Button(format(s, ClassText::SetupTeamRow, {team.name, keys_text(team)}),
                        {kTeamX + kSymbolW, y, kTeamW, kTeamH}))
            .set_label_align(Align::Left);
        refs_.push_back({Row::Team, i});
        y += kTeamH + kTeamGap;
    }
    if (choice_.teams.size() < classroom::kMaxTeams) {
        rows_.add(Button(text(s, ClassText::SetupAddTeam), {kTeamX + kSymbolW, y, kTeamW, 44}))
            .set_label_align(Align::Left);
        refs_.push_back({Row::AddTeam});
    }
    y = kTop;
    for (Row r : {Row::Speed, Row::Streak, Row::Timer, Row::Questions, Row::Podium, Row::Mix,
                  Row::Topic, Row::Reading}) {
        // One label size for the column (18 px): at the buttons' usual 22 px "Fragearten:
        // Multiple Choice + Zeitleiste" shrank alone beside its neighbours.
        auto& b = rows_.add(
            Button(setting_label(r), {kSetX, y, kSetW, kSetH}, ButtonKind::Secondary, "◀ ▶"));
        b.set_label_align(Align::Left);
        b.set_label_size(ctx_.theme.type.small);
        refs_.push_back({r});
        y += kSetH + kSetGap;
    }
    rows_.add(
        Button(text(s, ClassText::SetupStart), {kSetX, 586, kSetW, 62}, ButtonKind::Primary, "F5"));
    refs_.push_back({Row::Start});
    rows_.set_focus(std::min(focus, rows_.size() - 1));
    const auto slots = kQuestionChoices[choice_.questions_index];
    const auto timeline_rounds = classroom::timeline_round_count(slots, choice_.mix);
    // Every team places equally often in a round (class_game_plan.hpp).
    const auto teams = std::max<std::size_t>(1, choice_.teams.size());
    const auto turns = (classroom::timeline_round_events(teams) - 1) / teams;
    const auto places = turns == 1 ? text(s, ClassText::SetupTurnsOne)
                                   : format(s, ClassText::SetupTurnsMany, {std::to_string(turns)});
    summary_.set_text(
        timeline_rounds == 1
            ? format(s, ClassText::SetupSummaryOneTimeline, {std::to_string(slots), places})
            : format(s, ClassText::SetupSummary,
                     {std::to_string(slots), std::to_string(timeline_rounds), places}));
}

void ClassSetupScene::activate(std::size_t index, int direction) {
    const auto ref = refs_.at(index);
    message_.set_text("");
    switch (ref.row) {
        case Row::Team:
            if (direction != 0) return;
            ctx_.audio.play(Sfx::Open);
            ctx_.stack.push(std::make_unique<ClassTeamScene>(ctx_, choice_.teams, ref.team));
            return;
        case Row::AddTeam:
            if (direction != 0) return;
            choice_.teams.push_back(classroom::add_team(choice_.teams));
            break;
        case Row::Speed:
            choice_.speed_bonus = !choice_.speed_bonus;
            break;
        case Row::Streak:
            choice_.streak_bonus = !choice_.streak_bonus;
            break;
        case Row::Timer:
            choice_.timer_index =
                cycle(choice_.timer_index, kTimerChoices.size(), direction ? direction : 1);
            break;
        case Row::Questions:
            choice_.questions_index =
                cycle(choice_.questions_index, kQuestionChoices.size(), direction ? direction : 1);
            break;
        case Row::Podium: {
            const int span = round::kMaxPodiumSize - round::kMinPodiumSize + 1;
            const int d = direction ? direction : 1;
            choice_.podium_size = round::kMinPodiumSize +
                                  (choice_.podium_size - round::kMinPodiumSize + d + span) % span;
            break;
        }
        case Row::Mix:
            choice_.mix = static_cast<classroom::ClassMix>(
                cycle(static_cast<std::size_t>(choice_.mix), classroom::kClassMixCount,
                      direction ? direction : 1));
            break;
        case Row::Topic:
            choice_.topic_index =
                cycle(choice_.topic_index, topics_.size() + 1, direction ? direction : 1);
            break;
        case Row::Reading:
            choice_.reading_index =
                cycle(choice_.reading_index, kReadingChoices.size(), direction ? direction : 1);
            break;
        case Row::Start:
            if (direction == 0) start_game();
            return;
    }
    ctx_.audio.play(Sfx::Move);
    rebuild();
}

void ClassSetupScene::start_game() {
    const auto& s = ctx_.strings;
    try {
        classroom::validate_teams(choice_.teams);
        auto& session = ctx_.services.session();
        classroom::ClassPlanOptions o;
        o.slots = kQuestionChoices[choice_.questions_index];
        o.mix = choice_.mix;
        if (choice_.topic_index > 0) o.topic = topics_[choice_.topic_index - 1].tag;
        o.team_count = choice_.teams.size();
        o.language = s.language() == Language::German ? bank::DateLanguage::German
                                                      : bank::DateLanguage::English;
        Rng rng(session.next_round_seed());
        auto plan = classroom::plan_class_game(session.bank().items(), o, rng);
        classroom::ClassroomSettings settings;
        settings.scoring.speed_bonus =
            choice_.speed_bonus ? round::SpeedBonus::On : round::SpeedBonus::Off;
        settings.scoring.streak_bonus =
            choice_.streak_bonus ? round::StreakBonus::On : round::StreakBonus::Off;
        const int secs = kTimerChoices[choice_.timer_index];
        if (secs > 0)
            settings.scoring.time_limit_ms = std::int64_t{secs} * 1000;
        else
            settings.scoring.time_limit_ms.reset();
        settings.podium_size = choice_.podium_size;
        settings.reading_ms = std::int64_t{kReadingChoices[choice_.reading_index]} * 1000;
        ctx_.audio.play(Sfx::Select);
        ctx_.stack.push(std::make_unique<ClassPlayScene>(
            ctx_, classroom::OneScreenGame(choice_.teams, std::move(plan), settings)));
    } catch (const std::exception& e) {
        ctx_.audio.play(Sfx::Wrong);
        message_.set_text(format(s, ClassText::SetupCannotStart, {e.what()}));
    }
}

void ClassSetupScene::handle_event(const sf::Event& e) {
    if (is_key(e, sf::Keyboard::Escape)) {
        leave_screen(ctx_);
        return;
    }
    if (is_key(e, sf::Keyboard::F5)) {
        start_game();
        return;
    }
    if (is_key(e, sf::Keyboard::Left) || is_key(e, sf::Keyboard::Right)) {
        const auto row = refs_.at(rows_.focus()).row;
        if (row != Row::Team && row != Row::AddTeam && row != Row::Start)
            activate(rows_.focus(), e.key.code == sf::Keyboard::Left ? -1 : 1);
        return;
    }
    if (const auto hit = rows_.handle(e, ctx_)) activate(*hit, 0);
}

void ClassSetupScene::draw(sf::RenderTarget& target) const {
    backdrop_.draw(target, ctx_.theme);
    heading_.draw(target, ctx_);
    teams_title_.draw(target, ctx_);
    settings_title_.draw(target, ctx_);
    for (std::size_t i = 0; i < choice_.teams.size(); ++i) {
        const float y = kTop + static_cast<float>(i) * (kTeamH + kTeamGap);
        draw_team_symbol(target, choice_.teams[i],
                         {kTeamX + kSymbolW / 2.f - 4.f, y + kTeamH / 2.f}, 40.f);
    }
    rows_.draw(target, ctx_);
    summary_.draw(target, ctx_);
    if (!message_.utf8().empty()) {
        target.draw(message_card_);
        message_.draw(target, ctx_);
    }
    hints_.draw(target, ctx_);
}

// ---------------------------------------------------------------- team editor

namespace {
constexpr float kPanelX = 330.f, kPanelW = 620.f, kRowX = 370.f, kRowW = 540.f, kRowH = 40.f,
                kRowGap = 7.f;
}

ClassTeamScene::ClassTeamScene(SceneContext& ctx, std::vector<classroom::Team>& teams,
                               std::size_t team)
    : RowListScene(ctx), teams_(teams), team_(team), panel_({kPanelX, 40, kPanelW, 612}) {
    const auto& t = ctx.theme;
    heading_ = TextBlock("", {kRowX + 56, 58, kRowW - 56, 48},
                         {FontFace::SansBold, t.type.h2, t.type.body, t.palette.text, Align::Left,
                          VAlign::Middle, 1.f, false});
    message_ = TextBlock("", {kRowX, 584, kRowW, 56},
                         {FontFace::Sans, t.type.small, 12, t.palette.text, Align::Left,
                          VAlign::Middle, 1.15f, true});
    hints_.set({{"↑ ↓", ctx.text(TextId::HintNavigate)},
                {"Enter", ctx.text(TextId::HintSelect)},
                {"← →", text(ctx.strings, ClassText::SetupHintChange)},
                {"Esc", text(ctx.strings, ClassText::TeamDone)}});
    rebuild();
}

void ClassTeamScene::rebuild() {
    const auto& s = ctx_.strings;
    const auto& team = teams_.at(team_);
    heading_.set_text(text(s, ClassText::TeamHeading) + ": " + team.name);
    const auto focus = rows_.size() ? rows_.focus() : 0;
    rows_.clear();
    float y = 118.f;
    auto add = [&](const std::string& label, ButtonKind kind = ButtonKind::Secondary) {
        rows_.add(Button(label, {kRowX, y, kRowW, kRowH}, kind)).set_label_align(Align::Left);
        y += kRowH + kRowGap;
    };
    add(format(s, ClassText::TeamName, {team.name}));
    add(format(s, ClassText::TeamColour, {colour_label(s, team.colour)}));
    add(format(s, ClassText::TeamSymbol, {symbol_label(s, team.symbol)}));
    for (std::size_t k = 0; k < classroom::kKeysPerTeam; ++k)
        add(format(s, ClassText::TeamKey, {std::to_string(k + 1), team.keys[k]}));
    add(text(s, ClassText::TeamRemove), ButtonKind::Danger);
    add(text(s, ClassText::TeamDone), ButtonKind::Primary);
    rows_.set_focus(std::min(focus, rows_.size() - 1));
}

void ClassTeamScene::activate(std::size_t row, int direction) {
    const auto& s = ctx_.strings;
    auto& team = teams_.at(team_);
    message_.set_color(ctx_.theme.palette.text);
    message_.set_text("");
    switch (row) {
        case 0: {
            if (direction != 0) return;
            auto& teams = teams_;
            const auto index = team_;
            ctx_.stack.push(std::make_unique<NameDialogScene>(
                ctx_, text(s, ClassText::TeamNamePrompt), team.name,
                [&teams, index, &s](const std::string& raw) -> std::optional<std::string> {
                    const auto clean = classroom::sanitize_name(raw);
                    if (clean.empty()) return text(s, ClassText::TeamNameEmpty);
                    for (std::size_t i = 0; i < teams.size(); ++i) {
                        if (i != index && classroom::same_player_name(teams[i].name, clean))
                            return text(s, ClassText::TeamNameTaken);
                    }
                    teams[index].name = clean;
                    return std::nullopt;
                }));
            return;
        }
        case 1:
            team.colour = classroom::next_free_colour(teams_, team_);
            break;
        case 2:
            team.symbol = classroom::next_free_symbol(teams_, team_);
            break;
        case 3:
        case 4:
        case 5:
        case 6:
            if (direction != 0) return;
            capturing_ = row - 3;
            message_.set_text(format(s, ClassText::TeamPressKey, {std::to_string(row - 2)}));
            return;
        case 7:
            if (direction != 0) return;
            if (teams_.size() <= classroom::kMinTeams) {
                message_.set_color(ctx_.theme.palette.danger);
                message_.set_text(text(s, ClassText::TeamMinimum));
                ctx_.audio.play(Sfx::Wrong);
                return;
            }
            teams_.erase(teams_.begin() + static_cast<std::ptrdiff_t>(team_));
            leave_screen(ctx_);
            return;
        default:
            if (direction != 0) return;
            leave_screen(ctx_);
            return;
    }
    ctx_.audio.play(Sfx::Move);
    rebuild();
}

void ClassTeamScene::capture(sf::Keyboard::Key key) {
    const auto& s = ctx_.strings;
    const std::size_t choice = *capturing_;
    capturing_.reset();
    const auto name = team_key_name(key);
    message_.set_color(ctx_.theme.palette.danger);
    if (!name) {
        message_.set_text(text(s, ClassText::TeamKeyNotAllowed));
        ctx_.audio.play(Sfx::Wrong);
        return;
    }
    if (const auto holder = classroom::key_taken(teams_, team_, choice, *name)) {
        message_.set_text(
            format(s, ClassText::TeamKeyTaken,
                   {*name, teams_[holder->team].name, std::to_string(holder->choice + 1)}));
        ctx_.audio.play(Sfx::Wrong);
        return;
    }
    teams_[team_].keys[choice] = *name;
    message_.set_text("");
    ctx_.audio.play(Sfx::Select);
    rebuild();
}

void ClassTeamScene::handle_event(const sf::Event& e) {
    if (capturing_) {
        if (is_key(e, sf::Keyboard::Escape)) {
            capturing_.reset();
            message_.set_text("");
            return;
        }
        if (e.type == sf::Event::KeyPressed) capture(e.key.code);
        return;
    }
    if (is_key(e, sf::Keyboard::Escape)) {
        leave_screen(ctx_);
        return;
    }
    if ((is_key(e, sf::Keyboard::Left) || is_key(e, sf::Keyboard::Right)) &&
        (rows_.focus() == 1 || rows_.focus() == 2)) {
        activate(rows_.focus(), 1);
        return;
    }
    if (const auto hit = rows_.handle(e, ctx_)) activate(*hit, 0);
}

void ClassTeamScene::draw(sf::RenderTarget& target) const {
    panel_.draw(target, ctx_.theme);
    draw_team_symbol(target, teams_.at(team_), {kRowX + 24, 82}, 44.f);
    heading_.draw(target, ctx_);
    rows_.draw(target, ctx_);
    message_.draw(target, ctx_);
    hints_.draw(target, ctx_);
}

std::unique_ptr<Scene> make_class_game_setup(SceneContext& ctx) {
    return std::make_unique<ClassSetupScene>(ctx);
}

}  // namespace chronik::ui
