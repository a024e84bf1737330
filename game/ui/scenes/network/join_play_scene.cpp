#include "ui/scenes/network/join_play_scene.hpp"

#include <algorithm>
#include <exception>
#include <string_view>

#include "round/answer_rating.hpp"
#include "ui/input/key_bindings.hpp"
#include "ui/input/nav.hpp"
#include "ui/scenes/dialogs.hpp"
#include "ui/scenes/home_scene.hpp"
#include "ui/text/network_join_strings.hpp"

namespace chronik::ui {
namespace {

constexpr float kLeft = 120.f, kWidth = 1040.f;
constexpr float kAnswersY = 256.f, kAnswerH = 120.f, kAnswerGap = 16.f, kListGap = 8.f;
// Longer choices do not fit half the width at a readable size.
constexpr std::size_t kGridMaxChars = 30;
constexpr float kCardY = 532.f, kCardH = 122.f;
constexpr std::size_t kMaxRows = 10;

const std::string& rejected_text(const StringTable& s, Rejection reason) {
    switch (reason) {
        case Rejection::TooLate:
            return text(s, JoinText::RejectedTooLate);
        case Rejection::Paused:
            return text(s, JoinText::RejectedPaused);
        case Rejection::AlreadyAnswered:
            return text(s, JoinText::RejectedAlreadyAnswered);
        case Rejection::NotOpen:
            break;
    }
    return text(s, JoinText::RejectedNotOpen);
}

}  // namespace

JoinPlayScene::JoinPlayScene(SceneContext& ctx, std::unique_ptr<JoinSession> session)
    : Scene(ctx), session_(std::move(session)), timer_bar_({kLeft, 70, kWidth, 8}) {
    const auto& t = ctx.theme;
    counter_ = TextBlock("", {kLeft, 26, 500, 32},
                         {FontFace::SansBold, t.type.small, t.type.caption, t.palette.text_muted,
                          Align::Left, VAlign::Middle, 1.f, false});
    score_ = TextBlock("", {kLeft + kWidth - 600, 26, 600, 32},
                       {FontFace::SansBold, t.type.small, t.type.caption, t.palette.accent,
                        Align::Right, VAlign::Middle, 1.f, false});
    prompt_ = TextBlock("", {kLeft, 92, kWidth, 150},
                        {FontFace::SansBold, t.type.h2 + 4, t.type.small, t.palette.text,
                         Align::Left, VAlign::Middle, 1.2f, true});
    status_ = TextBlock("", {kLeft + 8, kCardY + 14, 820, 40},
                        {FontFace::SansBold, t.type.h2, t.type.small, t.palette.text, Align::Left,
                         VAlign::Middle, 1.f, false});
    detail_ = TextBlock("", {kLeft + 8, kCardY + 58, 820, 58},
                        {FontFace::Sans, t.type.small, t.type.caption, t.palette.text_muted,
                         Align::Left, VAlign::Top, 1.2f, true});
    countdown_ = TextBlock("", {kLeft + kWidth - 220, kCardY + 8, 200, kCardH - 16},
                           {FontFace::SansBold, t.type.h1 + 16, t.type.h2, t.palette.accent,
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
    card_.set_geometry({kLeft - 8, kCardY, kWidth + 16, kCardH}, t.spacing.radius, 1.f);
    card_.set_fill(t.palette.surface);
    card_.set_outline(t.palette.border);
    rows_.resize(kMaxRows);
    try {
        const auto items = ctx.services.session().bank().items();
        index_.emplace(items);
    } catch (const std::exception&) {
        // A bank the index cannot read: the game is still playable, nothing is recorded.
    }
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
    const auto& q = *session_->view().question;
    set_header();
    prompt_.set_text(q.prompt);
    // Big buttons two by two; choices too long for half the width get a row each instead (a
    // label shrinks to one line and must stay readable).
    bool long_choice = false;
    for (const auto& c : q.choices)
        long_choice = long_choice || round::count_characters(c) > kGridMaxChars;
    answers_ = long_choice ? ButtonGroup(Axis::Vertical) : ButtonGroup(Axis::Grid, 2);
    const float w = (kWidth - kAnswerGap) / 2.f;
    const float row_h = (2 * kAnswerH + kAnswerGap - 3 * kListGap) / 4.f;
    for (std::size_t i = 0; i < q.choices.size(); ++i) {
        const auto n = static_cast<float>(i);
        const sf::FloatRect box =
            long_choice
                ? sf::FloatRect{kLeft, kAnswersY + n * (row_h + kListGap), kWidth, row_h}
                : sf::FloatRect{kLeft + static_cast<float>(i % 2) * (w + kAnswerGap),
                                kAnswersY + static_cast<float>(i / 2) * (kAnswerH + kAnswerGap), w,
                                kAnswerH};
        const std::string hint =
            std::to_string(i + 1) + std::string(" ") + static_cast<char>('A' + i);
        answers_.add(Button(q.choices[i], box, ButtonKind::Secondary, hint))
            .set_label_align(Align::Left);
    }
    answers_.set_focus(0);
    detail_.set_box({kLeft + 8, kCardY + 58, 820, 58});
    shown_seconds_ = -1;
    countdown_.set_text("");
    timer_bar_.snap(1.f);
    hints_.set({{"1–4 / A–D", text(ctx_.strings, JoinText::HintAnswer)},
                {"← → ↑ ↓", ctx_.text(TextId::HintNavigate)},
                {"Enter", ctx_.text(TextId::HintSelect)},
                {"Esc", text(ctx_.strings, JoinText::ButtonLeave)}});
    refresh_question_status();
}

void JoinPlayScene::refresh_question_status() {
    const auto& view = session_->view();
    const auto& q = *view.question;
    const auto& t = ctx_.theme;
    std::string detail;
    if (q.phase == QuestionPhase::Reading) {
        status_.set_text(text(ctx_.strings, JoinText::Reading));
        status_.set_color(t.palette.text_muted);
    } else if (q.phase == QuestionPhase::Locked || q.chosen) {
        // Sent is as good as locked: the game sends one answer per question; a rejection
        // (too late, paused) unlocks it again with the reason.
        status_.set_text(text(ctx_.strings, JoinText::Locked));
        status_.set_color(t.palette.accent);
    } else {
        status_.set_text(text(ctx_.strings, JoinText::AnswerNow));
        status_.set_color(t.palette.text);
    }
    if (q.rejected) detail = rejected_text(ctx_.strings, *q.rejected);
    if (view.paused) detail = text(ctx_.strings, JoinText::Paused);
    if (!q.time_limit_ms && q.phase != QuestionPhase::Reading)
        detail.append(detail.empty() ? "" : " · ").append(text(ctx_.strings, JoinText::NoTimer));
    detail_.set_text(detail);
    // Once answered the choices are locked: the own choice keeps its ring, the others dim.
    const bool open = q.phase == QuestionPhase::Open && !q.chosen;
    answers_.show_focus(open || q.chosen.has_value());
    for (std::size_t i = 0; i < answers_.size(); ++i) {
        ButtonMark mark = ButtonMark::None;
        if (q.chosen && *q.chosen != i) mark = ButtonMark::Dimmed;
        if (q.phase == QuestionPhase::Reading) mark = ButtonMark::Dimmed;
        answers_.at(i).set_mark(mark);
    }
    if (q.chosen) answers_.set_focus(*q.chosen);
}

void JoinPlayScene::show_reveal() {
    screen_ = Screen::Reveal;
    const auto& view = session_->view();
    const auto& q = *view.question;
    const auto& t = ctx_.theme;
    set_header();
    countdown_.set_text("");
    timer_bar_.snap(0.f);
    answers_.show_focus(false);
    hints_.set({{"Esc", text(ctx_.strings, JoinText::ButtonLeave)}});
    if (q.phase == QuestionPhase::Skipped || !q.correct_choice ||
        *q.correct_choice >= q.choices.size()) {
        for (std::size_t i = 0; i < answers_.size(); ++i)
            answers_.at(i).set_mark(ButtonMark::Dimmed);
        status_.set_text(text(ctx_.strings, JoinText::Skipped));
        status_.set_color(t.palette.text_muted);
        detail_.set_text("");
        return;
    }
    const std::size_t correct = *q.correct_choice;
    for (std::size_t i = 0; i < answers_.size(); ++i) {
        ButtonMark mark = ButtonMark::Dimmed;
        if (i == correct)
            mark = ButtonMark::Correct;
        else if (q.chosen && *q.chosen == i)
            mark = ButtonMark::Wrong;
        answers_.at(i).set_mark(mark);
    }
    const bool right = q.chosen && *q.chosen == correct;
    if (right) {
        status_.set_text(text(ctx_.strings, JoinText::RevealCorrect));
        status_.set_color(t.palette.success);
        ctx_.audio.play(Sfx::Correct);
    } else {
        status_.set_text(format(ctx_.strings,
                                q.chosen ? JoinText::RevealWrong : JoinText::RevealNoAnswer,
                                {q.choices[correct]}));
        status_.set_color(t.palette.danger);
        ctx_.audio.play(Sfx::Wrong);
    }
    std::string detail = format(ctx_.strings, JoinText::RevealPoints,
                                {std::to_string(q.points), std::to_string(view.score)});
    if (right && view.streak > 1) {
        detail.append(" · ");
        detail.append(format(ctx_.strings, JoinText::RevealStreak, {std::to_string(view.streak)}));
    }
    const auto note = record_reveal();
    if (!note.empty()) {
        detail.push_back('\n');
        detail.append(note);
    }
    detail_.set_text(detail);
}

std::string JoinPlayScene::record_reveal() {
    const auto& q = *session_->view().question;
    if (recorded_ == q.number) return {};
    recorded_ = q.number;
    if (!index_) return {};
    auto& profile = ctx_.services.session();
    const auto* item = index_->find(q.prompt, q.choices[*q.correct_choice]);
    if (!item) return text(ctx_.strings, JoinText::NotInBank);
    try {
        CardState before = CardState::fresh(0);
        const auto drawn = profile.draw_items({item->id});
        if (!drawn.empty()) before = drawn.front().card;
        std::vector<std::string_view> choices(q.choices.begin(), q.choices.end());
        classroom::ClassroomAnswerFacts facts;
        facts.chosen = q.chosen;
        facts.correct_choice = *q.correct_choice;
        facts.reading_chars = round::reading_length(q.prompt, choices);
        facts.had_whole_time = q.had_whole_time;
        // A missing answer took the whole time, as a timed-out quiz question.
        facts.response_ms = q.chosen ? q.response_ms.value_or(0) : q.time_limit_ms.value_or(0);
        const auto rating = classroom::rate_classroom_answer(facts, before);
        if (!rating) return {};
        if (auto problem =
                profile.record_answer(item->id, *rating, RoundKind::Classroom, facts.response_ms))
            return format(ctx_.strings, JoinText::SaveFailed, {*problem});
    } catch (const std::exception& e) {
        return format(ctx_.strings, JoinText::SaveFailed, {e.what()});
    }
    return format(ctx_.strings, JoinText::SavedToProfile, {profile.profile().name});
}

void JoinPlayScene::set_rows(const std::vector<JoinRow>& rows, float top) {
    const auto& t = ctx_.theme;
    const auto& me = session_->view().name;
    const float h = screen_ == Screen::Final ? 38.f : 42.f, gap = 6.f;
    const float width = screen_ == Screen::Final ? 720.f : kWidth;
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        auto& r = rows_[i];
        if (i >= rows.size()) {
            r.rank.set_text("");
            r.name.set_text("");
            r.score.set_text("");
            continue;
        }
        const float y = top + static_cast<float>(i) * (h + gap);
        r.me = rows[i].name == me;
        r.back.set_geometry({kLeft, y, width, h}, 8.f, r.me ? 2.f : 1.f);
        r.back.set_fill(r.me ? t.palette.accent_soft : t.palette.surface);
        r.back.set_outline(r.me ? t.palette.accent : t.palette.border);
        const TextStyle cell{
            FontFace::SansBold, t.type.body, t.type.caption, t.palette.text, Align::Left,
            VAlign::Middle,     1.f,         false};
        auto rank_style = cell;
        rank_style.color = t.palette.accent;
        r.rank = TextBlock(std::to_string(rows[i].rank) + ".", {kLeft + 16, y, 60, h}, rank_style);
        auto name_style = cell;
        name_style.face = r.me ? FontFace::SansBold : FontFace::Sans;
        std::string name = rows[i].name;
        if (r.me) name.append("  ").append(text(ctx_.strings, JoinText::YouMark));
        r.name = TextBlock(name, {kLeft + 84, y, width - 320, h}, name_style);
        auto score_style = cell;
        score_style.align = Align::Right;
        r.score =
            TextBlock(std::to_string(rows[i].score), {kLeft + width - 216, y, 200, h}, score_style);
    }
}

void JoinPlayScene::show_leaderboard() {
    screen_ = Screen::Leaderboard;
    const auto& view = session_->view();
    set_header();
    title_.set_box({kLeft, 78, kWidth, 56});
    title_.set_text(format(ctx_.strings, JoinText::LeaderboardHeading,
                           {std::to_string(view.question ? view.question->number + 1 : 0)}));
    const auto count = std::min(view.leaderboard.size(), kMaxRows);
    set_rows({view.leaderboard.begin(), view.leaderboard.begin() + static_cast<long>(count)},
             150.f);
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
        body_.set_text(format(ctx_.strings, JoinText::FinalScore,
                              {std::to_string(view.me->score), std::to_string(view.me->correct)}));
    } else {
        place_.set_text("");
        body_.set_text("");
    }
    detail_.set_box({kLeft, 266, 720, 30});
    detail_.set_text(text(ctx_.strings, JoinText::FinalPodium));
    set_rows(view.final_rows, 300.f);
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
            if (screen_ == Screen::Question)
                refresh_question_status();
            else if (screen_ == Screen::Waiting)
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
    answers_.set_focus(choice);
    refresh_question_status();
}

std::optional<std::size_t> JoinPlayScene::answer_key(const sf::Event& e) const {
    if (e.type != sf::Event::KeyPressed) return std::nullopt;
    // The profile's own answer keys (Einstellungen → Tastenbelegung) come first.
    const auto bound = profile_keys(ctx_).action_of(e.key.code);
    if (bound && *bound <= KeyAction::Answer4) return static_cast<std::size_t>(*bound);
    const auto k = e.key.code;
    if (k >= sf::Keyboard::Num1 && k <= sf::Keyboard::Num4)
        return static_cast<std::size_t>(k - sf::Keyboard::Num1);
    if (k >= sf::Keyboard::Numpad1 && k <= sf::Keyboard::Numpad4)
        return static_cast<std::size_t>(k - sf::Keyboard::Numpad1);
    if (k >= sf::Keyboard::A && k <= sf::Keyboard::D)
        return static_cast<std::size_t>(k - sf::Keyboard::A);
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
        prompt_.ensure_layout(ctx_);
        prompt_.scroll_lines(e.mouseWheelScroll.delta > 0 ? -1 : 1);
        return;
    }
    const auto& q = session_->view().question;
    if (!q || q->phase != QuestionPhase::Open || q->chosen) return;
    if (const auto key = answer_key(e)) {
        if (*key < answers_.size()) answer(*key);
        return;
    }
    if (const auto hit = answers_.handle(e, ctx_)) answer(*hit);
}

