#include "ui/scenes/study_scene.hpp"

#include <cmath>

#include "bank/question_bank.hpp"
#include "ui/scenes/source_reader_scene.hpp"
#include "ui/scenes/study_scene_layout.hpp"

namespace chronik::ui {

using namespace study_layout;

std::string format_interval(std::int64_t ms, const StringTable& strings) {
    const auto n = [](double v) { return std::to_string(static_cast<long long>(std::lround(v))); };
    if (ms < kMinuteMs) return strings.get(TextId::DurationUnderMinute);
    if (ms < kHourMs) return strings.format(TextId::DurationMinutes, {n(double(ms) / kMinuteMs)});
    if (ms < kDayMs) return strings.format(TextId::DurationHours, {n(double(ms) / kHourMs)});
    const double days = std::round(double(ms) / kDayMs);
    if (days < 31) return strings.format(TextId::DurationDays, {n(days)});
    if (days < 365) return strings.format(TextId::DurationMonths, {n(days / 30.4)});
    // Years with one decimal, in the language's decimal mark.
    const long long tenths = std::lround(days / 36.5);
    std::string years = std::to_string(tenths / 10);
    if (tenths % 10) {
        years.push_back(strings.language() == Language::German ? ',' : '.');
        years.append(std::to_string(tenths % 10));
    }
    return strings.format(TextId::DurationYears, {years});
}

StudyScene::StudyScene(SceneContext& ctx, const std::string& deck_title)
    : Scene(ctx), deck_only_(!deck_title.empty()), progress_({kLeft, 70, kWidth, 8}) {
    const auto& t = ctx.theme;
    deck_banner_ = TextBlock(
        deck_only_ ? ctx.strings.format(TextId::StudyDeckBanner, {deck_title}) : std::string(),
        {560, 30, 440, 30},
        {FontFace::SansBold, t.type.small, t.type.caption, t.palette.accent, Align::Right,
         VAlign::Middle, 1.f, false});
    keys_ = profile_keys(ctx);
    counter_ = TextBlock("", {kLeft, 30, 520, 30},
                         {FontFace::SansBold, t.type.small, t.type.caption, t.palette.text_muted,
                          Align::Left, VAlign::Middle, 1.f, false});
    banner_ = TextBlock(ctx.text(TextId::StudyPracticeBanner), {560, 30, 440, 30},
                        {FontFace::SansBold, t.type.small, t.type.caption, t.palette.accent,
                         Align::Right, VAlign::Middle, 1.f, false});
    front_ = TextBlock("", {170, 120, 940, 356},
                       {FontFace::SansBold, t.type.h1, t.type.small, t.palette.text, Align::Center,
                        VAlign::Middle, 1.2f, true});
    answer_ = TextBlock("", {170, 222, 940, 92},
                        {FontFace::SansBold, t.type.h2 + 4, t.type.small, t.palette.accent,
                         Align::Center, VAlign::Middle, 1.15f, true});
    note_ = TextBlock("", {170, 324, 940, 164},
                      {FontFace::Sans, t.type.small, 13, t.palette.text_muted, Align::Left,
                       VAlign::Top, 1.25f, true});
    status_ = TextBlock("", {700, kToolsY, 460, kToolH},
                        {FontFace::Sans, t.type.small, t.type.caption, t.palette.text_muted,
                         Align::Right, VAlign::Middle, 1.f, false});
    done_heading_ = TextBlock("", {170, 140, 940, 70},
                              {FontFace::SansBold, t.type.h1, t.type.h2, t.palette.text,
                               Align::Center, VAlign::Middle, 1.f, false});
    done_detail_ = TextBlock("", {190, 232, 900, 240},
                             {FontFace::Sans, t.type.body, t.type.small, t.palette.text_muted,
                              Align::Center, VAlign::Top, 1.4f, true});
    card_.set_geometry(kCard, t.spacing.radius + 4, 1.f);
    card_.set_fill(t.palette.surface);
    card_.set_outline(t.palette.border);
    divider_.set_geometry({400, 212, 480, 2}, 1.f);
    divider_.set_fill(t.palette.border);

    const auto language = ctx.strings.language();
    const std::string flip_key = key_name(keys_.key(KeyAction::Flip), language);
    const std::string undo_key = key_name(keys_.key(KeyAction::Undo), language);
    const std::string source_key = key_name(keys_.key(KeyAction::ReadSource), language);
    hints_front_.set(
        {{flip_key, ctx.text(TextId::HintFlip)},
         {undo_key + " / " + ctrl_key_name(sf::Keyboard::Z, language), ctx.text(TextId::HintUndo)},
         {"Esc", ctx.text(TextId::HintPause)}});
    hints_back_.set(
        {{keys_.answer_keys_hint(false, ctx.strings.language()), ctx.text(TextId::HintGrade)},
         {flip_key, ctx.text(TextId::StudyGood)},
         {undo_key, ctx.text(TextId::HintUndo)},
         {source_key, ctx.text(TextId::HintReadSource)},
         {"Esc", ctx.text(TextId::HintPause)}});
    hints_practice_.set(
        {{key_name(keys_.key(KeyAction::Answer1), language), ctx.text(TextId::StudyDidNotKnow)},
         {flip_key, ctx.text(TextId::StudyKnew)},
         {source_key, ctx.text(TextId::HintReadSource)},
         {"Esc", ctx.text(TextId::HintPause)}});
    hints_done_.set({{"← →", ctx.text(TextId::HintNavigate)},
                     {"Enter", ctx.text(TextId::HintSelect)},
                     {undo_key, ctx.text(TextId::HintUndo)},
                     {"Esc", ctx.text(TextId::HintBackHome)}});
    back_.add(Button(ctx.text(TextId::HintBackHome), {1016, 22, 144, 40}, ButtonKind::Secondary));
    back_.show_focus(false);
    progress_.snap(0.f);
    load_next();
    set_status("");
}

StudyScene::~StudyScene() {
    if (deck_only_ && ctx_.services.has_session()) ctx_.services.session().focus_deck(std::nullopt);
}

bool StudyScene::animating() const {
    return flip_ < 1.f || actions_.animating() || tools_.animating() || back_.animating() ||
           progress_.animating();
}

void StudyScene::set_status(const std::string& text) {
    // With a read-only saves folder the line says so whenever it has nothing else to say.
    if (text.empty())
        if (auto notice = ctx_.services.session().not_saving_notice()) {
            status_.set_text(*notice);
            return;
        }
    status_.set_text(text);
}

void StudyScene::load_next() {
    item_ = nullptr;
    if (mode_ == Mode::Scheduled) {
        turn_ = ctx_.services.session().next_study_card();
        if (!turn_ || !turn_->item) {
            show_done();
            return;
        }
        day_total_ = studied_ + turn_->remaining;
        // New, learning and due apart (as Anki): a new card answered Good moves from "neu" to
        // "in Lernschritten", so the counter visibly changes with every answer.
        counter_.set_text(ctx_.strings.format(
            TextId::StudyQueueCounts,
            {std::to_string(studied_ + 1), std::to_string(turn_->new_left),
             std::to_string(turn_->learning_left), std::to_string(turn_->review_left)}));
        progress_.set_value(
            day_total_ > 0 ? static_cast<float>(studied_) / static_cast<float>(day_total_) : 0.f);
        show_card(*turn_->item);
        return;
    }
    if (practice_index_ >= practice_.size()) {
        show_done();
        return;
    }
    counter_.set_text(ctx_.strings.format(
        TextId::StudyProgress,
        {std::to_string(practice_index_ + 1), std::to_string(practice_.size() - practice_index_)}));
    progress_.set_value(static_cast<float>(practice_index_) / static_cast<float>(practice_.size()));
    show_card(*practice_[practice_index_]);
}

void StudyScene::show_card(const bank::Item& item) {
    item_ = &item;
    phase_ = Phase::Front;
    const auto& t = ctx_.theme;
    const auto faces = bank::flashcard_faces(item, ctx_.strings.language() == Language::German
                                                       ? bank::DateLanguage::German
                                                       : bank::DateLanguage::English);
    front_.set_box({170, 120, 940, 356});
    front_.set_style({FontFace::SansBold, t.type.h1, t.type.small, t.palette.text, Align::Center,
                      VAlign::Middle, 1.2f, true});
    front_.set_text(faces.front);
    answer_.set_text(faces.back);
    std::string note = faces.note;
    if (!item.quote.empty()) {
        if (!note.empty()) note.push_back('\n');
        note.append(ctx_.strings.format(TextId::QuizSource, {item.quote}));
    }
    note_.set_text(note);
    actions_.clear();
    actions_.add(
        Button(ctx_.text(TextId::StudyFlip), {440, kActionsY, 400, kActionH}, ButtonKind::Primary));
    actions_.set_focus(0);
    show_tools(false);
    card_seconds_ = 0;
    flip_ = 1.f;
}

// Undo while there is something to undo, and "read the source" on a card's back that quotes one.
void StudyScene::show_tools(bool read_source) {
    tools_.clear();
    if (undoable_ > 0)
        tools_.add(Button(ctx_.text(TextId::StudyUndo), {kLeft, kToolsY, 230, kToolH},
                          ButtonKind::Secondary,
                          key_name(keys_.key(KeyAction::Undo), ctx_.strings.language())));
    if (read_source)
        tools_.add(Button(ctx_.text(TextId::StudyReadSource),
                          {undoable_ > 0 ? kLeft + 246 : kLeft, kToolsY, 330, kToolH},
                          ButtonKind::Secondary,
                          key_name(keys_.key(KeyAction::ReadSource), ctx_.strings.language())));
    tools_.show_focus(false);
}

void StudyScene::flip() {
    if (phase_ != Phase::Front || !item_) return;
    phase_ = Phase::Back;
    ctx_.audio.play(Sfx::Open);
    const auto& t = ctx_.theme;
    front_.set_box({170, 110, 940, 96});
    front_.set_style({FontFace::Sans, t.type.body, t.type.caption, t.palette.text_muted,
                      Align::Center, VAlign::Middle, 1.2f, true});
    actions_.clear();
    const float gap = 16.f, w = (kWidth - 3 * gap) / 4;
    if (mode_ == Mode::Scheduled) {
        const std::array<TextId, 4> labels{TextId::StudyAgain, TextId::StudyHard, TextId::StudyGood,
                                           TextId::StudyEasy};
        for (std::size_t i = 0; i < 4; ++i) {
            std::string label = ctx_.text(labels[i]);
            if (turn_) {
                label.append(" · ");
                label.append(format_interval(turn_->intervals_ms[i], ctx_.strings));
            }
            const auto key = keys_.key(static_cast<KeyAction>(i));
            Button b(label, {kLeft + static_cast<float>(i) * (w + gap), kActionsY, w, kActionH},
                     i == 2 ? ButtonKind::Primary : ButtonKind::Secondary,
                     key_name(key, ctx_.strings.language()));
            // One size for the four grades: "Nochmal · < 1 Min" would otherwise shrink alone.
            b.set_label_size(t.type.small);
            actions_.add(std::move(b));
        }
        actions_.set_focus(2);  // Good, like Space
    } else {
        const float pw = (kWidth - gap) / 2;
        actions_.add(Button(ctx_.text(TextId::StudyDidNotKnow), {kLeft, kActionsY, pw, kActionH},
                            ButtonKind::Secondary,
                            key_name(keys_.key(KeyAction::Answer1), ctx_.strings.language())));
        actions_.add(Button(ctx_.text(TextId::StudyKnew),
                            {kLeft + pw + gap, kActionsY, pw, kActionH}, ButtonKind::Primary,
                            key_name(keys_.key(KeyAction::Answer3), ctx_.strings.language())));
        actions_.set_focus(1);
    }
    show_tools(!item_->quote.empty());
    flip_ = ctx_.theme.motion == Motion::Reduced ? 1.f : 0.f;
}

void StudyScene::grade(int rating) {
    if (phase_ != Phase::Back || !item_) return;
    if (mode_ == Mode::Practice) {
        if (rating >= 3) ++practice_known_;
        ++practice_index_;
        ctx_.audio.play(rating >= 3 ? Sfx::Correct : Sfx::Select);
        load_next();
        return;
    }
    const auto r = rating_from_int(rating).value_or(Rating::Good);
    const auto ms = static_cast<std::int64_t>(std::lround(card_seconds_ * 1000.0));
    set_status("");
    if (auto problem =
            ctx_.services.session().record_answer(item_->id, r, RoundKind::Flashcard, ms)) {
        set_status(ctx_.strings.format(TextId::QuizSaveFailed, {*problem}));
        return;  // nothing changed: the card stays so the answer can be given again
    }
    ctx_.audio.play(Sfx::Select);
    ++studied_;
    ++undoable_;
    load_next();
}

void StudyScene::undo() {
    if (mode_ != Mode::Scheduled || undoable_ == 0) {
        set_status(ctx_.text(TextId::StudyNothingToUndo));
        return;
    }
    try {
        const auto undone = ctx_.services.session().undo_last_answer();
        if (!undone) {
            undoable_ = 0;
            set_status(ctx_.text(TextId::StudyNothingToUndo));
            return;
        }
    } catch (const std::exception& e) {
        set_status(ctx_.strings.format(TextId::StudyUndoFailed, {e.what()}));
        return;
    }
    ctx_.audio.play(Sfx::Back);
    --undoable_;
    if (studied_ > 0) --studied_;
    set_status(ctx_.text(TextId::StudyUndone));
    load_next();
}

void StudyScene::show_done() {
    phase_ = Phase::Done;
    item_ = nullptr;
    progress_.set_value(1.f);
    counter_.set_text("");
    std::string detail;
    if (mode_ == Mode::Scheduled) {
        done_heading_.set_text(ctx_.text(TextId::StudyDoneHeading));
        const auto o = ctx_.services.session().study_outlook();
        detail = ctx_.strings.format(TextId::StudyDoneTomorrow, {std::to_string(o.due_tomorrow),
                                                                 std::to_string(o.new_tomorrow)});
        if (o.learning_later > 0) {
            detail.push_back('\n');
            detail.append(ctx_.strings.format(TextId::StudyLearningLater,
                                              {std::to_string(o.learning_later)}));
        }
        detail.push_back('\n');
        detail.append(ctx_.strings.format(TextId::StudyDoneSession, {std::to_string(studied_)}));
    } else {
        done_heading_.set_text(ctx_.strings.format(
            TextId::StudyPracticeDone,
            {std::to_string(practice_known_), std::to_string(practice_.size())}));
        detail = ctx_.text(TextId::StudyPracticeBanner);
    }
    done_detail_.set_text(detail);
    actions_.clear();
    const float gap = 16.f, w = (kWidth - 2 * gap) / 3;
    actions_.add(Button(ctx_.text(TextId::StudyAhead), {kLeft, kActionsY, w, kActionH},
                        ButtonKind::Primary));
    actions_.add(Button(ctx_.text(TextId::StudyWeak), {kLeft + w + gap, kActionsY, w, kActionH},
                        ButtonKind::Secondary));
    actions_.add(Button(ctx_.text(TextId::ResultsHome),
                        {kLeft + 2 * (w + gap), kActionsY, w, kActionH}, ButtonKind::Secondary));
    actions_.set_focus(0);
    show_tools(false);
    flip_ = 1.f;
}

void StudyScene::start_practice(study::PracticeKind kind) {
    auto cards = ctx_.services.session().practice_cards(kind, 20);
    if (cards.empty()) {
        set_status(ctx_.text(TextId::StudyNoCards));
        return;
    }
    ctx_.audio.play(Sfx::Open);
    mode_ = Mode::Practice;
    undoable_ = 0;  // practice is not saved: nothing of it to undo
    practice_ = std::move(cards);
    practice_index_ = 0;
    practice_known_ = 0;
    set_status("");
    progress_.snap(0.f);
    load_next();
}

void StudyScene::read_source() {
    if (phase_ != Phase::Back || !item_ || item_->quote.empty()) return;
    ctx_.audio.play(Sfx::Open);
    ctx_.stack.push(make_source_reader_for(ctx_, item_->id));
}

void StudyScene::on_reveal() {
    tools_.show_focus(false);
}
void StudyScene::elapse(float seconds) {
    if (phase_ != Phase::Done) card_seconds_ += seconds;
}

void StudyScene::update(float dt) {
    if (phase_ != Phase::Done) card_seconds_ += dt;
    if (flip_ < 1.f) flip_ = std::min(1.f, flip_ + dt / kFlipSeconds);
    actions_.update(dt, ctx_.theme);
    tools_.update(dt, ctx_.theme);
    back_.update(dt, ctx_.theme);
    progress_.update(dt, ctx_.theme);
}

void StudyScene::draw(sf::RenderTarget& target) const {
    backdrop_.draw(target, ctx_.theme);
    batch_.add(counter_);
    if (mode_ == Mode::Practice)
        batch_.add(banner_);
    else if (deck_only_)
        batch_.add(deck_banner_);
    progress_.draw(batch_, ctx_);
    batch_.add(card_);
    switch (phase_) {
        case Phase::Front:
            batch_.add(front_);
            break;
        case Phase::Back: {
            batch_.add(front_);
            batch_.add(divider_);
            // The answer rises into place as the card turns (not at all under reduced motion).
            const float e = flip_ * flip_ * (3.f - 2.f * flip_);
            const sf::Vector2f offset{0.f, std::round(14.f * (1.f - e))};
            if (offset.y != 0.f) {
                batch_.add(answer_, offset);
                batch_.add(note_, offset);
            } else {
                batch_.add(answer_);
                batch_.add(note_);
            }
            break;
        }
        case Phase::Done:
            batch_.add(done_heading_);
            batch_.add(done_detail_);
            break;
    }
    actions_.draw(batch_, ctx_);
    tools_.draw(batch_, ctx_);
    back_.draw(batch_, ctx_);
    batch_.add(status_);
    switch (phase_) {
        case Phase::Front:
            hints_front_.draw(batch_, ctx_);
            break;
        case Phase::Back:
            (mode_ == Mode::Practice ? hints_practice_ : hints_back_).draw(batch_, ctx_);
            break;
        case Phase::Done:
            hints_done_.draw(batch_, ctx_);
            break;
    }
    batch_.draw(target, ctx_);
}

std::unique_ptr<Scene> make_study(SceneContext& ctx) {
    return std::make_unique<StudyScene>(ctx);
}

std::unique_ptr<Scene> make_deck_study(SceneContext& ctx, const std::string& deck_id,
                                       const std::string& deck_title) {
    ctx.services.session().focus_deck(deck_id);
    return std::make_unique<StudyScene>(ctx, deck_title);
}

}  // namespace chronik::ui
