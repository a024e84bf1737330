#include "ui/scenes/exam_scene.hpp"

#include <algorithm>
#include <cmath>

#include "random/rng.hpp"
#include "ui/input/key_bindings.hpp"
#include "ui/scenes/dialogs.hpp"
#include "ui/scenes/leave_screen.hpp"
#include "ui/scenes/pause_scene.hpp"
#include "ui/scenes/results_scene.hpp"
#include "ui/scenes/source_reader_scene.hpp"

namespace chronik::ui {
namespace {

constexpr float kLeft = 120.f, kWidth = 1040.f;
constexpr float kAnswersY = 252.f, kAnswerH = 60.f, kAnswerGap = 12.f;
constexpr float kEventsY = 232.f, kEventH = 54.f, kEventGap = 10.f;
constexpr float kNavY = 590.f, kNavH = 56.f;
constexpr std::size_t kChoiceQuestions = 9, kTimelineEvents = 5;

bank::DateLanguage date_language(const StringTable& s) {
    return s.language() == Language::German ? bank::DateLanguage::German
                                            : bank::DateLanguage::English;
}

}  // namespace

ExamScene::ExamScene(SceneContext& ctx, exam::Exam paper)
    : Scene(ctx), paper_(std::move(paper)), time_bar_({kLeft, 70, kWidth, 8}) {
    const auto& t = ctx.theme;
    counter_ = TextBlock("", {kLeft, 30, 600, 30},
                         {FontFace::SansBold, t.type.small, t.type.caption, t.palette.text_muted,
                          Align::Left, VAlign::Middle, 1.f, false});
    clock_ = TextBlock("", {kLeft + kWidth - 300, 30, 300, 30},
                       {FontFace::SansBold, t.type.small, t.type.caption, t.palette.accent,
                        Align::Right, VAlign::Middle, 1.f, false});
    prompt_ = TextBlock("", {kLeft, 92, kWidth, 136},
                        {FontFace::SansBold, t.type.h2 + 2, t.type.small, t.palette.text,
                         Align::Left, VAlign::Middle, 1.2f, true});
    const auto language = ctx.strings.language();
    const auto hand_in = ctrl_key_name(sf::Keyboard::Enter, language);
    hints_choice_.set({{profile_keys(ctx).answer_keys_hint(true, ctx.strings.language()),
                        ctx.text(TextId::HintChoose)},
                       {"← →", ctx.text(TextId::HintQuestion)},
                       {hand_in, ctx.text(TextId::HintHandIn)},
                       {"Esc", ctx.text(TextId::HintPause)}});
    hints_timeline_.set({{"↑ ↓", ctx.text(TextId::HintNavigate)},
                         {key_name(sf::Keyboard::Space, language), ctx.text(TextId::HintCarry)},
                         {"← →", ctx.text(TextId::HintQuestion)},
                         {hand_in, ctx.text(TextId::HintHandIn)},
                         {"Esc", ctx.text(TextId::HintPause)}});
    order_ = paper_.timeline_order();
    time_bar_.snap(1.f);
    update_clock();
    show_question(0);
}

void ExamScene::update_clock() {
    const auto remaining = paper_.remaining_ms(static_cast<TimeMs>(elapsed_ms_));
    const long long secs = (remaining + 999) / 1000;
    if (secs == shown_seconds_) return;  // the text changes once a second, not every frame
    shown_seconds_ = secs;
    clock_changed_ = true;
    clock_.set_text(ctx_.strings.format(TextId::ExamTimeLeft, {format_duration(secs * 1000)}));
    time_bar_.snap(static_cast<float>(remaining) /
                   static_cast<float>(paper_.rules().time_limit_ms));
    if (secs <= 60) clock_.set_color(ctx_.theme.palette.danger);
}

// "Frage 3 von 11 · 2 beantwortet": counts an answer the moment it is given.
void ExamScene::update_counter() {
    counter_.set_text(
        ctx_.strings.format(TextId::ExamQuestionOf,
                            {std::to_string(current_ + 1), std::to_string(paper_.question_count()),
                             std::to_string(paper_.answered_count())}));
}

void ExamScene::show_question(std::size_t q) {
    current_ = std::min(q, paper_.question_count() - 1);
    carried_.reset();
    update_counter();
    if (paper_.is_timeline(current_)) {
        prompt_.set_text(ctx_.text(TextId::ExamTimelineTask));
        rebuild_timeline();
        answers_.set_focus(0);
    } else {
        prompt_.set_text(paper_.choice_question(current_).prompt);
        rebuild_choices();
        answers_.set_focus(paper_.chosen(current_).value_or(0));
    }
    answers_.show_focus(true);
    nav_.clear();
    const bool last = current_ + 1 >= paper_.question_count();
    nav_.add(Button(ctx_.text(TextId::ExamPrevious), {kLeft, kNavY, 200, kNavH},
                    ButtonKind::Secondary, "←"));
    if (!last)
        nav_.add(Button(ctx_.text(TextId::ExamNext), {kLeft + 216, kNavY, 220, kNavH},
                        ButtonKind::Secondary, "→"));
    nav_.add(Button(ctx_.text(TextId::ExamSubmit), {kLeft + kWidth - 220, kNavY, 220, kNavH},
                    ButtonKind::Primary));
    nav_.show_focus(false);
}

void ExamScene::rebuild_choices() {
    const auto& q = paper_.choice_question(current_);
    const auto chosen = paper_.chosen(current_);
    const auto focus = answers_.size() ? answers_.focus() : 0;
    answers_.clear();
    for (std::size_t i = 0; i < q.choices.size(); ++i) {
        const float y = kAnswersY + static_cast<float>(i) * (kAnswerH + kAnswerGap);
        const bool picked = chosen && *chosen == i;
        // The pick shows as a filled dot and the accent fill: never colour alone, never a verdict.
        std::string label = picked ? "● " : "○ ";
        label.append(q.choices[i]);
        answers_
            .add(Button(label, {kLeft, y, kWidth, kAnswerH},
                        picked ? ButtonKind::Primary : ButtonKind::Secondary,
                        profile_keys(ctx_).answer_badge(i, ctx_.strings.language())))
            .set_label_align(Align::Left);
    }
    answers_.set_focus(std::min(focus, q.choices.size() - 1));
}

void ExamScene::rebuild_timeline() {
    const auto& events = paper_.events();
    const auto focus = answers_.size() ? answers_.focus() : 0;
    answers_.clear();
    for (std::size_t slot = 0; slot < order_.size(); ++slot) {
        const float y = kEventsY + static_cast<float>(slot) * (kEventH + kEventGap);
        std::string label = std::to_string(slot + 1);
        label.append(carried_ && *carried_ == slot ? ".  ⇅ " : ".  ");
        label.append(events[order_[slot]].text);
        answers_
            .add(
                Button(label, {kLeft, y, kWidth, kEventH},
                       carried_ && *carried_ == slot ? ButtonKind::Primary : ButtonKind::Secondary))
            .set_label_align(Align::Left);
    }
    answers_.set_focus(std::min(focus, order_.size() - 1));
}

void ExamScene::move_carried(int delta) {
    if (!carried_) return;
    const auto from = *carried_;
    const auto to = static_cast<std::size_t>(
        std::clamp<long>(static_cast<long>(from) + delta, 0, static_cast<long>(order_.size()) - 1));
    if (to == from) return;
    const auto moving = order_[from];
    order_.erase(order_.begin() + static_cast<long>(from));
    order_.insert(order_.begin() + static_cast<long>(to), moving);
    carried_ = to;
    paper_.place_timeline(order_);
    answers_.set_focus(to);
    rebuild_timeline();
    update_counter();
    ctx_.audio.play(Sfx::Move);
}

void ExamScene::hand_in() {
    paper_.submit(static_cast<TimeMs>(elapsed_ms_));
    ctx_.audio.play(Sfx::Open);
    ctx_.stack.replace_top(std::make_unique<ExamResultsScene>(ctx_, std::move(paper_)));
}

void ExamScene::handle_event(const sf::Event& e) {
    if (paper_.finished()) return;
    if (is_key(e, sf::Keyboard::Escape)) {
        ctx_.audio.play(Sfx::Back);
        ctx_.stack.push(std::make_unique<PauseScene>(ctx_));
        return;
    }
    if (e.type == sf::Event::KeyPressed && e.key.control && e.key.code == sf::Keyboard::Enter) {
        hand_in();
        return;
    }
    const bool timeline = paper_.is_timeline(current_);
    if (e.type == sf::Event::KeyPressed) {
        if (e.key.code == sf::Keyboard::Left) {
            if (current_ > 0) show_question(current_ - 1);
            return;
        }
        if (e.key.code == sf::Keyboard::Right) {
            if (current_ + 1 < paper_.question_count()) show_question(current_ + 1);
            return;
        }
        if (!timeline) {
            const auto picked = profile_keys(ctx_).answer_index(e.key.code);
            const int index = picked ? static_cast<int>(*picked) : -1;
            if (index >= 0 && static_cast<std::size_t>(index) < answers_.size()) {
                answers_.set_focus(static_cast<std::size_t>(index));
                paper_.choose(current_, static_cast<std::size_t>(index));
                ctx_.audio.play(Sfx::Select);
                rebuild_choices();
                update_counter();
                return;
            }
        } else if (carried_ &&
                   (e.key.code == sf::Keyboard::Up || e.key.code == sf::Keyboard::Down)) {
            move_carried(e.key.code == sf::Keyboard::Up ? -1 : 1);
            return;
        }
    }
    // The navigation buttons have their own keys (← →, Ctrl+Enter): they take the mouse only, so
    // that Enter and Space always go to the answers.
    const bool mouse = e.type == sf::Event::MouseMoved || e.type == sf::Event::MouseButtonPressed ||
                       e.type == sf::Event::MouseButtonReleased;
    if (const auto hit = mouse ? nav_.handle(e, ctx_) : std::nullopt) {
        if (*hit == 0 && current_ > 0)
            show_question(current_ - 1);
        else if (*hit == 1 && current_ + 1 < paper_.question_count())
            show_question(current_ + 1);
        else if (*hit >= 1)
            hand_in();
        return;
    }
    if (const auto hit = answers_.handle(e, ctx_)) {
        if (timeline) {
            const bool mouse = e.type == sf::Event::MouseButtonReleased;
            if (!carried_) {
                carried_ = *hit;  // pick up
                paper_.place_timeline(order_);
            } else if (mouse && *hit != *carried_) {
                move_carried(static_cast<int>(*hit) - static_cast<int>(*carried_));
                carried_.reset();  // a click on the target slot drops it there
            } else {
                carried_.reset();  // drop
            }
            ctx_.audio.play(Sfx::Select);
            rebuild_timeline();
        } else {
            paper_.choose(current_, *hit);
            ctx_.audio.play(Sfx::Select);
            rebuild_choices();
        }
        update_counter();
    }
}

void ExamScene::update(float dt) {
    elapsed_ms_ += static_cast<double>(dt) * 1000.0;
    update_clock();
    answers_.update(dt, ctx_.theme);
    nav_.update(dt, ctx_.theme);
    if (!paper_.finished() && paper_.time_up(static_cast<TimeMs>(elapsed_ms_))) hand_in();
}

void ExamScene::draw(sf::RenderTarget& target) const {
    backdrop_.draw(target, ctx_.theme);
    batch_.add(counter_);
    batch_.add(clock_);
    time_bar_.draw(batch_, ctx_);
    batch_.add(prompt_);
    answers_.draw(batch_, ctx_);
    nav_.draw(batch_, ctx_);
    (paper_.is_timeline(current_) ? hints_timeline_ : hints_choice_).draw(batch_, ctx_);
    batch_.draw(target, ctx_);
}

// ---- results ---------------------------------------------------------------------------------

ExamResultsScene::ExamResultsScene(SceneContext& ctx, exam::Exam paper)
    : Scene(ctx), paper_(std::move(paper)) {
    const auto& t = ctx.theme;
    const auto& r = paper_.result();
    const bool german = ctx.strings.language() == Language::German;
    grade_card_.set_geometry({kLeft, 24, kWidth, 150}, t.spacing.radius, 1.f);
    grade_card_.set_fill(t.palette.surface);
    grade_card_.set_outline(t.palette.border);
    grade_ = TextBlock(
        ctx.strings.format(TextId::ExamGrade, {std::to_string(r.grade.grade),
                                               german ? r.grade.name_de : r.grade.name_en}),
        {kLeft + 24, 34, kWidth - 48, 52},
        {FontFace::SansBold, t.type.h1, t.type.h2, t.palette.accent, Align::Left, VAlign::Middle,
         1.f, false});
    const int pct = r.max_points ? static_cast<int>(100LL * r.points / r.max_points) : 0;
    std::string points = ctx.strings.format(TextId::ExamPoints,
                                            {std::to_string(r.points), std::to_string(r.max_points),
                                             std::to_string(pct), format_duration(r.time_used_ms)});
    if (r.timed_out) points.append("  ·  ").append(ctx.text(TextId::ExamTimedOut));
    points_ = TextBlock(points, {kLeft + 24, 88, kWidth - 48, 30},
                        {FontFace::SansBold, t.type.body, t.type.caption, t.palette.text,
                         Align::Left, VAlign::Middle, 1.f, false});
    rule_ = TextBlock(
        exam::scoring_rule_text(paper_.rules(), german ? round::GradeKeyLanguage::German
                                                       : round::GradeKeyLanguage::English),
        {kLeft + 24, 120, kWidth - 48, 48},
        {FontFace::Sans, t.type.caption, 12, t.palette.text_muted, Align::Left, VAlign::Top, 1.2f,
         true});
    // One chip per question: number, and a mark by colour and icon (✓ all points, ◐ some, ✗ none).
    const auto n = paper_.question_count();
    const float gap = 8.f;
    const float w =
        std::min(96.f, (kWidth - gap * static_cast<float>(n - 1)) / static_cast<float>(n));
    for (std::size_t q = 0; q < n; ++q) {
        auto& chip = chips_.add(
            Button(paper_.is_timeline(q) ? std::string("⇅") : std::to_string(q + 1),
                   {kLeft + static_cast<float>(q) * (w + gap), 188, w, 48}, ButtonKind::Secondary));
        chip.set_label_align(Align::Left);
        const auto& result = r.questions[q];
        chip.set_mark(result.correct     ? ButtonMark::Correct
                      : result.partial() ? ButtonMark::Partial
                                         : ButtonMark::Wrong);
    }
    review_card_.set_geometry({kLeft, 250, kWidth, 324}, t.spacing.radius, 1.f);
    review_card_.set_fill(t.palette.surface);
    review_card_.set_outline(t.palette.border);
    review_heading_ = TextBlock("", {kLeft + 24, 260, kWidth - 48, 60},
                                {FontFace::SansBold, t.type.body, t.type.small, t.palette.text,
                                 Align::Left, VAlign::Middle, 1.15f, true});
    review_ = TextBlock("", {kLeft + 24, 324, kWidth - 48, 240},
                        {FontFace::Sans, t.type.small, 13, t.palette.text_muted, Align::Left,
                         VAlign::Top, 1.3f, true});
    const std::string look_up =
        key_name(profile_keys(ctx).key(KeyAction::ReadSource), ctx.strings.language());
    buttons_.add(Button(ctx.text(TextId::StudyReadSource), {kLeft, 590, 360, 56},
                        ButtonKind::Secondary, look_up));
    buttons_.add(Button(ctx.text(TextId::ResultsHome), {kLeft + kWidth - 300, 590, 300, 56},
                        ButtonKind::Primary, "Esc"));
    buttons_.show_focus(false);
    hints_.set({{"← →", ctx.text(TextId::HintQuestion)},
                {"↑ ↓", ctx.text(TextId::HintScroll)},
                {look_up, ctx.text(TextId::HintReadSource)},
                {"Esc", ctx.text(TextId::ResultsHome)}});
    select(0);
}

void ExamResultsScene::select(std::size_t q) {
    selected_ = std::min(q, paper_.question_count() - 1);
    chips_.set_focus(selected_);
    const auto& r = paper_.result().questions[selected_];
    const auto lang = date_language(ctx_.strings);
    std::string body;
    if (paper_.is_timeline(selected_)) {
        review_heading_.set_text(ctx_.text(TextId::ExamTimelineTask));
        const auto& events = paper_.events();
        if (!paper_.timeline_answered()) {
            body.append(ctx_.text(TextId::ExamUntouched));
        } else {
            std::string placed;
            for (std::size_t slot = 0; slot < events.size(); ++slot) {
                const auto& ev = events[paper_.timeline_order()[slot]];
                if (slot) placed.append(" → ");
                placed.append(std::to_string(ev.rank + 1));
            }
            body.append(ctx_.strings.format(TextId::ExamYourOrder, {placed}));
        }
        body.append("   ·   ")
            .append(r.correct     ? "✓ "
                    : r.partial() ? "◐ "
                                  : "✗ ")
            .append(ctx_.strings.format(TextId::ExamPointsOf,
                                        {std::to_string(r.points), std::to_string(r.max_points)}));
        body.append("\n").append(ctx_.text(TextId::ExamRightOrder));
        std::vector<const exam::ExamEvent*> sorted;
        sorted.reserve(events.size());
        for (const auto& ev : events)
            sorted.push_back(&ev);
        std::sort(sorted.begin(), sorted.end(),
                  [](const auto* a, const auto* b) { return a->rank < b->rank; });
        for (const auto* ev : sorted) {
            body.append("\n").append(std::to_string(ev->rank + 1)).append(". ");
            body.append(bank::format_date(ev->date, lang)).append(" – ").append(ev->text);
        }
    } else {
        const auto& q = paper_.choice_question(selected_);
        review_heading_.set_text(std::to_string(selected_ + 1).append(". ").append(q.prompt));
        const auto chosen = paper_.chosen(selected_);
        body.append(r.correct ? "✓ " : "✗ ");
        body.append(
            ctx_.strings.format(TextId::ExamYourAnswer,
                                {chosen ? q.choices[*chosen] : ctx_.text(TextId::ExamNoAnswer)}));
        if (!r.correct)
            body.append("   ·   ").append(
                ctx_.strings.format(TextId::ExamRightAnswer, {q.choices[q.correct_choice]}));
        body.append("   ·   ").append(ctx_.strings.format(
            TextId::ExamPointsOf, {std::to_string(r.points), std::to_string(r.max_points)}));
        if (!q.explanation.empty()) body.append("\n").append(q.explanation);
        if (!q.quote.empty())
            body.append("\n").append(ctx_.strings.format(TextId::QuizSource, {q.quote}));
    }
    review_.set_text(body);
}

void ExamResultsScene::read_source() {
    std::string id;
    if (paper_.is_timeline(selected_)) {
        for (const auto& ev : paper_.events())
            if (ev.rank == 0) id = ev.item_id;
    } else {
        id = paper_.choice_question(selected_).item_id;
    }
    if (id.empty()) return;
    ctx_.audio.play(Sfx::Open);
    ctx_.stack.push(make_source_reader_for(ctx_, id));
}

void ExamResultsScene::handle_event(const sf::Event& e) {
    if (is_key(e, sf::Keyboard::Escape)) {
        leave_screen(ctx_);
        return;
    }
    if (e.type == sf::Event::KeyPressed &&
        profile_keys(ctx_).action_of(e.key.code) == KeyAction::ReadSource) {
        read_source();
        return;
    }
    if (is_key(e, sf::Keyboard::Up) || is_key(e, sf::Keyboard::Down) ||
        e.type == sf::Event::MouseWheelScrolled) {
        review_.ensure_layout(ctx_);
        const bool up = e.type == sf::Event::KeyPressed ? e.key.code == sf::Keyboard::Up
                                                        : e.mouseWheelScroll.delta > 0;
        review_.scroll_lines(up ? -1 : 1);
        return;
    }
    const bool mouse = e.type == sf::Event::MouseMoved || e.type == sf::Event::MouseButtonPressed ||
                       e.type == sf::Event::MouseButtonReleased;
    if (const auto hit = mouse ? buttons_.handle(e, ctx_) : std::nullopt) {
        if (*hit == 0)
            read_source();
        else
            ctx_.stack.pop();
        return;
    }
    // The chips take ← → (and the mouse); Enter on a chip does nothing more than select it.
    if (const auto hit = chips_.handle(e, ctx_)) {
        select(*hit);
        return;
    }
    if (chips_.focus() != selected_) select(chips_.focus());
}

void ExamResultsScene::update(float dt) {
    chips_.update(dt, ctx_.theme);
    buttons_.update(dt, ctx_.theme);
}

void ExamResultsScene::draw(sf::RenderTarget& target) const {
    backdrop_.draw(target, ctx_.theme);
    batch_.add(grade_card_);
    batch_.add(grade_);
    batch_.add(points_);
    batch_.add(rule_);
    chips_.draw(batch_, ctx_);
    batch_.add(review_card_);
    batch_.add(review_heading_);
    batch_.add(review_);
    buttons_.draw(batch_, ctx_);
    hints_.draw(batch_, ctx_);
    batch_.draw(target, ctx_);
}

std::unique_ptr<Scene> make_exam(SceneContext& ctx) {
    auto& session = ctx.services.session();
    try {
        auto drawn = session.draw_quiz(kChoiceQuestions);
        if (drawn.empty()) throw std::invalid_argument("0");
        round::MultipleChoiceOptions options;
        options.question_count = drawn.size();
        const round::MultipleChoiceRound mc(drawn, options, Rng(session.next_round_seed()));
        std::vector<exam::ExamEvent> events;
        try {
            auto dealt = session.deal_timeline();
            if (dealt.size() > kTimelineEvents) dealt.resize(kTimelineEvents);
            std::vector<const bank::Item*> by_date = dealt;
            std::stable_sort(by_date.begin(), by_date.end(), [](const auto* a, const auto* b) {
                return bank::timeline_before(a->event()->date, b->event()->date);
            });
            for (const auto* item : dealt) {
                exam::ExamEvent ev;
                ev.item_id = item->id;
                ev.text = item->event()->text;
                ev.date = item->event()->date;
                ev.quote = item->quote;
                ev.rank = static_cast<std::size_t>(std::find(by_date.begin(), by_date.end(), item) -
                                                   by_date.begin());
                events.push_back(std::move(ev));
            }
        } catch (const std::exception&) {
            events.clear();  // no timeline question: the paper is the choices alone
        }
        exam::Exam paper(mc.questions(), std::move(events), exam::ExamRules{}, 0);
        return std::make_unique<ExamScene>(ctx, std::move(paper));
    } catch (const std::exception& e) {
        return std::make_unique<NoticeScene>(
            ctx, std::vector<std::string>{ctx.strings.format(TextId::ExamUnavailable, {e.what()})});
    }
}

}  // namespace chronik::ui
