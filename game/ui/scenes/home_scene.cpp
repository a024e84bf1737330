#include "ui/scenes/home_scene.hpp"

#include <array>
#include <cmath>

#include "ui/scenes/classroom/class_setup_scene.hpp"
#include "ui/scenes/decks_scene.hpp"
#include "ui/scenes/dialogs.hpp"
#include "ui/scenes/exam_plan_scene.hpp"
#include "ui/scenes/exam_scene.hpp"
#include "ui/scenes/network_menu_scene.hpp"
#include "ui/scenes/profiles_scene.hpp"
#include "ui/scenes/quiz_scene.hpp"
#include "ui/scenes/settings_scene.hpp"
#include "ui/scenes/source_reader_scene.hpp"
#include "ui/scenes/statistics_scene.hpp"
#include "ui/scenes/study_scene.hpp"
#include "ui/scenes/timeline_scene.hpp"
#include "ui/text/exam_plan_strings.hpp"

namespace chronik::ui {
namespace {

constexpr float kLeft = 120.f, kWidth = 1040.f;
constexpr float kStatsY = 138.f, kStatH = 118.f, kStatGap = 20.f;
constexpr float kMenuY = 300.f, kRowH = 60.f, kRowGap = 14.f;
constexpr float kQuitW = 200.f;  // "Beenden" sits at the top right, beside the greeting

struct Feature {
    TextId label;
    TextId key;  // shortcut letter
    std::unique_ptr<Scene> (*make)(SceneContext&);
};
// The order of the menu (the order).
constexpr std::array<Feature, 11> kFeatures{{
    {TextId::HomeStudy, TextId::HomeKeyStudy, make_study},
    {TextId::HomeQuiz, TextId::HomeKeyQuiz, make_quiz},
    {TextId::HomeTimeline, TextId::HomeKeyTimeline, make_timeline},
    {TextId::HomeExam, TextId::HomeKeyExam, make_exam},
    {TextId::HomeClassGame, TextId::HomeKeyClassGame, make_class_game_setup},
    {TextId::HomeNetworkGame, TextId::HomeKeyNetworkGame, make_network_menu},
    {TextId::HomeStatistics, TextId::HomeKeyStatistics, make_statistics},
    {TextId::HomeSettings, TextId::HomeKeySettings, make_settings},
    {TextId::HomeReadSource, TextId::HomeKeyReadSource, make_source_reader},
    {TextId::HomeDecks, TextId::HomeKeyDecks, make_decks},
    // Last, so that the entries before it keep their places (and digits) in the menu.
    {TextId::HomeExamPlan, TextId::HomeKeyExamPlan, make_exam_plan},
}};

// The key of a shortcut letter from the string table ("Q" -> Q).
std::optional<sf::Keyboard::Key> letter_key(const std::string& letter) {
    if (letter.size() != 1 || letter[0] < 'A' || letter[0] > 'Z') return std::nullopt;
    return static_cast<sf::Keyboard::Key>(sf::Keyboard::A + (letter[0] - 'A'));
}

}  // namespace

HomeScene::HomeScene(SceneContext& ctx) : Scene(ctx) {
    const auto& t = ctx.theme;
    greeting_ =
        TextBlock(ctx.strings.format(TextId::HomeGreeting, {ctx.services.session().profile().name}),
                  {kLeft, 56, kWidth - kQuitW - 24, 60},
                  {FontFace::SansBold, t.type.h1, t.type.h2, t.palette.text, Align::Left,
                   VAlign::Middle, 1.f, false});

    for (std::size_t f = 0; f < kFeatures.size(); ++f)
        entries_.push_back({Action::Feature, f});
    entries_.push_back({Action::SwitchProfile, 0});
    entries_.push_back({Action::Quit, 0});

    // Three columns keep every entry on screen.
    constexpr int kColumns = 3;
    const float col_w = (kWidth - 20.f * (kColumns - 1)) / kColumns;
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        const auto& e = entries_[i];
        std::string label;
        ButtonKind kind = ButtonKind::Secondary;
        if (e.action == Action::Feature) {
            // Every entry looks alike: the focus ring alone says which one Enter opens (a teal
            // Lernen tile beside a ring elsewhere read as two selections).
            label = ctx.text(kFeatures[e.feature].label);
        } else if (e.action == Action::SwitchProfile) {
            label = ctx.text(TextId::HomeSwitchProfile);
        } else {
            label = ctx.text(TextId::HomeQuit);
        }
        // Eleven features and "Profil wechseln" fill four rows of three without a gap, each at
        // the place its index has in the grid (so the arrow keys move as the eye expects);
        // "Beenden" (also Esc) sits apart at the top right.
        const float x = kLeft + static_cast<float>(i % kColumns) * (col_w + 20.f);
        const float y = kMenuY + static_cast<float>(i / kColumns) * (kRowH + kRowGap);
        TextId key = TextId::HomeKeyQuit;
        if (e.action == Action::Feature) {
            key = kFeatures[e.feature].key;
        } else if (e.action == Action::SwitchProfile) {
            key = TextId::HomeKeySwitchProfile;
        }
        const std::string& hint = ctx.text(key);
        shortcuts_.push_back(letter_key(hint));
        if (e.action == Action::Quit)
            quit_.add(Button(label, {kLeft + kWidth - kQuitW, 62, kQuitW, 52}, kind, hint));
        else
            menu_.add(Button(label, {x, y, col_w, kRowH}, kind, hint));
    }
    quit_.show_focus(false);  // the arrows move in the grid; Esc or B quits
    hints_.set({{"← ↑ → ↓", ctx.text(TextId::HintNavigate)},
                {"Enter", ctx.text(TextId::HintSelect)},
                {ctx.text(TextId::HomeKeyQuiz) + " " + ctx.text(TextId::HomeKeyTimeline) + " …",
                 ctx.text(TextId::HintShortcut)},
                {"F11", ctx.text(TextId::HintFullscreen)},
                {"Esc", ctx.text(TextId::HintQuit)}});
    // Below the figures: why there are no new cards today although unseen ones are left.
    // One line: it shrinks rather than wrap into the menu below.
    new_note_ = TextBlock("", {kLeft, kStatsY + kStatH + 6, kWidth, 30},
                          {FontFace::Sans, t.type.caption, 12, t.palette.text_muted, Align::Left,
                           VAlign::Middle, 1.1f, true});
    refresh_figures();
}