bool JoinPlayScene::animating() const {
    return (screen_ == Screen::Question && timer_bar_.target() > 0.f) || reconnecting_ ||
           answers_.animating() || actions_.animating() || timer_bar_.animating();
}

void JoinPlayScene::update(float dt) {
    for (const auto event : session_->poll()) {
        on_event(event);
        redraw_ = true;
    }
    if (screen_ == Screen::Question) {
        const auto& q = *session_->view().question;
        if (const auto left = session_->time_left_ms(); left && q.time_limit_ms) {
            timer_bar_.snap(static_cast<float>(*left) / static_cast<float>(*q.time_limit_ms));
            const long seconds = static_cast<long>((*left + 999) / 1000);
            if (seconds != shown_seconds_) {
                shown_seconds_ = seconds;
                countdown_.set_text(
                    format(ctx_.strings, JoinText::SecondsLeft, {std::to_string(seconds)}));
                countdown_.set_color(seconds <= 5 ? ctx_.theme.palette.danger
                                                  : ctx_.theme.palette.accent);
            }
        }
    }
    answers_.update(dt, ctx_.theme);
    actions_.update(dt, ctx_.theme);
    timer_bar_.update(dt, ctx_.theme);
}

void JoinPlayScene::draw_standings(sf::RenderTarget& target) const {
    for (const auto& r : rows_) {
        if (r.rank.utf8().empty()) continue;  // an unused row
        target.draw(r.back);
        r.rank.draw(target, ctx_);
        r.name.draw(target, ctx_);
        r.score.draw(target, ctx_);
    }
}

void JoinPlayScene::draw(sf::RenderTarget& target) const {
    backdrop_.draw(target, ctx_.theme);
    switch (screen_) {
        case Screen::Question:
        case Screen::Reveal: {
            counter_.draw(target, ctx_);
            score_.draw(target, ctx_);
            const auto& q = session_->view().question;
            if (screen_ == Screen::Question && q && q->time_limit_ms &&
                q->phase != QuestionPhase::Reading)
                timer_bar_.draw(target, ctx_);
            prompt_.draw(target, ctx_);
            answers_.draw(target, ctx_);
            target.draw(card_);
            status_.draw(target, ctx_);
            detail_.draw(target, ctx_);
            if (screen_ == Screen::Question) countdown_.draw(target, ctx_);
            break;
        }
        case Screen::Leaderboard:
            counter_.draw(target, ctx_);
            score_.draw(target, ctx_);
            title_.draw(target, ctx_);
            draw_standings(target);
            place_.draw(target, ctx_);
            break;
        case Screen::Final:
            counter_.draw(target, ctx_);
            score_.draw(target, ctx_);
            title_.draw(target, ctx_);
            place_.draw(target, ctx_);
            body_.draw(target, ctx_);
            detail_.draw(target, ctx_);
            draw_standings(target);
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
