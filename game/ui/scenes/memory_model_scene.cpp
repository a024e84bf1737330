#include "ui/scenes/memory_model_scene.hpp"

#include <cmath>

#include "ui/input/nav.hpp"
#include "ui/scenes/leave_screen.hpp"
#include "ui/scenes/paste_weights_scene.hpp"
#include "ui/text/memory_model_strings.hpp"

namespace chronik::ui {
namespace {

using T = MemoryModelText;

constexpr float kLeft = 80.f, kWidth = 1120.f;
constexpr float kTableX = 80.f, kTableY = 380.f, kTableW = 560.f;
constexpr float kHeaderH = 36.f, kCellH = 42.f;
constexpr std::array<float, 4> kColumns{kTableX, kTableX + 200.f, kTableX + 380.f,
                                        kTableX + kTableW};
constexpr float kButtonsY = 540.f, kButtonH = 56.f;

}  // namespace

MemoryModelScene::MemoryModelScene(SceneContext& ctx)
    : Scene(ctx), tuning_(ctx.services.session().memory_model()) {
    build();
    // A fit never outlives its overlay (which closes only when the fit has ended), so the screen
    // always opens on a finished state.
    refresh();
}

void MemoryModelScene::build() {
    const auto& t = ctx_.theme;
    const auto& s = ctx_.strings;
    heading_ = TextBlock(text(s, T::Heading), {kLeft, 24, 900, 52},
                         {FontFace::SansBold, t.type.h1, t.type.h2, t.palette.text, Align::Left,
                          VAlign::Middle, 1.f, false});
    intro_ = TextBlock(text(s, T::Intro), {kLeft, 88, kWidth, 60},
                       {FontFace::Sans, t.type.small, t.type.caption, t.palette.text_muted,
                        Align::Left, VAlign::Top, 1.25f, true});
    status_bg_.set_geometry({kLeft, 160, kWidth, 84}, t.spacing.radius - 4, 1.f);
    status_bg_.set_fill(t.palette.surface);
    status_bg_.set_outline(t.palette.border);
    reviews_ = TextBlock("", {kLeft + 24, 168, kWidth - 48, 34},
                         {FontFace::Sans, t.type.small, t.type.caption, t.palette.text, Align::Left,
                          VAlign::Middle, 1.f, false});
    in_use_ = TextBlock("", {kLeft + 24, 202, kWidth - 48, 34},
                        {FontFace::SansBold, t.type.small, t.type.caption, t.palette.accent,
                         Align::Left, VAlign::Middle, 1.f, false});
    message_ = TextBlock("", {kLeft, 262, kWidth, 64},
                         {FontFace::SansBold, t.type.body, t.type.small, t.palette.text,
                          Align::Left, VAlign::Top, 1.2f, true});
    detail_ = TextBlock("", {kLeft, 334, kWidth, 48},
                        {FontFace::Sans, t.type.small, t.type.caption, t.palette.text_muted,
                         Align::Left, VAlign::Top, 1.2f, true});
    table_bg_.set_geometry({kTableX, kTableY, kTableW, kHeaderH + 2 * kCellH + 8},
                           t.spacing.radius - 4, 1.f);
    table_bg_.set_fill(t.palette.surface);
    table_bg_.set_outline(t.palette.border);
    for (std::size_t i = 0; i < table_.size(); ++i) {
        const std::size_t row = i / 3, col = i % 3;
        const float y = kTableY + 4 + (row == 0 ? 0.f : kHeaderH + (row - 1) * kCellH);
        const float h = row == 0 ? kHeaderH : kCellH;
        const float x0 = kColumns[col] + 16, x1 = kColumns[col + 1] - 16;
        table_[i] = TextBlock("", {x0, y, x1 - x0, h},
                              {row == 0 || col == 0 ? FontFace::SansBold : FontFace::Sans,
                               row == 0 ? t.type.caption : t.type.small, t.type.caption - 2,
                               row == 0 ? t.palette.text_muted : t.palette.text,
                               col == 0 ? Align::Left : Align::Right, VAlign::Middle, 1.f, false});
    }
    note_ = TextBlock("", {kTableX + kTableW + 40, kTableY, kWidth - kTableW - 40, 128},
                      {FontFace::Sans, t.type.caption, t.type.caption - 3, t.palette.text_muted,
                       Align::Left, VAlign::Top, 1.25f, true});
    feedback_text_ = TextBlock("", {kLeft, 612, kWidth, 40},
                               {FontFace::SansBold, t.type.small, t.type.caption, t.palette.accent,
                                Align::Left, VAlign::Middle, 1.2f, true});
    back_.clear();
    back_.add(Button(text(s, T::Back), {1040, 28, 160, 44}, ButtonKind::Secondary, "Esc"));
    back_.show_focus(false);
}

void MemoryModelScene::refresh() {
    const auto& s = ctx_.strings;
    actions_.clear();
    show_table_ = false;
    detail_.set_text("");
    note_.set_text("");
    status_ = tuning_.status();
    reviews_.set_text(
        format(s, T::Reviews, {std::to_string(status_.reviews), std::to_string(status_.items)}));
    in_use_.set_text(text(s, status_.personal_in_use ? T::InUsePersonal : T::InUseDefaults));

    const FitState state = tuning_.fit_state();
    const auto& fit = tuning_.result();
    if (!status_.problem.empty()) {
        message_.set_text(format(s, T::ReadProblem, {status_.problem}));
    } else if (!status_.can_fit()) {
        message_.set_text(format(s, T::NotYet,
                                 {std::to_string(status_.missing()), std::to_string(status_.items),
                                  std::to_string(status_.items_needed)}));
        detail_.set_text(text(s, T::NotYetWhy));
    } else if (state == FitState::Failed) {
        message_.set_text(format(s, T::Failed, {tuning_.error()}));
    } else if (state == FitState::Done && fit) {
        const std::string better = number(s, fit->improvement_percent, 1);
        const std::string later = number(s, fit->split_improvement_percent, 1);
        switch (fit->verdict) {
            case FitVerdict::Better:
                message_.set_text(format(s, T::Better, {better}));
                detail_.set_text(format(s, T::BetterCheck, {later}));
                break;
            case FitVerdict::NotBetter:
                message_.set_text(format(s, T::NotBetter, {better}));
                break;
            case FitVerdict::OverFitted:
                message_.set_text(format(s, T::OverFitted, {better, later}));
                break;
        }
        show_table_ = true;
        table_[0].set_text(text(s, T::ColumnWeights));
        table_[1].set_text(text(s, T::ColumnLogLoss));
        table_[2].set_text(text(s, T::ColumnRmse));
        table_[3].set_text(text(s, T::RowDefaults));
        table_[4].set_text(number(s, fit->defaults.log_loss, 4));
        table_[5].set_text(number(s, fit->defaults.rmse_bins, 4));
        table_[6].set_text(text(s, T::RowFitted));
        table_[7].set_text(number(s, fit->fitted.log_loss, 4));
        table_[8].set_text(number(s, fit->fitted.rmse_bins, 4));
        note_.set_text(format(s, T::FiguresNote, {std::to_string(fit->items), better, better}));
    } else {
        message_.set_text(text(s, T::Ready));
    }

    if (status_.can_fit()) actions_.push_back(Action::Fit);
    if (state == FitState::Done && fit && fit->verdict == FitVerdict::Better && !applied_)
        actions_.push_back(Action::Apply);
    if (status_.personal_in_use) actions_.push_back(Action::Reset);
    // Weights from elsewhere (Anki's FSRS options) need no reviews here.
    actions_.push_back(Action::Paste);

    buttons_.clear();
    float x = kLeft;
    for (const Action a : actions_) {
        const bool primary = a == Action::Apply || (a == Action::Fit && state != FitState::Done);
        std::string label;
        // Four buttons fit the row: 210 + 210 + 320 + 308 and three gaps of 24.
        float w = 210.f;
        switch (a) {
            case Action::Fit:
                label = text(s, state == FitState::Done ? T::FitAgain : T::Fit);
                break;
            case Action::Apply:
                label = text(s, T::Apply);
                break;
            case Action::Reset:
                label = text(s, T::Reset);
                w = 320.f;
                break;
            case Action::Paste:
                label = text(s, T::Paste);
                w = 308.f;
                break;
        }
        buttons_.add(Button(label, {x, kButtonsY, w, kButtonH},
                            primary ? ButtonKind::Primary : ButtonKind::Secondary));
        x += w + 24.f;
    }
    // The next step in front: "Übernehmen" right after a fit worth applying.
    for (std::size_t i = 0; i < actions_.size(); ++i)
        if (actions_[i] == Action::Apply) buttons_.set_focus(i);
    feedback_text_.set_text(feedback_);
    hints_.set({{"← →", text(s, T::HintChoose)},
                {"Enter", text(s, T::HintRun)},
                {"Esc", text(s, T::Back)}});
}

void MemoryModelScene::run(Action action) {
    ctx_.audio.play(Sfx::Select);
    switch (action) {
        case Action::Fit:
            feedback_.clear();
            applied_ = false;
            tuning_.start_fit();
            ctx_.stack.push(std::make_unique<MemoryFitScene>(ctx_, tuning_));
            break;
        case Action::Apply: {
            const auto& fit = tuning_.result();
            if (!fit) return;
            if (const auto problem = tuning_.apply(*fit)) {
                feedback_ = format(ctx_.strings, T::NotSaved, {*problem});
            } else {
                applied_ = true;
                feedback_ = text(ctx_.strings, T::Applied);
            }
            break;
        }
        case Action::Reset:
            if (const auto problem = tuning_.reset_to_defaults()) {
                feedback_ = format(ctx_.strings, T::NotSaved, {*problem});
            } else {
                applied_ = false;
                feedback_ = text(ctx_.strings, T::ResetDone);
            }
            break;
        case Action::Paste:
            feedback_.clear();
            ctx_.stack.push(std::make_unique<PasteWeightsScene>(
                ctx_, tuning_, [this](const std::string& message) { feedback_ = message; }));
            return;  // on_reveal() refreshes once the overlay closes
    }
    refresh();
}

void MemoryModelScene::handle_event(const sf::Event& e) {
    if (leave_on_back(e, back_, ctx_, BackKeys::Escape)) return;
    if (const auto hit = buttons_.handle(e, ctx_); hit && *hit < actions_.size())
        run(actions_[*hit]);
}

void MemoryModelScene::update(float dt) {
    buttons_.update(dt, ctx_.theme);
    back_.update(dt, ctx_.theme);
}

void MemoryModelScene::draw(sf::RenderTarget& target) const {
    backdrop_.draw(target, ctx_.theme);
    heading_.draw(target, ctx_);
    intro_.draw(target, ctx_);
    target.draw(status_bg_);
    reviews_.draw(target, ctx_);
    in_use_.draw(target, ctx_);
    message_.draw(target, ctx_);
    detail_.draw(target, ctx_);
    if (show_table_) {
        target.draw(table_bg_);
        for (const auto& cell : table_)
            cell.draw(target, ctx_);
        note_.draw(target, ctx_);
    }
    buttons_.draw(target, ctx_);
    feedback_text_.draw(target, ctx_);
    back_.draw(target, ctx_);
    hints_.draw(target, ctx_);
}

MemoryFitScene::MemoryFitScene(SceneContext& ctx, MemoryModelTuning& tuning)
    : Scene(ctx), tuning_(tuning), panel_({390, 250, 500, 190}) {
    const auto& t = ctx.theme;
    heading_ = TextBlock(text(ctx.strings, T::Running), {430, 280, 420, 56},
                         {FontFace::SansBold, t.type.h2, t.type.body, t.palette.text, Align::Center,
                          VAlign::Middle, 1.f, false});
    hints_.set({{"Esc", ctx.text(TextId::DialogCancel)}});
}

void MemoryFitScene::handle_event(const sf::Event& e) {
    if (done_ || !is_key(e, sf::Keyboard::Escape)) return;
    ctx_.audio.play(Sfx::Back);
    tuning_.cancel_fit();
}

void MemoryFitScene::update(float dt) {
    time_ += dt;
    if (!done_ && tuning_.fit_state() != FitState::Running) {
        done_ = true;
        ctx_.stack.pop();
    }
}

void MemoryFitScene::draw(sf::RenderTarget& target) const {
    const auto& t = ctx_.theme;
    panel_.draw(target, t);
    heading_.draw(target, ctx_);
    // An indeterminate bar: a segment sliding to and fro (standing still under reduced motion).
    constexpr float kTrackX = 450.f, kTrackW = 380.f, kBarW = 120.f, kY = 372.f;
    track_.setPosition(kTrackX, kY);
    track_.setSize({kTrackW, 8.f});
    track_.setFillColor(t.palette.border);
    target.draw(track_);
    const float phase = t.motion == Motion::Full ? 0.5f - 0.5f * std::cos(time_ * 3.f) : 0.5f;
    bar_.setPosition(kTrackX + phase * (kTrackW - kBarW), kY);
    bar_.setSize({kBarW, 8.f});
    bar_.setFillColor(t.palette.accent);
    target.draw(bar_);
    hints_.draw(target, ctx_);
}

std::unique_ptr<Scene> make_memory_model(SceneContext& ctx) {
    return std::make_unique<MemoryModelScene>(ctx);
}

}  // namespace chronik::ui
