#include "ui/scenes/network/join_message_view.hpp"

#include "ui/text/network_join_strings.hpp"

namespace chronik::ui {
namespace {

constexpr float kLeft = 120.f, kWidth = 1040.f;

}  // namespace

std::string refusal_text(const StringTable& strings, const JoinView& view) {
    switch (view.refusal) {
        case Refusal::WrongCode:
            return format(strings, JoinText::RefusedWrongCode, {view.code});
        case Refusal::EmptyName:
            return text(strings, JoinText::RefusedEmptyName);
        case Refusal::GameFull:
            return text(strings, JoinText::RefusedGameFull);
        case Refusal::GameOver:
            return text(strings, JoinText::RefusedGameOver);
        case Refusal::Replaced:
            return text(strings, JoinText::RefusedReplaced);
        case Refusal::RoomLocked:
            return text(strings, JoinText::RefusedRoomLocked);
        case Refusal::TooManyTries:
            return format(strings, JoinText::RefusedTooManyTries,
                          {std::to_string((view.retry_after_ms + 999) / 1000)});
    }
    return text(strings, JoinText::RefusedGameOver);
}

JoinMessageView::JoinMessageView(const UiContext& ui) : ui_(ui) {
    const auto& t = ui.theme;
    title_ = TextBlock("", {kLeft, 150, kWidth, 64},
                       {FontFace::SansBold, t.type.h1, t.type.h2, t.palette.text, Align::Left,
                        VAlign::Middle, 1.f, false});
    body_ = TextBlock("", {kLeft, 230, kWidth, 150},
                      {FontFace::Sans, t.type.body, t.type.small, t.palette.text_muted, Align::Left,
                       VAlign::Top, 1.25f, true});
    place_ = TextBlock("", {kLeft, 390, kWidth, 40},
                       {FontFace::SansBold, t.type.body, t.type.small, t.palette.text, Align::Left,
                        VAlign::Middle, 1.f, false});
}

void JoinMessageView::set_texts(const std::string& title, const std::string& body,
                                const std::string& place) {
    title_.set_text(title);
    body_.set_text(body);
    place_.set_text(place);
    actions_.clear();
}

void JoinMessageView::show_waiting(const JoinView& view) {
    const auto& s = ui_.strings;
    std::string body = text(s, JoinText::WaitingBody);
    if (view.rejoined) {
        body.push_back('\n');
        body.append(text(s, JoinText::WaitingRejoined));
    } else if (view.name != view.typed_name) {
        // The host numbers a name that is taken ("Anna 2"): say so, or the student looks for
        // the wrong name in the standings.
        body.push_back('\n');
        body.append(format(s, JoinText::WaitingRenamed, {view.name}));
    }
    if (view.paused) {
        body.push_back('\n');
        body.append(text(s, JoinText::Paused));
    }
    set_texts(format(s, JoinText::WaitingHeading, {view.name}), body,
              format(s, JoinText::RoomLine, {view.code, view.address}));
    actions_.add(Button(text(s, JoinText::ButtonLeave), {kLeft, 470, 300, 60},
                        ButtonKind::Secondary, "Esc"));
    actions_.show_focus(false);
}

void JoinMessageView::show_lost(const JoinView& view, const std::string& message) {
    const auto& s = ui_.strings;
    std::string body = message;
    if (!view.problem.empty() && view.state == JoinState::Lost) {
        body.push_back('\n');
        body.append(s.format(TextId::ProblemDetail, {view.problem}));
    }
    set_texts(text(s, JoinText::LostHeading), body,
              format(s, JoinText::RoomLine, {view.code, view.address}));
    // Only a dropped connection or a seat taken by another window can be tried again; a game
    // that is over or full stays so.
    const bool retry = view.state == JoinState::Lost ||
                       (view.state == JoinState::Refused && view.refusal == Refusal::Replaced);
    if (retry)
        actions_.add(Button(text(s, JoinText::ButtonReconnect), {kLeft, 470, 320, 60},
                            ButtonKind::Primary, "Enter"));
    actions_.add(Button(text(s, JoinText::ButtonLeave), {retry ? kLeft + 340 : kLeft, 470, 300, 60},
                        retry ? ButtonKind::Secondary : ButtonKind::Primary, "Esc"));
    actions_.set_focus(0);
    actions_.show_focus(true);
}

void JoinMessageView::show_removed() {
    const auto& s = ui_.strings;
    set_texts(text(s, JoinText::RemovedHeading), text(s, JoinText::RemovedBody), "");
    actions_.add(
        Button(text(s, JoinText::ButtonHome), {kLeft, 470, 320, 60}, ButtonKind::Primary, "Enter"));
    actions_.show_focus(true);
}

void JoinMessageView::show_connecting(const std::string& address) {
    title_.set_text(text(ui_.strings, JoinText::ButtonReconnect));
    body_.set_text(format(ui_.strings, JoinText::Connecting, {address}));
    actions_.clear();
}

void JoinMessageView::draw(sf::RenderTarget& target) const {
    title_.draw(target, ui_);
    body_.draw(target, ui_);
    place_.draw(target, ui_);
    actions_.draw(target, ui_);
}

}  // namespace chronik::ui
