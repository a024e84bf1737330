#include "ui/scenes/exam_plan_scene.hpp"

#include <cmath>

#include "ui/input/nav.hpp"
#include "ui/scenes/exam_scope_scene.hpp"
#include "ui/scenes/leave_screen.hpp"
#include "ui/scenes/study_scene.hpp"
#include "ui/text/exam_plan_strings.hpp"

namespace chronik::ui {
namespace {

using T = ExamPlanText;

constexpr float kLeft = 60.f, kWidth = 1160.f;
constexpr float kCardsY = 76.f, kCardH = 112.f, kCardGap = 20.f;
constexpr float kCardW = (kWidth - 2 * kCardGap) / 3;
constexpr float kCardButtonsY = kCardsY + 66.f, kCardButtonH = 36.f;
constexpr float kSummaryY = 194.f;
constexpr float kChartY = 226.f, kChartH = 290.f;
constexpr float kVerdictY = 522.f;
constexpr float kActionsY = 614.f, kActionH = 48.f;

std::string percent(double v) {
    return std::to_string(static_cast<int>(std::lround(v * 100)));
}

}  // namespace

ExamPlanScene::ExamPlanScene(SceneContext& ctx) : Scene(ctx) {
    const auto& t = ctx.theme;
    heading_ = TextBlock(text(ctx.strings, T::Heading), {kLeft, 16, 800, 50},
                         {FontFace::SansBold, t.type.h1, t.type.h2, t.palette.text, Align::Left,
                          VAlign::Middle, 1.f, false});
    intro_ = TextBlock("", {kLeft, 96, 900, 140},
                       {FontFace::Sans, t.type.body, t.type.small, t.palette.text, Align::Left,
                        VAlign::Top, 1.3f, true});
    summary_ = TextBlock("", {kLeft, kSummaryY, kWidth, 28},
                         {FontFace::Sans, t.type.small, t.type.caption, t.palette.text, Align::Left,
                          VAlign::Middle, 1.f, false});
    verdict_ = TextBlock("", {kLeft, kVerdictY, kWidth, 56},
                         {FontFace::SansBold, t.type.body, t.type.small, t.palette.text,
                          Align::Left, VAlign::Top, 1.2f, true});
    unseen_ = TextBlock("", {kLeft, kVerdictY + 58, kWidth, 26},
                        {FontFace::Sans, t.type.small, t.type.caption, t.palette.danger,
                         Align::Left, VAlign::Middle, 1.f, false});
    feedback_text_ = TextBlock("", {kLeft, kVerdictY + 58, kWidth, 26},
                               {FontFace::SansBold, t.type.small, t.type.caption, t.palette.danger,
                                Align::Left, VAlign::Middle, 1.f, false});
    back_.add(Button(text(ctx.strings, T::Back), {kLeft + kWidth - 160, 20, 160, 44},
                     ButtonKind::Secondary, "Esc"));
    back_.show_focus(false);
    refresh();
}

void ExamPlanScene::add_button(Action action, const std::string& label, sf::FloatRect box,
                               ButtonKind kind) {
    actions_.push_back(action);
    buttons_.add(Button(label, box, kind));
}

void ExamPlanScene::refresh() {
    const auto& t = ctx_.theme;
    const auto& s = ctx_.strings;
    std::optional<Action> focused;
    if (buttons_.focus() < actions_.size()) focused = actions_[buttons_.focus()];
    prep_.reset();
    problem_.clear();
    buttons_.clear();
    actions_.clear();
    cards_.clear();
    chart_.clear();
    intro_.set_text("");
    intro_.set_box({kLeft, 96, 900, 140});
    summary_.set_text("");
    verdict_.set_text("");
    unseen_.set_text("");
    feedback_text_.set_text(feedback_);
    auto& session = ctx_.services.session();
    // Computed off the UI thread: the last plan shows until the new one arrives.
    const auto view = session.exam_plan();
    plan_version_ = view.version;
    planning_ = view.computing;
    problem_ = view.problem;
    if (view.preparation) prep_ = *view.preparation;
    std::optional<study::BudgetAdvice> advice;
    if (view.advice) advice = *view.advice;
    const auto& exam = session.settings().exam;
    if (!exam) {
        intro_.set_text(text(s, T::Intro));
        add_button(Action::SetUp, text(s, T::SetUp), {kLeft, 260, 420, 56}, ButtonKind::Primary);
        hints_.set({{"Enter", text(s, T::SetUp)}, {"Esc", text(s, T::Back)}});
        return;
    }

    // The three settings: date, minutes a day, material.
    const auto card = [&](float x, const std::string& label, const std::string& value) {
        SettingCard c;
        c.card.set_geometry({x, kCardsY, kCardW, kCardH}, t.spacing.radius, 1.f);
        c.card.set_fill(t.palette.surface);
        c.card.set_outline(t.palette.border);
        c.label = TextBlock(label, {x + 16, kCardsY + 6, kCardW - 32, 24},
                            {FontFace::Sans, t.type.caption, 12, t.palette.text_muted, Align::Left,
                             VAlign::Middle, 1.f, false});
        c.value = TextBlock(value, {x + 16, kCardsY + 30, kCardW - 32, 32},
                            {FontFace::SansBold, t.type.body, t.type.small, t.palette.text,
                             Align::Left, VAlign::Middle, 1.f, false});
        cards_.push_back(std::move(c));
    };
    const float x0 = kLeft, x1 = kLeft + kCardW + kCardGap, x2 = kLeft + 2 * (kCardW + kCardGap);
    card(x0, text(s, T::DateLabel),
         format(s, T::DateValue, {exam_date(s, exam->date), clock_time(exam->minute_of_day)}));
    card(x1, text(s, T::MinutesLabel),
         format(s, T::MinutesValue, {std::to_string(exam->minutes_per_day)}));
    const std::string cards_count = prep_ ? std::to_string(prep_->items.size()) : "–";
    card(x2, text(s, T::ScopeLabel),
         exam->topics.empty() ? format(s, T::ScopeAll, {cards_count})
         : exam->topics.size() == 1
             ? format(s, T::ScopeOne, {cards_count})
             : format(s, T::ScopeSome, {std::to_string(exam->topics.size()), cards_count}));
    const float bw = (kCardW - 32 - 3 * 8) / 4;
    const std::array<std::pair<Action, const char*>, 4> date_buttons{{{Action::WeekEarlier, "−7"},
                                                                      {Action::DayEarlier, "−1"},
                                                                      {Action::DayLater, "+1"},
                                                                      {Action::WeekLater, "+7"}}};
    for (std::size_t i = 0; i < date_buttons.size(); ++i)
        add_button(date_buttons[i].first, date_buttons[i].second,
                   {x0 + 16 + static_cast<float>(i) * (bw + 8), kCardButtonsY, bw, kCardButtonH});
    add_button(Action::FewerMinutes, "−", {x1 + 16, kCardButtonsY, bw, kCardButtonH});
    add_button(Action::MoreMinutes, "+", {x1 + 16 + bw + 8, kCardButtonsY, bw, kCardButtonH});
    add_button(Action::ChooseScope, text(s, T::ChooseScope),
               {x2 + 16, kCardButtonsY, kCardW - 32, kCardButtonH});

    if (!problem_.empty()) {
        summary_.set_text(format(s, T::Problem, {problem_}));
    } else if (!prep_ && planning_) {
        summary_.set_text(text(s, T::Computing));
    } else if (prep_ && !prep_->active()) {
        intro_.set_box({kLeft, kSummaryY + 10, kWidth, 90});
        intro_.set_text(text(s, T::Over));
    } else if (prep_) {
        const auto& p = *prep_;
        std::string line;
        if (p.days_left <= 0)
            line = text(s, T::ExamToday);
        else if (p.days_left == 1)
            line = text(s, T::DaysLeftOne);
        else
            line = format(s, T::DaysLeft, {std::to_string(p.days_left)});
        if (p.items.empty()) {
            line += "  " + text(s, T::NoCards);
        } else if (p.today.empty()) {
            line += "  " + text(s, T::TodayDone);
        } else {
            const auto& today = p.plan.days.front();
            const int minutes = static_cast<int>(
                std::ceil(static_cast<double>(p.today.size()) * p.seconds_per_answer / 60.0));
            line += "  " + format(s, T::TodayWork,
                                  {std::to_string(p.today.size()), std::to_string(today.reviews),
                                   std::to_string(today.new_cards), std::to_string(minutes)});
        }
        summary_.set_text(line);
        // Without cards there is nothing to draw: an empty chart with a flat 0 % line would read
        // like a plan that fails, not like material that is missing.
        if (!p.items.empty()) {
            chart_.build(p, {kLeft, kChartY, kWidth, kChartH}, ctx_);
            if (advice && advice->more_minutes)
                verdict_.set_text(
                    format(s, T::VerdictMore,
                           {std::to_string(advice->minutes), percent(advice->recall),
                            std::to_string(*advice->more_minutes), percent(advice->more_recall)}));
            else if (advice)
                verdict_.set_text(format(
                    s, T::Verdict, {std::to_string(advice->minutes), percent(advice->recall)}));
            if (p.plan.new_cards_introduced < p.plan.new_cards && feedback_.empty())
                unseen_.set_text(
                    format(s, T::Unseen,
                           {std::to_string(p.plan.new_cards - p.plan.new_cards_introduced),
                            std::to_string(p.items.size())}));
        }
        if (!p.today.empty())
            add_button(Action::StudyToday,
                       text(s, T::StudyToday) + " (" + std::to_string(p.today.size()) + ")",
                       {kLeft, kActionsY, 360, kActionH}, ButtonKind::Primary);
    }
    add_button(Action::Remove, text(s, T::Remove), {kLeft + kWidth - 320, kActionsY, 320, kActionH},
               ButtonKind::Danger);
    // Keep the keyboard where it was (a date step pressed again and again), else start on the
    // first thing worth doing.
    std::size_t focus = 0;
    for (std::size_t i = 0; i < actions_.size(); ++i)
        if (actions_[i] == Action::StudyToday) focus = i;
    for (std::size_t i = 0; i < actions_.size(); ++i)
        if (focused && actions_[i] == *focused) focus = i;
    buttons_.set_focus(focus);
    // The arrows choose a button, Enter presses it (it may change the plan, or start studying).
    hints_.set({{"← → ↑ ↓", ctx_.text(TextId::HintNavigate)},
                {"Enter", ctx_.text(TextId::HintSelect)},
                {"Esc", text(s, T::Back)}});
}

void ExamPlanScene::save(const std::optional<ExamGoal>& exam) {
    auto& session = ctx_.services.session();
    ProfileSettings settings = session.settings();
    settings.exam = exam;
    const auto problems = session.save_settings(settings);
    feedback_ = problems.empty() ? std::string() : format(ctx_.strings, T::NotSaved, {problems[0]});
    refresh();
}

void ExamPlanScene::run(Action action) {
    auto& session = ctx_.services.session();
    ctx_.audio.play(Sfx::Select);
    std::optional<ExamGoal> exam = session.settings().exam;
    // Today (the local calendar): the date can move between it and a year later. Not from the
    // plan on show, which may still be the one made for the date before the last step.
    const std::int64_t today = days_from_civil(session.new_exam_goal().date) - 14;
    const auto shift = [&](int days) {
        if (exam) exam->date = shift_exam_date(exam->date, days, today);
        save(exam);
    };
    switch (action) {
        case Action::SetUp:
            save(session.new_exam_goal());
            return;
        case Action::WeekEarlier:
            return shift(-7);
        case Action::DayEarlier:
            return shift(-1);
        case Action::DayLater:
            return shift(1);
        case Action::WeekLater:
            return shift(7);
        case Action::FewerMinutes:
        case Action::MoreMinutes:
            if (exam)
                exam->minutes_per_day = step_minutes_per_day(
                    exam->minutes_per_day, action == Action::MoreMinutes ? 1 : -1);
            save(exam);
            return;
        case Action::ChooseScope:
            ctx_.stack.push(make_exam_scope(ctx_));
            return;
        case Action::StudyToday:
            ctx_.stack.push(make_study(ctx_));
            return;
        case Action::Remove:
            save(std::nullopt);
            return;
    }
}

void ExamPlanScene::handle_event(const sf::Event& e) {
    if (leave_on_back(e, back_, ctx_, BackKeys::EscapeOrBackspace)) return;
    if (const auto hit = buttons_.handle(e, ctx_); hit && *hit < actions_.size())
        run(actions_[*hit]);
}

void ExamPlanScene::update(float dt) {
    // A new plan arrived: the screen shows it in place of the last one.
    if (planning_ && ctx_.services.session().exam_plan().version != plan_version_) {
        refresh();
        redraw_ = true;
    }
    buttons_.update(dt, ctx_.theme);
    back_.update(dt, ctx_.theme);
}

void ExamPlanScene::draw(sf::RenderTarget& target) const {
    backdrop_.draw(target, ctx_.theme);
    batch_.add(heading_);
    batch_.add(intro_);
    for (const auto& c : cards_) {
        batch_.add(c.card);
        batch_.add(c.label);
        batch_.add(c.value);
    }
    batch_.add(summary_);
    chart_.draw(batch_);
    batch_.add(verdict_);
    batch_.add(feedback_.empty() ? unseen_ : feedback_text_);
    buttons_.draw(batch_, ctx_);
    back_.draw(batch_, ctx_);
    hints_.draw(batch_, ctx_);
    batch_.draw(target, ctx_);
}

std::unique_ptr<Scene> make_exam_plan(SceneContext& ctx) {
    return std::make_unique<ExamPlanScene>(ctx);
}

}  // namespace chronik::ui
