#include "ui/scenes/network/join_form_scene.hpp"

#include <variant>

#include "classroom/join_address.hpp"
#include "classroom/player_name.hpp"
#include "hosting/room_code.hpp"
#include "ui/input/nav.hpp"
#include "ui/scenes/network/join_play_scene.hpp"
#include "ui/text/network_join_strings.hpp"

namespace chronik::ui {
namespace {

constexpr float kLeft = 120.f, kLabelH = 26.f, kInputH = 60.f;
constexpr float kAddressY = 196.f, kCodeY = 312.f, kNameY = 428.f;
constexpr std::size_t kMaxAddressChars = 80, kMaxCodeChars = 32;

sf::FloatRect input_box(std::size_t field) {
    switch (field) {
        case 0:
            return {kLeft, kAddressY, 640.f, kInputH};
        case 1:
            return {kLeft, kCodeY, 300.f, kInputH};
        default:
            return {kLeft, kNameY, 640.f, kInputH};
    }
}

std::string address_problem_text(const StringTable& s, const classroom::AddressError& e) {
    switch (e.problem) {
        case classroom::AddressProblem::Empty:
            return text(s, JoinText::ErrorAddressEmpty);
        case classroom::AddressProblem::BadPort:
            return format(s, JoinText::ErrorBadPort, {e.part});
        case classroom::AddressProblem::BadIPv4:
            return format(s, JoinText::ErrorBadIPv4, {e.part});
        case classroom::AddressProblem::BadHostName:
            break;
    }
    return format(s, JoinText::ErrorBadHostName, {e.part});
}

}  // namespace

JoinFormScene::JoinFormScene(SceneContext& ctx, JoinConnector& connector)
    : Scene(ctx),
      connector_(connector),
      inputs_{
          TextInput(input_box(Address), text(ctx.strings, JoinText::PlaceholderAddress),
                    kMaxAddressChars),
          TextInput(input_box(Code), text(ctx.strings, JoinText::PlaceholderCode), kMaxCodeChars),
          TextInput(input_box(Name), text(ctx.strings, JoinText::PlaceholderName),
                    classroom::kMaxNameChars)} {
    const auto& t = ctx.theme;
    heading_ = TextBlock(text(ctx.strings, JoinText::Heading), {kLeft, 48, 1040, 56},
                         {FontFace::SansBold, t.type.h1, t.type.h2, t.palette.text, Align::Left,
                          VAlign::Middle, 1.f, false});
    intro_ = TextBlock(text(ctx.strings, JoinText::Intro), {kLeft, 106, 1040, 50},
                       {FontFace::Sans, t.type.small, t.type.caption, t.palette.text_muted,
                        Align::Left, VAlign::Top, 1.2f, true});
    const TextStyle label_style{
        FontFace::SansBold, t.type.small, t.type.caption, t.palette.text, Align::Left,
        VAlign::Middle,     1.f,          false};
    const JoinText label_ids[kFieldCount] = {JoinText::LabelAddress, JoinText::LabelCode,
                                             JoinText::LabelName};
    for (std::size_t i = 0; i < kFieldCount; ++i) {
        const auto box = input_box(i);
        labels_[i] = TextBlock(text(ctx.strings, label_ids[i]),
                               {box.left, box.top - kLabelH - 6, 640, kLabelH}, label_style);
    }
    status_ = TextBlock("", {kLeft, 504, 1040, 64},
                        {FontFace::SansBold, t.type.small, t.type.caption, t.palette.danger,
                         Align::Left, VAlign::Top, 1.2f, true});
    buttons_.add(Button(text(ctx.strings, JoinText::ButtonJoin), {kLeft, 584, 260, 60},
                        ButtonKind::Primary, "Enter"));
    buttons_.add(Button(text(ctx.strings, JoinText::ButtonBack), {kLeft + 280, 584, 220, 60},
                        ButtonKind::Secondary, "Esc"));
    hints_.set({{"Tab", text(ctx.strings, JoinText::HintField)},
                {"Enter", text(ctx.strings, JoinText::HintJoin)},
                {"Esc", ctx.text(TextId::HintBack)}});

    // What the student used last in this run, and the open profile's name.
    if (const auto last = connector_.last_request()) {
        inputs_[Address].set_value(last->host + ":" + std::to_string(last->port));
        inputs_[Code].set_value(last->code);
        inputs_[Name].set_value(last->name);
    }
    // The open profile's name first: another student may be at this computer now.
    inputs_[Name].set_value(classroom::sanitize_name(ctx.services.session().profile().name));
    std::size_t first_empty = Address;
    while (first_empty < Name && !inputs_[first_empty].value_utf8().empty())
        ++first_empty;
    set_focus(first_empty);
}

void JoinFormScene::set_focus(std::size_t focus) {
    focus_ = focus % kFocusCount;
    idle_dirty_ = true;
    const bool on_button = focus_ >= kFieldCount;
    buttons_.show_focus(on_button);
    if (on_button) buttons_.set_focus(focus_ - kFieldCount);
}

bool JoinFormScene::animating() const {
    return session_ != nullptr || buttons_.animating() ||
           (focus_ < kFieldCount && inputs_[focus_].animating());
}

void JoinFormScene::show_error(const std::string& message, std::optional<Field> field) {
    status_.set_text(message);
    status_.set_color(ctx_.theme.palette.danger);
    ctx_.audio.play(Sfx::Wrong);
    if (field) set_focus(*field);
}

void JoinFormScene::submit() {
    if (session_) return;  // already connecting
    const auto parsed = classroom::parse_join_address(inputs_[Address].value_utf8());
    if (const auto* e = std::get_if<classroom::AddressError>(&parsed)) {
        show_error(address_problem_text(ctx_.strings, *e), Address);
        return;
    }
    // As the host reads it: capitals and spaces do not matter ("k7q x3m" is K7QX3M).
    const auto code = hosting::fold_room_code(inputs_[Code].value_utf8());
    if (code.empty()) {
        show_error(text(ctx_.strings, JoinText::ErrorCodeEmpty), Code);
        return;
    }
    const auto name = classroom::sanitize_name(inputs_[Name].value_utf8());
    if (name.empty()) {
        show_error(text(ctx_.strings, JoinText::ErrorNameEmpty), Name);
        return;
    }
    const auto& address = std::get<classroom::JoinAddress>(parsed);
    code_sent_ = code;
    session_ = connector_.connect({address.host, address.port, code, name});
    status_.set_text(format(ctx_.strings, JoinText::Connecting, {classroom::to_string(address)}));
    status_.set_color(ctx_.theme.palette.text_muted);
    ctx_.audio.play(Sfx::Select);
}

void JoinFormScene::on_refused(const JoinView& view) {
    const auto& s = ctx_.strings;
    switch (view.refusal) {
        case Refusal::WrongCode:
            show_error(format(s, JoinText::RefusedWrongCode, {code_sent_}), Code);
            return;
        case Refusal::EmptyName:
            show_error(text(s, JoinText::RefusedEmptyName), Name);
            return;
        case Refusal::GameFull:
            show_error(text(s, JoinText::RefusedGameFull), std::nullopt);
            return;
        case Refusal::GameOver:
            show_error(text(s, JoinText::RefusedGameOver), std::nullopt);
            return;
        case Refusal::Replaced:
            show_error(text(s, JoinText::RefusedReplaced), std::nullopt);
            return;
        case Refusal::TooManyTries:
            show_error(format(s, JoinText::RefusedTooManyTries,
                              {std::to_string((view.retry_after_ms + 999) / 1000)}),
                       Code);
            return;
        case Refusal::RoomLocked:
            show_error(text(s, JoinText::RefusedRoomLocked), std::nullopt);
            return;
    }
}

void JoinFormScene::cancel_or_back() {
    ctx_.audio.play(Sfx::Back);
    if (session_) {  // Esc while connecting stops the attempt, the form stays
        session_.reset();
        status_.set_text("");
        return;
    }
    ctx_.stack.pop();
}

void JoinFormScene::handle_event(const sf::Event& e) {
    if (e.type == sf::Event::KeyPressed) {
        switch (e.key.code) {
            case sf::Keyboard::Escape:
                cancel_or_back();
                return;
            case sf::Keyboard::Tab:
                set_focus(e.key.shift ? focus_ + kFocusCount - 1 : focus_ + 1);
                ctx_.audio.play(Sfx::Move);
                return;
            case sf::Keyboard::Up:
            case sf::Keyboard::Down:
                if (focus_ <= kFieldCount) {  // fields and the first button: a column
                    const bool up = e.key.code == sf::Keyboard::Up;
                    if (up && focus_ > 0) set_focus(focus_ - 1);
                    if (!up && focus_ < kFieldCount) set_focus(focus_ + 1);
                    ctx_.audio.play(Sfx::Move);
                    return;
                }
                break;
            case sf::Keyboard::Enter:
                if (focus_ < kFieldCount) {
                    submit();
                    return;
                }
                break;
            default:
                break;
        }
    }
    if (e.type == sf::Event::MouseButtonPressed && e.mouseButton.button == sf::Mouse::Left) {
        const sf::Vector2f p{static_cast<float>(e.mouseButton.x),
                             static_cast<float>(e.mouseButton.y)};
        for (std::size_t i = 0; i < kFieldCount; ++i) {
            if (input_box(i).contains(p)) {
                set_focus(i);
                return;
            }
        }
    }
    const bool keyboard = e.type == sf::Event::KeyPressed || e.type == sf::Event::TextEntered;
    if (keyboard && focus_ < kFieldCount) {
        if (inputs_[focus_].handle(e)) {
            idle_dirty_ = true;
            if (!session_) status_.set_text("");
        }
        return;
    }
    const bool mouse = e.type == sf::Event::MouseMoved || e.type == sf::Event::MouseButtonPressed ||
                       e.type == sf::Event::MouseButtonReleased;
    if (!mouse && focus_ < kFieldCount) return;
    if (const auto hit = buttons_.handle(e, ctx_)) {
        if (*hit == 0)
            submit();
        else
            cancel_or_back();
    }
}

void JoinFormScene::update(float dt) {
    if (focus_ < kFieldCount) inputs_[focus_].update(dt);
    buttons_.update(dt, ctx_.theme);
    if (!session_) return;
    for (const auto event : session_->poll()) {
        const auto& view = session_->view();
        if (event == JoinEvent::Welcomed) {
            ctx_.audio.play(Sfx::Open);
            ctx_.stack.replace_top(std::make_unique<JoinPlayScene>(ctx_, std::move(session_)));
            return;
        }
        if (event == JoinEvent::AwaitingSeat) {
            status_.set_text(format(ctx_.strings, JoinText::AwaitingSeat, {view.typed_name}));
            status_.set_color(ctx_.theme.palette.text_muted);
            continue;
        }
        if (event == JoinEvent::Refused) {
            on_refused(view);
            session_.reset();
            return;
        }
        if (event == JoinEvent::Lost) {
            std::string message = format(ctx_.strings, JoinText::ConnectFailed, {view.address});
            message.push_back('\n');
            message.append(ctx_.strings.format(TextId::ProblemDetail, {view.problem}));
            show_error(message, Address);
            session_.reset();
            return;
        }
    }
}

void JoinFormScene::draw(sf::RenderTarget& target) const {
    backdrop_.draw(target, ctx_.theme);
    heading_.draw(target, ctx_);
    intro_.draw(target, ctx_);
    const auto& t = ctx_.theme;
    for (std::size_t i = 0; i < kFieldCount; ++i) {
        labels_[i].draw(target, ctx_);
        if (i == focus_) {
            inputs_[i].draw(target, ctx_);
            continue;
        }
        const auto box = input_box(i);
        if (idle_dirty_) {
            idle_boxes_[i].set_geometry(box, 10.f, 2.f);
            idle_boxes_[i].set_fill(t.palette.surface);
            idle_boxes_[i].set_outline(t.palette.border);
            static constexpr JoinText kPlaceholders[kFieldCount] = {
                JoinText::PlaceholderAddress, JoinText::PlaceholderCode, JoinText::PlaceholderName};
            const auto value = inputs_[i].value_utf8();
            idle_texts_[i] = TextBlock(value.empty() ? text(ctx_.strings, kPlaceholders[i]) : value,
                                       {box.left + 16, box.top, box.width - 32, box.height},
                                       {FontFace::Sans, t.type.h2, t.type.small,
                                        value.empty() ? t.palette.text_muted : t.palette.text,
                                        Align::Left, VAlign::Middle, 1.f, false});
        }
        target.draw(idle_boxes_[i]);
        idle_texts_[i].draw(target, ctx_);
    }
    idle_dirty_ = false;
    status_.draw(target, ctx_);
    buttons_.draw(target, ctx_);
    hints_.draw(target, ctx_);
}

}  // namespace chronik::ui