void HomeScene::set_stats(const std::vector<std::pair<std::string, std::string>>& figures) {
    const auto& t = ctx_.theme;
    const auto n = static_cast<float>(figures.size());
    const float stat_w = (kWidth - (n - 1) * kStatGap) / n;
    if (stats_.size() != figures.size()) {
        stats_.clear();
        for (std::size_t i = 0; i < figures.size(); ++i) {
            const float x = kLeft + static_cast<float>(i) * (stat_w + kStatGap);
            StatCard s;
            s.card.set_geometry({x, kStatsY, stat_w, kStatH}, t.spacing.radius, 1.f);
            s.card.set_fill(t.palette.surface);
            s.card.set_outline(t.palette.border);
            s.value = TextBlock("", {x + 24, kStatsY + 14, stat_w - 48, 56},
                                {FontFace::SansBold, t.type.h1 + 4, t.type.h2,
                                 i == 0 ? t.palette.accent : t.palette.text, Align::Left,
                                 VAlign::Middle, 1.f, false});
            s.label = TextBlock("", {x + 24, kStatsY + 72, stat_w - 48, 30},
                                {FontFace::Sans, t.type.small, t.type.caption, t.palette.text_muted,
                                 Align::Left, VAlign::Middle, 1.f, false});
            stats_.push_back(std::move(s));
        }
    }
    for (std::size_t i = 0; i < figures.size(); ++i) {
        stats_[i].value.set_text(figures[i].first);
        stats_[i].label.set_text(figures[i].second);
    }
}

