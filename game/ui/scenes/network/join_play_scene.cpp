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
constexpr std::size_t kMaxRows = JoinStandingsView::kMaxRows;

}  // namespace

JoinPlayScene::JoinPlayScene(SceneContext& ctx, std::unique_ptr<JoinSession> session)
    : NetworkScene(ctx, true),
      session_(std::move(session)),
      recorder_(ctx),
      question_(ctx),
      standings_(ctx) {
    Hyphenator::preload_german();  // for timeline cards, before any is shown
    const auto& t = ctx.theme;
    counter_ = TextBlock("", {kLeft, 26, 500, 32},
                         {FontFace::SansBold, t.type.small, t.type.caption, t.palette.text_muted,
                          Align::Left, VAlign::Middle, 1.f, false});
    score_ = TextBlock("", {kLeft + kWidth - 600, 26, 600, 32},
                       {FontFace::SansBold, t.type.small, t.type.caption, t.palette.accent,
                        Align::Right, VAlign::Middle, 1.f, false});
    title_ = TextBlock("", {kLeft, 150, kWidth, 64},
                       {FontFace::SansBold, t.type.h1, t.type.h2, t.palette.text, Align::Left,
                        VAlign::Middle, 1.f, false});
    body_ = TextBlock("", {kLeft, 230, kWidth, 150},
                      {FontFace::Sans, t.type.body, t.type.small, t.palette.text_muted, Align::Left,
                       VAlign::Top, 1.25f, true});
    place_ = TextBlock("", {kLeft, 390, kWidth, 40},
                       {FontFace::SansBold, t.type.body, t.type.small, t.palette.text, Align::Left,
                        VAlign::Middle, 1.f, false});
    podium_line_ = TextBlock(text(ctx.strings, JoinText::FinalPodium), {kLeft, 266, 720, 30},
                             {FontFace::Sans, t.type.small, t.type.caption, t.palette.text_muted,
                              Align::Left, VAlign::Top, 1.2f, true});
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

void JoinPlayScene::layout_message_screen() {
    const auto& t = ctx_.theme;
    title_.set_box({kLeft, 150, kWidth, 64});
    body_.set_box({kLeft, 230, kWidth, 150});
    place_.set_box({kLeft, 390, kWidth, 40});
    place_.set_style({FontFace::SansBold, t.type.body, t.type.small, t.palette.text, Align::Left,
                      VAlign::Middle, 1.f, false});
}

void JoinPlayScene::show_waiting() {
    screen_ = Screen::Waiting;
    layout_message_screen();
    const auto& view = session_->view();
    set_header();
    title_.set_text(format(ctx_.strings, JoinText::WaitingHeading, {view.name}));
    std::string body = text(ctx_.strings, JoinText::WaitingBody);
    if (view.rejoined) {
        body.push_back('\n');
        body.append(text(ctx_.strings, JoinText::WaitingRejoined));
    } else if (view.name != view.typed_name) {
        // The host numbers a name that is taken ("Anna 2"): say so, or the student looks for
        // the wrong name in the standings.
        body.push_back('\n');
        body.append(format(ctx_.strings, JoinText::WaitingRenamed, {view.name}));
    }
    if (view.paused) {
        body.push_back('\n');
        body.append(text(ctx_.strings, JoinText::Paused));
    }
    body_.set_text(body);
    place_.set_text(format(ctx_.strings, JoinText::RoomLine, {view.code, view.address}));
    actions_.clear();
    actions_.add(Button(text(ctx_.strings, JoinText::ButtonLeave), {kLeft, 470, 300, 60},
                        ButtonKind::Secondary, "Esc"));
    actions_.show_focus(false);
    hints_.set({{"Esc", text(ctx_.strings, JoinText::ButtonLeave)}});
}

void JoinPlayScene::show_question() {
    screen_ = Screen::Question;
    set_header();
    question_.set_keys(profile_keys(ctx_));
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
        const bool german = ctx_.strings.language() == Language::German;
        hints_.set({{"← →", ctx_.text(TextId::HintNavigate)},
                    {german ? "Leertaste" : "Space", ctx_.text(TextId::HintPickUp)},
                    {"Alt+← →", text(ctx_.strings, JoinText::HintMoveCard)},
                    {"Enter", text(ctx_.strings, JoinText::HintSendOrder)},
                    {"Esc", text(ctx_.strings, JoinText::ButtonLeave)}});
        return;
    }
    hints_.set(
        {{profile_keys(ctx_).answer_keys_hint(true), text(ctx_.strings, JoinText::HintAnswer)},
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
    const auto& view = session_->view();
    set_header();
    title_.set_box({kLeft, 78, kWidth, 56});
    title_.set_text(format(ctx_.strings, JoinText::LeaderboardHeading,
                           {std::to_string(view.question ? view.question->number + 1 : 0)}));
    const auto count = std::min(view.leaderboard.size(), kMaxRows);
    standings_.show({view.leaderboard.begin(), view.leaderboard.begin() + static_cast<long>(count)},
                    view.name, 150.f, false);
    const bool listed =
        std::any_of(view.leaderboard.begin(), view.leaderboard.begin() + static_cast<long>(count),
                    [&](const JoinRow& r) { return r.name == view.name; });
    place_.set_box({kLeft, 610, kWidth, 40});
    place_.set_text(view.me && !listed
                        ? format(ctx_.strings, JoinText::LeaderboardYou,
                                 {std::to_string(view.me->rank), std::to_string(view.me->score),
                                  std::to_string(view.me->correct)})
                        : std::string());
    hints_.set({{"Esc", text(ctx_.strings, JoinText::ButtonLeave)}});
}

void JoinPlayScene::show_final() {
    screen_ = Screen::Final;
    const auto& view = session_->view();
    const auto& t = ctx_.theme;
    set_header();
    counter_.set_text(format(ctx_.strings, JoinText::RoomLine, {view.code, view.address}));
    title_.set_box({kLeft, 78, kWidth, 56});
    title_.set_text(text(ctx_.strings, JoinText::FinalHeading));
    place_.set_box({kLeft, 136, kWidth, 80});
    place_.set_style({FontFace::SansBold, t.type.h1 + 12, t.type.h2, t.palette.accent, Align::Left,
                      VAlign::Middle, 1.f, false});
    body_.set_box({kLeft, 218, kWidth, 36});
    if (view.me) {
        place_.set_text(
            format(ctx_.strings, JoinText::FinalPlace, {std::to_string(view.me->rank)}));
        const auto score = std::to_string(view.me->score);
        const auto correct = std::to_string(view.me->correct);
        const int partial = view.partial_timelines;
        body_.set_text(partial == 0 ? format(ctx_.strings, JoinText::FinalScore, {score, correct})
                       : partial == 1
                           ? format(ctx_.strings, JoinText::FinalScorePartialOne, {score, correct})
                           : format(ctx_.strings, JoinText::FinalScorePartialMany,
                                    {score, correct, std::to_string(partial)}));
    } else {
        place_.set_text("");
        body_.set_text("");
    }
    standings_.show(view.final_rows, view.name, 300.f, true);
    actions_.clear();
    actions_.add(Button(text(ctx_.strings, JoinText::ButtonHome), {880, 300, 280, 60},
                        ButtonKind::Primary, "Enter"));
    actions_.show_focus(true);
    hints_.set({{"Enter", text(ctx_.strings, JoinText::ButtonHome)}});
    ctx_.audio.play(Sfx::Open);
}

void JoinPlayScene::show_lost(const std::string& message) {
    screen_ = Screen::Lost;
    const auto& view = session_->view();
    layout_message_screen();
    title_.set_text(text(ctx_.strings, JoinText::LostHeading));
    std::string body = message;
    if (!view.problem.empty() && view.state == JoinState::Lost) {
        body.push_back('\n');
        body.append(ctx_.strings.format(TextId::ProblemDetail, {view.problem}));
    }
    body_.set_text(body);
    place_.set_text(format(ctx_.strings, JoinText::RoomLine, {view.code, view.address}));
    actions_.clear();
    // Only a dropped connection or a seat taken by another window can be tried again; a game
    // that is over or full stays so.
    const bool retry = view.state == JoinState::Lost ||
                       (view.state == JoinState::Refused && view.refusal == Refusal::Replaced);
    if (retry)
        actions_.add(Button(text(ctx_.strings, JoinText::ButtonReconnect), {kLeft, 470, 320, 60},
                            ButtonKind::Primary, "Enter"));
    actions_.add(Button(text(ctx_.strings, JoinText::ButtonLeave),
                        {retry ? kLeft + 340 : kLeft, 470, 300, 60},
                        retry ? ButtonKind::Secondary : ButtonKind::Primary, "Esc"));
    actions_.set_focus(0);
    actions_.show_focus(true);
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
    layout_message_screen();
    title_.set_text(text(ctx_.strings, JoinText::RemovedHeading));
    body_.set_text(text(ctx_.strings, JoinText::RemovedBody));
    place_.set_text("");
    actions_.clear();
    actions_.add(Button(text(ctx_.strings, JoinText::ButtonHome), {kLeft, 470, 320, 60},
                        ButtonKind::Primary, "Enter"));
    actions_.show_focus(true);
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
        case JoinEvent::Refused: {
            // Only a reconnect can be refused here.
            ctx_.audio.play(Sfx::Wrong);
            JoinText why = JoinText::RefusedGameOver;
            switch (view.refusal) {
                case Refusal::WrongCode:
                    show_lost(format(ctx_.strings, JoinText::RefusedWrongCode, {view.code}));
                    return;
                case Refusal::EmptyName:
                    why = JoinText::RefusedEmptyName;
                    break;
                case Refusal::GameFull:
                    why = JoinText::RefusedGameFull;
                    break;
                case Refusal::GameOver:
                    why = JoinText::RefusedGameOver;
                    break;
                case Refusal::Replaced:
                    why = JoinText::RefusedReplaced;
                    break;
                case Refusal::RoomLocked:
                    why = JoinText::RefusedRoomLocked;
                    break;
                case Refusal::TooManyTries:
                    show_lost(format(ctx_.strings, JoinText::RefusedTooManyTries,
                                     {std::to_string((view.retry_after_ms + 999) / 1000)}));
                    return;
            }
            show_lost(text(ctx_.strings, why));
            break;
        }
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
    title_.set_text(text(ctx_.strings, JoinText::ButtonReconnect));
    body_.set_text(format(ctx_.strings, JoinText::Connecting, {session_->view().address}));
    actions_.clear();
}

void JoinPlayScene::handle_event(const sf::Event& e) {
    switch (screen_) {
        case Screen::Final:
        case Screen::Removed:
            if (is_key(e, sf::Keyboard::Escape)) {
                go_home();
                return;
            }
            if (actions_.handle(e, ctx_)) go_home();
            return;
        case Screen::Lost:
            if (is_key(e, sf::Keyboard::Escape)) {
                go_home();
                return;
            }
            if (const auto hit = actions_.handle(e, ctx_)) {
                if (*hit == 0 && actions_.size() > 1)
                    reconnect();
                else
                    go_home();
            }
            return;
        case Screen::Waiting:
            if (is_key(e, sf::Keyboard::Escape) || actions_.handle(e, ctx_)) ask_leave();
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
           actions_.animating();
}

void JoinPlayScene::update(float dt) {
    for (const auto event : session_->poll()) {
        on_event(event);
        redraw_ = true;
    }
    if (screen_ == Screen::Question) question_.tick(session_->view(), session_->time_left_ms());
    question_.update(dt);
    actions_.update(dt, ctx_.theme);
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
            counter_.draw(target, ctx_);
            score_.draw(target, ctx_);
            title_.draw(target, ctx_);
            standings_.draw(target);
            place_.draw(target, ctx_);
            break;
        case Screen::Final:
            counter_.draw(target, ctx_);
            score_.draw(target, ctx_);
            title_.draw(target, ctx_);
            place_.draw(target, ctx_);
            body_.draw(target, ctx_);
            podium_line_.draw(target, ctx_);
            standings_.draw(target);
            actions_.draw(target, ctx_);
            break;
        case Screen::Waiting:
        case Screen::Lost:
        case Screen::Removed:
            if (screen_ == Screen::Waiting) score_.draw(target, ctx_);  // the room: place_
            title_.draw(target, ctx_);
            body_.draw(target, ctx_);
            place_.draw(target, ctx_);
            actions_.draw(target, ctx_);
            break;
    }
    hints_.draw(target, ctx_);
}

}  // namespace chronik::ui
