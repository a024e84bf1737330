#include "ui/scenes/draft_review_scene.hpp"

#include "bank/event_date.hpp"
#include "ui/input/key_bindings.hpp"
#include "ui/input/nav.hpp"
#include "ui/scenes/dialogs.hpp"
#include "ui/scenes/leave_screen.hpp"
#include "ui/text/decks_strings.hpp"

namespace chronik::ui {

void DraftReviewScene::load_next() {
    card_.reset();
    input_.reset();
    card_ = ctx_.services.decks.next_draft(deck_id_);
    if (mode_ != Mode::Finished) mode_ = card_ ? Mode::Viewing : Mode::AllDone;
    if (card_) accepted_ = card_->reviewed;
    // The last card's decision is not in the count a card carries (it counts the ones before
    // it): with none left, count the deck's reviewed items, as finishing it will ("26 angenommen"
    // and then "Stapel mit 27" was the result).
    if (!card_)
        for (const auto& d : ctx_.services.decks.decks())
            if (d.id == deck_id_ && d.user) accepted_ = d.multiple_choice + d.events + d.flashcards;
    layout_card();
    set_buttons();
}

void DraftReviewScene::set_status(std::string text, bool problem) {
    status_text_ = std::move(text);
    status_problem_ = problem;
    status_.set_color(problem ? ctx_.theme.palette.danger : ctx_.theme.palette.accent);
    status_.set_text(status_text_);
}

void DraftReviewScene::set_buttons() {
    const auto& s = ctx_.strings;
    buttons_.clear();
    std::vector<KeyHint> hints;
    const auto add = [&](DecksText label, float x, float w, ButtonKind kind,
                         const std::string& key) {
        buttons_.add(Button(text(s, label), {x, 562, w, 56}, kind, key));
    };
    switch (mode_) {
        case Mode::Viewing:
            add(DecksText::ReviewAccept, 60, 180, ButtonKind::Primary, "A");
            add(DecksText::ReviewReject, 252, 170, ButtonKind::Danger, "R");
            add(DecksText::ReviewEdit, 434, 180, ButtonKind::Secondary, "E");
            add(DecksText::ReviewFlashcard, 626, 220, ButtonKind::Secondary, "F");
            add(DecksText::ReviewFinish, 858, 200, ButtonKind::Secondary, "S");
            add(DecksText::HintBack, 1070, 150, ButtonKind::Secondary, "Esc");
            hints = {{"A/Enter", text(s, DecksText::HintAccept)},
                     {s.language() == Language::German ? "R/Entf" : "R/Del",
                      text(s, DecksText::HintReject)},
                     {"E", text(s, DecksText::HintEdit)},
                     {"F", text(s, DecksText::HintFlashcard)},
                     {"S", text(s, DecksText::HintFinish)},
                     {"Esc", text(s, DecksText::HintBack)}};
            break;
        case Mode::Editing:
            add(DecksText::HintSave, 60, 220, ButtonKind::Primary, "Enter");
            add(DecksText::HintCancel, 292, 200, ButtonKind::Secondary, "Esc");
            hints = {{"Tab", text(s, DecksText::HintField)},
                     {"Enter", text(s, DecksText::HintSave)},
                     {ctrl_key_name(sf::Keyboard::V, s.language()), text(s, DecksText::HintPaste)},
                     {"Esc", text(s, DecksText::HintCancel)}};
            break;
        case Mode::AllDone:
            add(DecksText::ReviewFinish, 60, 240, ButtonKind::Primary, "Enter");
            add(DecksText::HintBack, 312, 180, ButtonKind::Secondary, "Esc");
            hints = {{"Enter", text(s, DecksText::HintFinish)},
                     {"Esc", text(s, DecksText::HintBack)}};
            break;
        case Mode::Finished:
            add(DecksText::HintBack, 60, 200, ButtonKind::Primary, "Esc");
            hints = {{"Esc", text(s, DecksText::HintBack)}};
            break;
    }
    buttons_.show_focus(false);  // every button answers to its key
    hints_.set(std::move(hints));
}

void DraftReviewScene::act(DraftAction action) {
    if (!card_) return;
    if (const auto problem = ctx_.services.decks.decide(deck_id_, card_->item.id, action)) {
        ctx_.audio.play(Sfx::Wrong);
        layout_card();
        set_status(format(ctx_.strings, DecksText::ReviewNotSaved, {*problem}), true);
        return;
    }
    status_text_ = text(ctx_.strings, action == DraftAction::Accept   ? DecksText::ReviewAccepted
                                      : action == DraftAction::Reject ? DecksText::ReviewRejected
                                                                      : DecksText::ReviewMadeCard);
    ctx_.audio.play(action == DraftAction::Reject ? Sfx::Back : Sfx::Select);
    load_next();
    set_status(status_text_, false);
}

void DraftReviewScene::start_edit() {
    if (!card_) return;
    values_.clear();
    for (const auto& f : card_->fields)
        values_.push_back(f.value);
    mode_ = Mode::Editing;
    active_ = 0;
    typing_armed_ = false;
    status_text_ = text(ctx_.strings, DecksText::ReviewEditing);
    ctx_.audio.play(Sfx::Open);
    layout_card();
    set_buttons();
    set_status(status_text_, false);
}

void DraftReviewScene::focus_field(std::size_t index) {
    if (input_ && active_ < values_.size()) values_[active_] = input_->value_utf8();
    active_ = index % values_.size();
    layout_fields();
}

void DraftReviewScene::save_edit() {
    if (!card_) return;
    if (input_ && active_ < values_.size()) values_[active_] = input_->value_utf8();
    const auto problems = ctx_.services.decks.save_edit(deck_id_, card_->item.id, values_);
    if (!problems.empty()) {
        const auto& p = problems.front();
        const auto label = field_label(p.field);
        switch (p.issue) {
            case EditIssue::Empty:
                status_text_ = format(ctx_.strings, DecksText::ReviewFieldEmpty, {label});
                break;
            case EditIssue::Repeated:
                status_text_ = format(ctx_.strings, DecksText::ReviewFieldRepeated, {label});
                break;
            case EditIssue::NotAnswerType:
                status_text_ = format(ctx_.strings, DecksText::ReviewFieldType, {label, p.detail});
                break;
            case EditIssue::NotSaved:
                status_text_ = format(ctx_.strings, DecksText::ReviewNotSaved, {p.detail});
                break;
        }
        ctx_.audio.play(Sfx::Wrong);
        if (p.issue != EditIssue::NotSaved && p.field < values_.size()) {
            active_ = p.field;
            layout_fields();
        }
        set_status(status_text_, true);
        return;
    }
    status_text_ = text(ctx_.strings, DecksText::ReviewSaved);
    ctx_.audio.play(Sfx::Select);
    mode_ = Mode::Viewing;
    load_next();
    set_status(status_text_, false);
}

void DraftReviewScene::ask_finish() {
    const std::size_t remaining = card_ ? card_->remaining : 0;
    if (remaining == 0) {
        finish();
        return;
    }
    ctx_.stack.push(std::make_unique<ConfirmDialogScene>(
        ctx_, text(ctx_.strings, DecksText::ReviewFinishQuestion),
        format(ctx_.strings, DecksText::ReviewFinishDetail, {std::to_string(remaining)}),
        text(ctx_.strings, DecksText::ReviewFinish), [this] { finish(); }));
}

void DraftReviewScene::finish() {
    const auto errors = ctx_.services.decks.finish_draft(deck_id_);
    std::size_t items = 0;
    for (const auto& d : ctx_.services.decks.decks())
        if (d.id == deck_id_ && d.user) items = d.multiple_choice + d.events + d.flashcards;
    mode_ = Mode::Finished;
    card_.reset();
    input_.reset();
    status_text_.clear();
    layout_card();
    if (errors.empty()) {
        message_.set_text(
            format(ctx_.strings, DecksText::ReviewFinished, {title_, std::to_string(items)}));
        ctx_.audio.play(Sfx::Correct);
    } else {
        message_.set_text(format(ctx_.strings, DecksText::ReviewFinishedErrors,
                                 {std::to_string(errors.size()), errors.front()}));
        ctx_.audio.play(Sfx::Wrong);
    }
    set_buttons();
}

void DraftReviewScene::update(float dt) {
    typing_armed_ = true;
    if (input_) input_->update(dt);
    buttons_.update(dt, ctx_.theme);
}

bool DraftReviewScene::animating() const {
    return (input_ && input_->animating()) || buttons_.animating();
}

void DraftReviewScene::handle_event(const sf::Event& e) {
    if (mode_ == Mode::Editing) {
        if (e.type == sf::Event::KeyPressed) {
            switch (e.key.code) {
                case sf::Keyboard::Escape:
                    mode_ = Mode::Viewing;
                    status_text_.clear();
                    ctx_.audio.play(Sfx::Back);
                    layout_card();
                    set_buttons();
                    input_.reset();
                    return;
                case sf::Keyboard::Enter:
                    save_edit();
                    return;
                case sf::Keyboard::Tab:
                case sf::Keyboard::Down:
                case sf::Keyboard::Up: {
                    const bool back = e.key.code == sf::Keyboard::Up ||
                                      (e.key.code == sf::Keyboard::Tab && e.key.shift);
                    focus_field(back ? active_ + values_.size() - 1 : active_ + 1);
                    ctx_.audio.play(Sfx::Move);
                    return;
                }
                default:
                    break;
            }
        }
        if (e.type == sf::Event::TextEntered && !typing_armed_) return;
        if ((e.type == sf::Event::TextEntered || e.type == sf::Event::KeyPressed) && input_) {
            if (input_->handle(e)) {
                refresh_preview();
                // The problem was about the old text: back to how editing works.
                if (status_problem_)
                    set_status(text(ctx_.strings, DecksText::ReviewEditing), false);
            }
            return;
        }
        if (e.type == sf::Event::MouseButtonReleased && e.mouseButton.button == sf::Mouse::Left) {
            const sf::Vector2f p{static_cast<float>(e.mouseButton.x),
                                 static_cast<float>(e.mouseButton.y)};
            for (std::size_t i = 0; i < fields_.size(); ++i)
                if (fields_[i].box.contains(p) && i != active_) {
                    focus_field(i);
                    return;
                }
        }
        if (const auto hit = buttons_.handle(e, ctx_)) {
            if (*hit == 0)
                save_edit();
            else
                handle_event([] {
                    sf::Event esc{};
                    esc.type = sf::Event::KeyPressed;
                    esc.key.code = sf::Keyboard::Escape;
                    return esc;
                }());
        }
        return;
    }
    if (e.type == sf::Event::KeyPressed) {
        const auto key = e.key.code;
        if (key == sf::Keyboard::Escape) {
            leave_screen(ctx_);
            return;
        }
        if (mode_ == Mode::Viewing) {
            if (key == sf::Keyboard::A || key == sf::Keyboard::Enter) act(DraftAction::Accept);
            if (key == sf::Keyboard::R || key == sf::Keyboard::Delete) act(DraftAction::Reject);
            if (key == sf::Keyboard::F) act(DraftAction::Flashcard);
            if (key == sf::Keyboard::E) start_edit();
            if (key == sf::Keyboard::S) ask_finish();
        } else if (mode_ == Mode::AllDone) {
            if (key == sf::Keyboard::Enter || key == sf::Keyboard::S) finish();
        }
        return;
    }
    if (const auto hit = buttons_.handle(e, ctx_)) {
        if (mode_ == Mode::Viewing) {
            switch (*hit) {
                case 0:
                    act(DraftAction::Accept);
                    break;
                case 1:
                    act(DraftAction::Reject);
                    break;
                case 2:
                    start_edit();
                    break;
                case 3:
                    act(DraftAction::Flashcard);
                    break;
                case 4:
                    ask_finish();
                    break;
                default:
                    leave_screen(ctx_);
            }
        } else if (mode_ == Mode::AllDone && *hit == 0) {
            finish();
        } else {
            leave_screen(ctx_);
        }
    }
}

std::unique_ptr<Scene> make_draft_review(SceneContext& ctx, const std::string& deck_id,
                                         const std::string& title) {
    return std::make_unique<DraftReviewScene>(ctx, deck_id, title);
}

}  // namespace chronik::ui