void HomeScene::refresh_figures() {
    auto& session = ctx_.services.session();
    const auto o = session.overview();
    // The plan is computed off the UI thread: the last one shows until the new one arrives.
    const auto view = session.exam_plan();
    plan_version_ = view.version;
    planning_ = view.computing;
    // No plan (an exam too far ahead): the plan screen says why; home shows the usual.
    const study::ExamPreparation* exam = view.problem.empty() ? view.preparation : nullptr;
    const std::string streak =
        o.streak_days == 1
            ? ctx_.text(TextId::HomeStreakOneDay)
            : ctx_.strings.format(TextId::HomeStreakDays, {std::to_string(o.streak_days)});
    new_note_.set_text("");
    const auto& s = ctx_.strings;
    if (view.has_exam && !exam && view.computing) {
        // The first plan of this exam is on its way (a few frames).
        set_stats({{"…", text(s, ExamPlanText::Computing)},
                   {"…", text(s, ExamPlanText::HomeDaysLeft)},
                   {"…", text(s, ExamPlanText::HomeExpected)},
                   {streak, ctx_.text(TextId::HomeStreak)}});
        return;
    }
    // An exam over, or covering no cards (its topics left the decks): the usual figures.
    if (!exam || !exam->active() || exam->items.empty()) {
        const std::string unseen = std::to_string(o.unseen);
        switch (o.held) {
            case study::NewCardsHeld::No:
                break;
            case study::NewCardsHeld::LimitReached:
                new_note_.set_text(ctx_.strings.format(
                    TextId::HomeNewHeldLimit,
                    {std::to_string(o.new_studied_today),
                     std::to_string(ctx_.services.session().settings().daily_new_limit)}));
                break;
            case study::NewCardsHeld::LimitZero:
                new_note_.set_text(ctx_.strings.format(TextId::HomeNewHeldZero, {unseen}));
                break;
            case study::NewCardsHeld::ReviewLimit:
                new_note_.set_text(ctx_.strings.format(TextId::HomeNewHeldReviews, {unseen}));
                break;
        }
        set_stats({{std::to_string(o.due_today), ctx_.text(TextId::HomeDue)},
                   {std::to_string(o.new_available), ctx_.text(TextId::HomeNew)},
                   {streak, ctx_.text(TextId::HomeStreak)}});
        return;
    }
    // While an exam plan is active: today's planned cards, the days left and the predicted
    // recall on exam day take the places of "due" and "new".
    const auto& today = exam->plan.days.front();
    std::string planned = text(s, ExamPlanText::HomeDone);
    if (!exam->today.empty())
        planned = today.new_cards > 0
                      ? format(s, ExamPlanText::HomePlannedNew, {std::to_string(today.new_cards)})
                      : text(s, ExamPlanText::HomePlanned);
    const ExamPlanText days_label = exam->days_left <= 0   ? ExamPlanText::HomeExamToday
                                    : exam->days_left == 1 ? ExamPlanText::HomeDayLeft
                                                           : ExamPlanText::HomeDaysLeft;
    // Done for today: a tick rather than a 0 that reads like nothing happened.
    set_stats(
        {{exam->today.empty() ? std::string("✓") : std::to_string(exam->today.size()), planned},
         {std::to_string(std::max<std::int64_t>(0, exam->days_left)), text(s, days_label)},
         {std::to_string(static_cast<int>(std::lround(exam->plan.exam_recall * 100))) + " %",
          text(s, ExamPlanText::HomeExpected)},
         {streak, ctx_.text(TextId::HomeStreak)}});
}

void HomeScene::activate(std::size_t index) {
    const auto& e = entries_.at(index);
    switch (e.action) {
        case Action::Feature:
            ctx_.audio.play(Sfx::Open);
            ctx_.stack.push(kFeatures[e.feature].make(ctx_));
            return;
        case Action::SwitchProfile:
            ctx_.services.close_session();
            ctx_.stack.replace_all(std::make_unique<ProfilesScene>(ctx_));
            return;
        case Action::Quit:
            ctx_.app.request_quit();
            return;
    }
}

void HomeScene::handle_event(const sf::Event& e) {
    if (is_key(e, sf::Keyboard::Escape)) {
        ctx_.app.request_quit();
        return;
    }
    // Shortcut letters (shown on the buttons) and, for quick play, the digits 1–9 in menu order.
    if (e.type == sf::Event::KeyPressed) {
        std::optional<std::size_t> chosen;
        for (std::size_t i = 0; i < shortcuts_.size(); ++i)
            if (shortcuts_[i] == e.key.code) chosen = i;
        if (!chosen && e.key.code >= sf::Keyboard::Num1 && e.key.code <= sf::Keyboard::Num9)
            chosen = static_cast<std::size_t>(e.key.code - sf::Keyboard::Num1);
        if (chosen) {
            if (*chosen < entries_.size()) {
                if (*chosen < menu_.size()) menu_.set_focus(*chosen);
                ctx_.audio.play(Sfx::Select);
                activate(*chosen);
            }
            return;
        }
    }
    // Only the mouse reaches "Beenden" here: the grid's keys must not activate it.
    const bool mouse = e.type == sf::Event::MouseMoved || e.type == sf::Event::MouseButtonPressed ||
                       e.type == sf::Event::MouseButtonReleased;
    if (mouse && quit_.handle(e, ctx_)) {
        activate(entries_.size() - 1);
        return;
    }
    if (const auto hit = menu_.handle(e, ctx_)) activate(*hit);
}

void HomeScene::update(float dt) {
    // A new plan arrived: its figures replace the last plan's.
    if (planning_ && ctx_.services.session().exam_plan().version != plan_version_) {
        refresh_figures();
        redraw_ = true;
    }
    if (!ctx_.services.pending_notices.empty()) {
        ctx_.stack.push(
            std::make_unique<NoticeScene>(ctx_, std::move(ctx_.services.pending_notices)));
        ctx_.services.pending_notices.clear();
    }
    menu_.update(dt, ctx_.theme);
    quit_.update(dt, ctx_.theme);
}

void HomeScene::draw(sf::RenderTarget& target) const {
    backdrop_.draw(target, ctx_.theme);
    batch_.add(greeting_);
    for (const auto& s : stats_) {
        batch_.add(s.card);
        batch_.add(s.value);
        batch_.add(s.label);
    }
    batch_.add(new_note_);
    menu_.draw(batch_, ctx_);
    quit_.draw(batch_, ctx_);
    hints_.draw(batch_, ctx_);
    batch_.draw(target, ctx_);
}

}  // namespace chronik::ui
