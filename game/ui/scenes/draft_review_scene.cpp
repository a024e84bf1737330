#include "ui/scenes/draft_review_scene.hpp"

#include "bank/event_date.hpp"
#include "ui/input/nav.hpp"
#include "ui/scenes/dialogs.hpp"
#include "ui/text/decks_strings.hpp"

namespace chronik::ui {
namespace {

const sf::FloatRect kLeft{60, 104, 720, 440};
const sf::FloatRect kRight{800, 104, 420, 440};
constexpr float kFieldX = 80.f, kLabelW = 150.f, kFieldY = 150.f, kFieldH = 50.f, kFieldStep = 58.f;

}  // namespace

DraftReviewScene::DraftReviewScene(SceneContext& ctx, std::string deck_id, std::string title)
    : Scene(ctx), deck_id_(std::move(deck_id)), title_(std::move(title)) {
    const auto& t = ctx.theme;
    heading_ =
        TextBlock(format(ctx.strings, DecksText::ReviewHeading, {title_}), {60, 18, 1160, 48},
                  {FontFace::SansBold, t.type.h2, t.type.small, t.palette.text, Align::Left,
                   VAlign::Middle, 1.f, false});
    progress_ = TextBlock("", {60, 66, 360, 28},
                          {FontFace::Sans, t.type.small, t.type.caption, t.palette.text_muted,
                           Align::Left, VAlign::Middle, 1.f, false});
    status_ = TextBlock("", {420, 66, 800, 28},
                        {FontFace::SansBold, t.type.small, 12, t.palette.accent, Align::Right,
                         VAlign::Middle, 1.f, false});
    kind_ = TextBlock("", {kLeft.left + 24, kLeft.top + 14, kLeft.width - 48, 24},
                      {FontFace::SansBold, t.type.caption, 12, t.palette.text_muted, Align::Left,
                       VAlign::Middle, 1.f, false});
    main_ = TextBlock("", {kLeft.left + 24, kLeft.top + 46, kLeft.width - 48, 120},
                      {FontFace::SansBold, t.type.h2, t.type.small, t.palette.text, Align::Left,
                       VAlign::Top, 1.15f, true});
    source_caption_ = TextBlock(text(ctx.strings, DecksText::ReviewSource),
                                {kRight.left + 22, kRight.top + 14, kRight.width - 44, 24},
                                {FontFace::SansBold, t.type.caption, 12, t.palette.text_muted,
                                 Align::Left, VAlign::Middle, 1.f, false});
    source_ =
        TextBlock("", {kRight.left + 22, kRight.top + 48, kRight.width - 44, kRight.height - 64},
                  {FontFace::Serif, t.type.body, t.type.caption, t.palette.text, Align::Left,
                   VAlign::Top, 1.3f, true});
    message_ = TextBlock("", {kLeft.left + 24, kLeft.top + 46, kLeft.width - 48, 360},
                         {FontFace::Sans, t.type.body, t.type.small, t.palette.text, Align::Left,
                          VAlign::Top, 1.3f, true});
    preview_ = TextBlock("", {kFieldX, 0, kLeft.width - 40, 100},
                         {FontFace::Sans, t.type.small, t.type.caption, t.palette.text_muted,
                          Align::Left, VAlign::Top, 1.2f, true});
    left_card_.set_geometry(kLeft, t.spacing.radius, 1.f);
    left_card_.set_fill(t.palette.surface);
    left_card_.set_outline(t.palette.border);
    right_card_.set_geometry(kRight, t.spacing.radius, 1.f);
    right_card_.set_fill(t.palette.surface_raised);
    right_card_.set_outline(t.palette.border);
    load_next();
}

std::string DraftReviewScene::field_label(std::size_t index) const {
    const auto& s = ctx_.strings;
    if (!card_ || index >= card_->fields.size()) return {};
    switch (card_->fields[index].kind) {
        case DraftField::Prompt:
            return text(s, DecksText::ReviewPrompt);
        case DraftField::Answer:
            return text(s, DecksText::ReviewAnswer);
        case DraftField::Distractor: {
            std::size_t n = 0;
            for (std::size_t i = 0; i <= index; ++i)
                if (card_->fields[i].kind == DraftField::Distractor) ++n;
            return format(s, DecksText::ReviewDistractor, {std::to_string(n)});
        }
        case DraftField::EventText:
            return text(s, DecksText::ReviewEventText);
        case DraftField::Front:
            return text(s, DecksText::ReviewFront);
        case DraftField::Back:
            return text(s, DecksText::ReviewBack);
    }
    return {};
}

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

void DraftReviewScene::layout_card() {
    const auto& t = ctx_.theme;
    const auto& s = ctx_.strings;
    choices_.clear();
    fields_.clear();
    progress_.set_text(
        card_ ? format(s, DecksText::ReviewProgress,
                       {std::to_string(card_->reviewed), std::to_string(card_->remaining)})
              : std::string());
    status_.set_text(status_text_);
    if (!card_) {
        kind_.set_text("");
        main_.set_text("");
        source_.set_text("");
        if (mode_ == Mode::AllDone)
            message_.set_text(format(s, DecksText::ReviewAllDone, {std::to_string(accepted_)}));
        return;
    }
    message_.set_text("");
    const auto& item = card_->item;
    source_.set_text(card_->source_sentence.empty() ? text(s, DecksText::ReviewNoSource)
                                                    : card_->source_sentence);
    const auto line = [&](const std::string& str, float y, sf::Color colour, FontFace face) {
        choices_.emplace_back(str, sf::FloatRect{kLeft.left + 24, y, kLeft.width - 48, 34},
                              TextStyle{face, t.type.body, t.type.caption, colour, Align::Left,
                                        VAlign::Middle, 1.f, false});
    };
    const float y0 = kLeft.top + 180;
    if (const auto* mc = item.multiple_choice()) {
        kind_.set_text(text(s, DecksText::ReviewKindMc));
        main_.set_text(mc->prompt);
        line(std::string("✓  ")
                 .append(text(s, DecksText::ReviewAnswer))
                 .append(": ")
                 .append(mc->answer),
             y0, t.palette.success, FontFace::SansBold);
        for (std::size_t i = 0; i < mc->distractors.size(); ++i)
            line(std::string("✗  ")
                     .append(format(s, DecksText::ReviewDistractor, {std::to_string(i + 1)}))
                     .append(": ")
                     .append(mc->distractors[i]),
                 y0 + 44.f * static_cast<float>(i + 1), t.palette.text, FontFace::Sans);
    } else if (const auto* ev = item.event()) {
        kind_.set_text(text(s, DecksText::ReviewKindEvent));
        main_.set_text(ev->text);
        const auto lang = s.language() == Language::German ? bank::DateLanguage::German
                                                           : bank::DateLanguage::English;
        line(std::string(text(s, DecksText::ReviewDate))
                 .append(": ")
                 .append(bank::format_date(ev->date, lang)),
             y0, t.palette.accent, FontFace::SansBold);
    } else if (const auto* fc = item.flashcard()) {
        kind_.set_text(text(s, DecksText::ReviewKindCard));
        main_.set_text(fc->front);
        line(std::string(text(s, DecksText::ReviewBack)).append(": ").append(fc->back), y0,
             t.palette.text, FontFace::Sans);
    }
    if (mode_ == Mode::Editing) layout_fields();
}

void DraftReviewScene::layout_fields() {
    const auto& t = ctx_.theme;
    fields_.clear();
    for (std::size_t i = 0; i < values_.size(); ++i) {
        FieldRow r;
        const float y = kFieldY + kFieldStep * static_cast<float>(i);
        r.box = {kFieldX + kLabelW, y, kLeft.width - kLabelW - 40, kFieldH};
        r.bg.set_geometry(r.box, 10.f, 1.f);
        r.bg.set_fill(t.palette.surface_raised);
        r.bg.set_outline(t.palette.border);
        r.label = TextBlock(field_label(i), {kFieldX, y, kLabelW - 10, kFieldH},
                            {FontFace::SansBold, t.type.small, t.type.caption, t.palette.text_muted,
                             Align::Left, VAlign::Middle, 1.f, false});
        r.value = TextBlock(values_[i], {r.box.left + 16, y, r.box.width - 32, kFieldH},
                            {FontFace::Sans, t.type.body, t.type.caption, t.palette.text,
                             Align::Left, VAlign::Middle, 1.f, false});
        fields_.push_back(std::move(r));
    }
    if (active_ < fields_.size()) {
        input_.emplace(fields_[active_].box, "", 300);
        input_->set_value(values_[active_]);
    }
    const float top = kFieldY + kFieldStep * static_cast<float>(values_.size()) + 4;
    preview_.set_box({kFieldX, top, kLeft.width - 40, kLeft.top + kLeft.height - top - 12});
    refresh_preview();
}

void DraftReviewScene::refresh_preview() {
    preview_.set_text(
        input_ ? std::string(field_label(active_)).append(": ").append(input_->value_utf8())
               : std::string());
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
    const auto add = [&](DecksText label, float x, float w, ButtonKind kind, std::string key) {
        buttons_.add(Button(text(s, label), {x, 562, w, 56}, kind, std::move(key)));
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
                     {s.language() == Language::German ? "Strg+V" : "Ctrl+V",
                      text(s, DecksText::HintPaste)},
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
            ctx_.audio.play(Sfx::Back);
            ctx_.stack.pop();
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
                    ctx_.audio.play(Sfx::Back);
                    ctx_.stack.pop();
            }
        } else if (mode_ == Mode::AllDone && *hit == 0) {
            finish();
        } else {
            ctx_.audio.play(Sfx::Back);
            ctx_.stack.pop();
        }
    }
}

