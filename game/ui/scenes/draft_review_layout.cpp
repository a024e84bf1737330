// Where the draft review screen puts things and how it draws them (the rest of DraftReviewScene:
// draft_review_scene.cpp).
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

}  // namespace chronik::ui
