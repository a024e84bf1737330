#include "ui/scenes/exam_scope_scene.hpp"

#include <algorithm>

#include "decks/deck_scope.hpp"
#include "study/exam_preparation.hpp"
#include "ui/input/nav.hpp"
#include "ui/scenes/leave_screen.hpp"
#include "ui/text/exam_plan_strings.hpp"

namespace chronik::ui {
namespace {

using T = ExamPlanText;

constexpr float kLeft = 60.f, kWidth = 1160.f;
constexpr std::size_t kColumns = 4;
constexpr float kGap = 12.f, kRowH = 44.f;
constexpr float kCellW = (kWidth - (kColumns - 1) * kGap) / kColumns;

}  // namespace

ExamScopeScene::ExamScopeScene(SceneContext& ctx) : Scene(ctx) {
    const auto& t = ctx.theme;
    heading_ = TextBlock(text(ctx.strings, T::ScopeHeading), {kLeft, 16, 900, 50},
                         {FontFace::SansBold, t.type.h1, t.type.h2, t.palette.text, Align::Left,
                          VAlign::Middle, 1.f, false});
    intro_ = TextBlock(text(ctx.strings, T::ScopeIntro), {kLeft, 70, kWidth, 52},
                       {FontFace::Sans, t.type.small, t.type.caption, t.palette.text_muted,
                        Align::Left, VAlign::Top, 1.25f, true});
    const TextStyle section{
        FontFace::SansBold, t.type.small, t.type.caption, t.palette.text, Align::Left,
        VAlign::Middle,     1.f,          false};
    decks_label_ = TextBlock(text(ctx.strings, T::ScopeDecks), {kLeft, 126, 400, 28}, section);
    topics_label_ = TextBlock(text(ctx.strings, T::ScopeTopics), {kLeft, 0, 400, 28}, section);
    feedback_text_ = TextBlock("", {kLeft, 638, kWidth, 30},
                               {FontFace::SansBold, t.type.small, t.type.caption, t.palette.danger,
                                Align::Left, VAlign::Middle, 1.f, false});
    hints_.set({{"← → ↑ ↓", text(ctx.strings, T::HintChange)},
                {"Enter", text(ctx.strings, T::HintChange)},
                {"Esc", text(ctx.strings, T::Done)}});
    refresh();
}

void ExamScopeScene::refresh() {
    const std::size_t focus = buttons_.focus();
    buttons_.clear();
    choices_.clear();
    feedback_text_.set_text(feedback_);
    auto& session = ctx_.services.session();
    if (!session.settings().exam) return;
    const auto& s = ctx_.strings;
    const auto& settings = session.settings();
    const ExamGoal& exam = *settings.exam;
    const auto& bank = session.bank();
    const decks::DeckScope scope(bank, exam.decks.empty() ? settings.decks : exam.decks);

    float y = 158.f;
    std::size_t column = 0;
    // `cells` columns wide (a deck's title is long).
    const auto place = [&](Choice choice, const std::string& label, bool on, std::size_t cells) {
        if (column + cells > kColumns) {
            column = 0;
            y += kRowH + kGap;
        }
        const float x = kLeft + static_cast<float>(column) * (kCellW + kGap);
        const float w = static_cast<float>(cells) * kCellW + static_cast<float>(cells - 1) * kGap;
        // On: ✓ and the accent; off: plain (the mark says it without colour).
        Button b(on ? "✓ " + label : label, {x, y, w, kRowH},
                 on ? ButtonKind::Primary : ButtonKind::Secondary);
        b.set_label_align(Align::Left);
        buttons_.add(std::move(b));
        choices_.push_back(std::move(choice));
        column += cells;
        if (column == kColumns) {
            column = 0;
            y += kRowH + kGap;
        }
    };
    const auto new_row = [&] {
        if (column != 0) {
            column = 0;
            y += kRowH + kGap;
        }
    };
    for (const auto& deck : bank.decks()) {
        std::size_t cards = 0;
        for (const auto& item : deck.items)
            cards += item.draft ? 0 : 1;
        if (cards == 0) continue;
        place({Kind::Deck, deck.id},
              format(s, T::ScopeItem,
                     {deck.title.empty() ? deck.id : deck.title, std::to_string(cards)}),
              scope.includes_deck(deck.id), 2);
    }
    new_row();
    topics_label_.set_box({kLeft, y + 4, 400, 28});
    y += 38;
    place({Kind::AllTopics, {}}, text(s, T::AllTopics), exam.topics.empty(), 1);
    for (const auto& topic : study::topics_of(bank, scope.deck_ids()))
        place({Kind::Topic, topic.name},
              format(s, T::ScopeItem, {topic.name, std::to_string(topic.cards)}),
              std::find(exam.topics.begin(), exam.topics.end(), topic.name) != exam.topics.end(),
              1);
    new_row();
    place({Kind::Done, {}}, text(s, T::Done), false, 1);
    buttons_.set_focus(std::min(focus, buttons_.size() - 1));
}

void ExamScopeScene::choose(const Choice& choice) {
    auto& session = ctx_.services.session();
    if (!session.settings().exam) return;
    if (choice.kind == Kind::Done) {
        leave_screen(ctx_);
        return;
    }
    ctx_.audio.play(Sfx::Select);
    ProfileSettings settings = session.settings();
    ExamGoal& exam = *settings.exam;
    feedback_.clear();
    switch (choice.kind) {
        case Kind::Deck: {
            // The exam names its decks from the first change on (empty meant "the profile's").
            std::vector<std::string> decks =
                decks::DeckScope(session.bank(), exam.decks.empty() ? settings.decks : exam.decks)
                    .deck_ids();
            const auto it = std::find(decks.begin(), decks.end(), choice.id);
            if (it != decks.end()) {
                if (decks.size() == 1) {
                    feedback_ = text(ctx_.strings, T::KeepOne);
                    refresh();
                    return;
                }
                decks.erase(it);
            } else {
                decks.push_back(choice.id);
            }
            exam.decks = decks;
            break;
        }
        case Kind::Topic: {
            const auto it = std::find(exam.topics.begin(), exam.topics.end(), choice.id);
            if (it != exam.topics.end())
                exam.topics.erase(it);
            else
                exam.topics.push_back(choice.id);
            break;
        }
        case Kind::AllTopics:
            exam.topics.clear();
            break;
        case Kind::Done:
            break;
    }
    if (const auto problems = session.save_settings(settings); !problems.empty())
        feedback_ = format(ctx_.strings, T::NotSaved, {problems[0]});
    refresh();
}

void ExamScopeScene::handle_event(const sf::Event& e) {
    if (is_key(e, sf::Keyboard::Escape) || is_key(e, sf::Keyboard::BackSpace)) {
        leave_screen(ctx_);
        return;
    }
    if (const auto hit = buttons_.handle(e, ctx_); hit && *hit < choices_.size())
        choose(choices_[*hit]);
}

void ExamScopeScene::update(float dt) {
    buttons_.update(dt, ctx_.theme);
}

void ExamScopeScene::draw(sf::RenderTarget& target) const {
    backdrop_.draw(target, ctx_.theme);
    batch_.add(heading_);
    batch_.add(intro_);
    batch_.add(decks_label_);
    batch_.add(topics_label_);
    batch_.add(feedback_text_);
    buttons_.draw(batch_, ctx_);
    hints_.draw(batch_, ctx_);
    batch_.draw(target, ctx_);
}

std::unique_ptr<Scene> make_exam_scope(SceneContext& ctx) {
    return std::make_unique<ExamScopeScene>(ctx);
}

}  // namespace chronik::ui
