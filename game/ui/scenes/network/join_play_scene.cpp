#include "ui/scenes/network/join_play_scene.hpp"

#include <algorithm>
#include <string_view>

#include "ui/input/key_bindings.hpp"
#include "ui/input/nav.hpp"
#include "ui/scenes/dialogs.hpp"
#include "ui/scenes/home_scene.hpp"
#include "ui/text/hyphenator.hpp"
#include "ui/text/network_join_strings.hpp"

namespace chronik::ui {
namespace {

constexpr float kLeft = 120.f, kWidth = 1040.f;

}  // namespace

JoinPlayScene::JoinPlayScene(SceneContext& ctx, std::unique_ptr<JoinSession> session)
    : NetworkScene(ctx, true),
      session_(std::move(session)),
      recorder_(ctx),
      question_(ctx),
      message_(ctx),
      results_(ctx) {
    Hyphenator::preload_german();  // for timeline cards, before any is shown
    const auto& t = ctx.theme;
    counter_ = TextBlock("", {kLeft, 26, 500, 32},
                         {FontFace::SansBold, t.type.small, t.type.caption, t.palette.text_muted,
                          Align::Left, VAlign::Middle, 1.f, false});
    score_ = TextBlock("", {kLeft + kWidth - 600, 26, 600, 32},
                       {FontFace::SansBold, t.type.small, t.type.caption, t.palette.accent,
                        Align::Right, VAlign::Middle, 1.f, false});
    const auto& view = session_->view();
    if (view.state == JoinState::Ended)
        show_final();
    else if (view.question && view.question->phase != QuestionPhase::Revealed &&
             view.question->phase != QuestionPhase::Skipped)
        show_question();
    else
        show_waiting();
}

JoinPlayScene::~JoinPlayScene() {
    if (session_) session_->leave();
}

std::string_view JoinPlayScene::name() const {
    switch (screen_) {
        case Screen::Waiting:
            return "join-waiting";
        case Screen::Question:
            if (const auto& q = session_->view().question; q && q->phase == QuestionPhase::Reading)
                return "join-reading";
            return "join-question";
        case Screen::Reveal:
            return "join-reveal";
        case Screen::Leaderboard:
            return "join-leaderboard";
        case Screen::Final:
            return "join-final";
        case Screen::Lost:
            return "join-lost";
        case Screen::Removed:
            break;
    }
    return "join-removed";
}

void JoinPlayScene::set_header() {
    const auto& view = session_->view();
    if (view.question)
        counter_.set_text(format(
            ctx_.strings, JoinText::QuestionOf,
            {std::to_string(view.question->number + 1), std::to_string(view.question->count)}));
    else
        counter_.set_text(format(ctx_.strings, JoinText::RoomLine, {view.code, view.address}));
    score_.set_text(
        format(ctx_.strings, JoinText::ScoreLine, {view.name, std::to_string(view.score)}));
}

void JoinPlayScene::show_waiting() {
    screen_ = Screen::Waiting;
    set_header();
    message_.show_waiting(session_->view());
    hints_.set({{"Esc", text(ctx_.strings, JoinText::ButtonLeave)}});
}

void JoinPlayScene::show_question() {
    screen_ = Screen::Question;
    set_header();
    question_.set_keys(profile_keys(ctx_), ctx_.strings.language());
    question_.show(session_->view());
    set_question_hints();
}

// Keys to answer only while an answer can still be given: once the host locked ours, the
// student can only wait (or leave).
void JoinPlayScene::set_question_hints() {
    const auto& q = *session_->view().question;
    if (q.phase == QuestionPhase::Locked) {
        hints_.set({{"Esc", text(ctx_.strings, JoinText::ButtonLeave)}});
        return;
    }
    if (q.timeline) {
        hints_.set({{"← →", ctx_.text(TextId::HintNavigate)},
                    {key_name(sf::Keyboard::Space, ctx_.strings.language()),
                     ctx_.text(TextId::HintPickUp)},
                    {"Alt+← →", text(ctx_.strings, JoinText::HintMoveCard)},
                    {"Enter", text(ctx_.strings, JoinText::HintSendOrder)},
                    {"Esc", text(ctx_.strings, JoinText::ButtonLeave)}});
        return;
    }
    hints_.set({{profile_keys(ctx_).answer_keys_hint(true, ctx_.strings.language()),
                 text(ctx_.strings, JoinText::HintAnswer)},
                {"← → ↑ ↓", ctx_.text(TextId::HintNavigate)},
                {"Enter", ctx_.text(TextId::HintSelect)},
                {"Esc", text(ctx_.strings, JoinText::ButtonLeave)}});
}

void JoinPlayScene::show_reveal() {
    screen_ = Screen::Reveal;
    set_header();
    hints_.set({{"Esc", text(ctx_.strings, JoinText::ButtonLeave)}});
    const auto right = question_.reveal(session_->view());
    if (!right) return;  // skipped
    ctx_.audio.play(*right ? Sfx::Correct : Sfx::Wrong);
    question_.add_note(recorder_.record(session_->view()));
}

void JoinPlayScene::show_leaderboard() {
    screen_ = Screen::Leaderboard;
    set_header();
    results_.show_leaderboard(session_->view());
    hints_.set({{"Esc", text(ctx_.strings, JoinText::ButtonLeave)}});
}

void JoinPlayScene::show_final() {
    screen_ = Screen::Final;
    const auto& view = session_->view();
    set_header();
    counter_.set_text(format(ctx_.strings, JoinText::RoomLine, {view.code, view.address}));
    results_.show_final(view);
    hints_.set({{"Enter", text(ctx_.strings, JoinText::ButtonHome)}});
    ctx_.audio.play(Sfx::Open);
}

void JoinPlayScene::show_lost(const std::string& message) {
    screen_ = Screen::Lost;
    message_.show_lost(session_->view(), message);
    const bool retry = message_.offers_retry();
    if (retry)
        hints_.set({{"Enter", text(ctx_.strings, JoinText::HintReconnect)},
                    {"← →", ctx_.text(TextId::HintNavigate)},
                    {"Esc", text(ctx_.strings, JoinText::ButtonLeave)}});
    else
        hints_.set({{"Enter", text(ctx_.strings, JoinText::ButtonLeave)},
                    {"Esc", text(ctx_.strings, JoinText::ButtonLeave)}});
}

void JoinPlayScene::show_removed() {
    screen_ = Screen::Removed;
    message_.show_removed();
    hints_.set({{"Enter", text(ctx_.strings, JoinText::ButtonHome)}});
}

void JoinPlayScene::on_event(JoinEvent event) {
    const auto& view = session_->view();
    switch (event) {
        case JoinEvent::AwaitingSeat:  // only a first join from the form waits for the teacher
            break;
        case JoinEvent::Welcomed:
            reconnecting_ = false;
            // Back after a reconnect: the host sends the running question next, if any.
            if (view.question && (view.question->phase == QuestionPhase::Reading ||
                                  view.question->phase == QuestionPhase::Open ||
                                  view.question->phase == QuestionPhase::Locked))
                show_question();
            else
                show_waiting();
            break;
        case JoinEvent::QuestionShown:
            ctx_.audio.play(Sfx::Move);
            show_question();
            break;
        case JoinEvent::AnswersOpen:
        case JoinEvent::AnswerLocked:
        case JoinEvent::AnswerRejected:
        case JoinEvent::Paused:
        case JoinEvent::Resumed:
            if (screen_ == Screen::Question) {
                question_.refresh(view);
                if (view.question) set_question_hints();
            } else if (screen_ == Screen::Waiting)
                show_waiting();
            break;
        case JoinEvent::Revealed:
        case JoinEvent::Skipped:
            if (screen_ != Screen::Question) show_question();  // rejoined into a reveal
            show_reveal();
            break;
        case JoinEvent::Leaderboard:
            show_leaderboard();
            break;
        case JoinEvent::Ended:
            show_final();
            break;
        case JoinEvent::Removed:
            show_removed();
            break;
        case JoinEvent::Lost:
            ctx_.audio.play(Sfx::Wrong);
            // A failed attempt to connect again says what to check, not "dropped" once more.
            show_lost(reconnecting_ ? format(ctx_.strings, JoinText::ConnectFailed, {view.address})
                                    : text(ctx_.strings, JoinText::LostBody));
            reconnecting_ = false;
            break;
        case JoinEvent::Refused:
            // Only a reconnect can be refused here.
            ctx_.audio.play(Sfx::Wrong);
            show_lost(refusal_text(ctx_.strings, view));
            break;
    }
}

void JoinPlayScene::answer(std::size_t choice) {
    if (!session_->answer(choice)) return;
    ctx_.audio.play(Sfx::Select);
    question_.focus(choice);
    question_.refresh(session_->view());
}

void JoinPlayScene::answer_order(const std::vector<std::size_t>& order) {
    if (!session_->answer_order(order)) return;
    ctx_.audio.play(Sfx::Select);
    question_.refresh(session_->view());
}

std::optional<std::size_t> JoinPlayScene::answer_key(const sf::Event& e) const {
    if (e.type != sf::Event::KeyPressed) return std::nullopt;
    // The profile's answer keys (Einstellungen → Tastenbelegung); a remapped one's old key no
    // longer answers.
    const auto i = profile_keys(ctx_).answer_index(e.key.code);
    if (i && *i < 4) return i;
    return std::nullopt;
}

void JoinPlayScene::ask_leave() {
    ctx_.audio.play(Sfx::Back);
    ctx_.stack.push(std::make_unique<ConfirmDialogScene>(
        ctx_, text(ctx_.strings, JoinText::LeaveQuestion),
        text(ctx_.strings, JoinText::LeaveDetail), text(ctx_.strings, JoinText::LeaveConfirm),
        [this] { go_home(); }));
}

void JoinPlayScene::go_home() {
    session_->leave();
    ctx_.stack.replace_all(std::make_unique<HomeScene>(ctx_));
}

void JoinPlayScene::reconnect() {
    ctx_.audio.play(Sfx::Select);
    session_->reconnect();
    reconnecting_ = true;
    message_.show_connecting(session_->view().address);
}

void JoinPlayScene::handle_event(const sf::Event& e) {
    switch (screen_) {
        case Screen::Final:
            if (is_key(e, sf::Keyboard::Escape) || results_.handle(e)) go_home();
            return;
        case Screen::Removed:
            if (is_key(e, sf::Keyboard::Escape) || message_.handle(e)) go_home();
            return;
        case Screen::Lost:
            if (is_key(e, sf::Keyboard::Escape)) {
                go_home();
                return;
            }
            if (const auto hit = message_.handle(e)) {
                if (*hit == 0 && message_.offers_retry())
                    reconnect();
                else
                    go_home();
            }
            return;
        case Screen::Waiting:
            if (is_key(e, sf::Keyboard::Escape) || message_.handle(e)) ask_leave();
            return;
        case Screen::Reveal:
        case Screen::Leaderboard:
            if (is_key(e, sf::Keyboard::Escape)) ask_leave();
            return;
        case Screen::Question:
            break;
    }
    if (is_key(e, sf::Keyboard::Escape)) {
        ask_leave();
        return;
    }
    if (e.type == sf::Event::MouseWheelScrolled) {
        question_.handle(e, ctx_);  // scrolls a long prompt
        return;
    }
    const auto& q = session_->view().question;
    if (q && q->timeline) {
        // The cards move also while reading; an order goes out once the answers are open.
        const bool open = q->phase == QuestionPhase::Open && q->order.empty();
        if (const auto order = question_.handle_order(e, open)) answer_order(*order);
        redraw_ = true;
        return;
    }
    if (!q || q->phase != QuestionPhase::Open || q->chosen) return;
    if (const auto key = answer_key(e)) {
        if (*key < question_.choices()) answer(*key);
        return;
    }
    if (const auto hit = question_.handle(e, ctx_)) answer(*hit);
}

bool JoinPlayScene::animating() const {
    return question_.animating(screen_ == Screen::Question) || reconnecting_ ||
           message_.animating() || results_.animating();
}

void JoinPlayScene::update(float dt) {
    for (const auto event : session_->poll()) {
        on_event(event);
        redraw_ = true;
    }
    if (screen_ == Screen::Question) question_.tick(session_->view(), session_->time_left_ms());
    question_.update(dt);
    message_.update(dt);
    results_.update(dt);
}

void JoinPlayScene::draw(sf::RenderTarget& target) const {
    backdrop_.draw(target, ctx_.theme);
    switch (screen_) {
        case Screen::Question:
        case Screen::Reveal:
            counter_.draw(target, ctx_);
            score_.draw(target, ctx_);
            question_.draw(target, session_->view(), screen_ == Screen::Question);
            break;
        case Screen::Leaderboard:
        case Screen::Final:
            counter_.draw(target, ctx_);
            score_.draw(target, ctx_);
            results_.draw(target);
            break;
        case Screen::Waiting:
        case Screen::Lost:
        case Screen::Removed:
            if (screen_ == Screen::Waiting) score_.draw(target, ctx_);  // the room: the message's
            message_.draw(target);
            break;
    }
    hints_.draw(target, ctx_);
}

}  // namespace chronik::ui