void DraftReviewScene::draw(sf::RenderTarget& target) const {
    backdrop_.draw(target, ctx_.theme);
    heading_.draw(target, ctx_);
    progress_.draw(target, ctx_);
    status_.draw(target, ctx_);
    target.draw(left_card_);
    if (mode_ == Mode::Editing) {
        kind_.draw(target, ctx_);
        for (std::size_t i = 0; i < fields_.size(); ++i) {
            fields_[i].label.draw(target, ctx_);
            if (i == active_ && input_) continue;
            target.draw(fields_[i].bg);
            fields_[i].value.draw(target, ctx_);
        }
        if (input_) input_->draw(target, ctx_);
        preview_.draw(target, ctx_);
    } else if (card_) {
        kind_.draw(target, ctx_);
        main_.draw(target, ctx_);
        for (const auto& c : choices_)
            c.draw(target, ctx_);
    } else {
        message_.draw(target, ctx_);
    }
    if (card_) {
        target.draw(right_card_);
        source_caption_.draw(target, ctx_);
        source_.draw(target, ctx_);
    }
    buttons_.draw(target, ctx_);
    hints_.draw(target, ctx_);
}

std::unique_ptr<Scene> make_draft_review(SceneContext& ctx, const std::string& deck_id,
                                         const std::string& title) {
    return std::make_unique<DraftReviewScene>(ctx, deck_id, title);
}

}  // namespace chronik::ui
