#include "ui/scenes/dialogs.hpp"

#include "ui/scenes/leave_screen.hpp"

namespace chronik::ui {
namespace {

TextStyle heading_style(const Theme& t) {
    return {FontFace::SansBold, t.type.h2,   t.type.body, t.palette.text,
            Align::Left,        VAlign::Top, 1.1f,        true};
}
TextStyle body_style(const Theme& t) {
    return {FontFace::Sans, t.type.body, t.type.caption, t.palette.text_muted,
            Align::Left,    VAlign::Top, 1.25f,          true};
}

}  // namespace

// ---- NameDialogScene ----

NameDialogScene::NameDialogScene(SceneContext& ctx, std::string prompt, const std::string& initial,
                                 Submit submit)
    : FieldDialog(ctx, {290, 170, 700, 330},
                  TextInput({330, 270, 620, 64}, ctx.text(TextId::ProfilesNamePlaceholder), 60)),
      submit_(std::move(submit)) {
    const auto& t = ctx.theme;
    prompt_ = TextBlock(std::move(prompt), {330, 200, 620, 60}, heading_style(t));
    auto es = body_style(t);
    es.color = t.palette.danger;
    error_ = TextBlock("", {330, 344, 620, 60}, es);  // two lines: a reason may be long
    input_.set_value(initial);
    buttons_.add(Button(ctx.text(TextId::DialogOk), {610, 410, 150, 56}, ButtonKind::Primary));
    buttons_.add(
        Button(ctx.text(TextId::DialogCancel), {780, 410, 170, 56}, ButtonKind::Secondary));
    buttons_.show_focus(false);  // the text field holds the keyboard; Enter and Esc answer
    hints_.set({{"Enter", ctx.text(TextId::DialogOk)}, {"Esc", ctx.text(TextId::DialogCancel)}});
}

void NameDialogScene::submit() {
    const auto name = input_.value_utf8();
    if (name.find_first_not_of(' ') == std::string::npos) {
        error_.set_text(ctx_.text(TextId::ErrorEmptyName));
        ctx_.audio.play(Sfx::Wrong);
        return;
    }
    if (auto error = submit_(name)) {
        error_.set_text(*error);
        ctx_.audio.play(Sfx::Wrong);
        return;
    }
    ctx_.stack.pop();
}

void NameDialogScene::draw(sf::RenderTarget& target) const {
    draw_dialog(target, {&prompt_, &error_});
    input_.draw(target, ctx_);
}

// ---- ConfirmDialogScene ----

ConfirmDialogScene::ConfirmDialogScene(SceneContext& ctx, std::string question, std::string detail,
                                       const std::string& confirm_label,
                                       std::function<void()> on_confirm)
    : OverlayDialog(ctx, {290, 180, 700, 320}), on_confirm_(std::move(on_confirm)) {
    const auto& t = ctx.theme;
    question_ = TextBlock(std::move(question), {330, 210, 620, 76}, heading_style(t));
    detail_ = TextBlock(std::move(detail), {330, 292, 620, 100}, body_style(t));
    buttons_.add(Button(confirm_label, {600, 412, 170, 56}, ButtonKind::Danger));
    buttons_.add(
        Button(ctx.text(TextId::DialogCancel), {790, 412, 160, 56}, ButtonKind::Secondary));
    buttons_.set_focus(1);
    hints_.set({{"← →", ctx.text(TextId::HintNavigate)},
                {"Enter", ctx.text(TextId::HintSelect)},
                {"Esc", ctx.text(TextId::DialogCancel)}});
}

void ConfirmDialogScene::handle_event(const sf::Event& e) {
    if (is_key(e, sf::Keyboard::Escape)) {
        leave_screen(ctx_);
        return;
    }
    if (const auto hit = buttons_.handle(e, ctx_)) {
        ctx_.stack.pop();
        if (*hit == 0) on_confirm_();
    }
}

void ConfirmDialogScene::draw(sf::RenderTarget& target) const {
    draw_dialog(target, {&question_, &detail_});
}

// ---- NoticeScene ----

NoticeScene::NoticeScene(SceneContext& ctx, const std::vector<std::string>& lines)
    : OverlayDialog(ctx, {190, 110, 900, 480}) {
    const auto& t = ctx.theme;
    heading_ = TextBlock(ctx.text(TextId::NoticeHeading), {230, 140, 820, 44}, heading_style(t));
    std::string body;
    for (const auto& l : lines) {
        if (!body.empty()) body += "\n";
        body += "• " + l;
    }
    auto bs = body_style(t);
    bs.size = t.type.small;
    bs.min_size = t.type.caption;
    bs.color = t.palette.text;
    body_ = TextBlock(body, {230, 196, 820, 296}, bs);
    buttons_.add(Button(ctx.text(TextId::NoticeDismiss), {870, 508, 180, 56}, ButtonKind::Primary));
    hints_.set({{"Enter", ctx.text(TextId::NoticeDismiss)}, {"↑ ↓", ctx.text(TextId::HintScroll)}});
}

void NoticeScene::handle_event(const sf::Event& e) {
    if (is_key(e, sf::Keyboard::Escape)) {
        ctx_.stack.pop();
        return;
    }
    if (is_key(e, sf::Keyboard::Up) || is_key(e, sf::Keyboard::Down)) {
        body_.ensure_layout(ctx_);
        body_.scroll_lines(e.key.code == sf::Keyboard::Up ? -1 : 1);
        return;
    }
    if (e.type == sf::Event::MouseWheelScrolled) {
        body_.ensure_layout(ctx_);
        body_.scroll_lines(e.mouseWheelScroll.delta > 0 ? -2 : 2);
        return;
    }
    if (buttons_.handle(e, ctx_)) ctx_.stack.pop();
}

void NoticeScene::draw(sf::RenderTarget& target) const {
    draw_dialog(target, {&heading_, &body_});
}

}  // namespace chronik::ui
