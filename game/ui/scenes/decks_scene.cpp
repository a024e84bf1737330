#include "ui/scenes/decks_scene.hpp"

#include <algorithm>

#include "ui/input/key_bindings.hpp"
#include "ui/input/nav.hpp"
#include "ui/scenes/deck_import_scene.hpp"
#include "ui/scenes/draft_review_scene.hpp"
#include "ui/scenes/leave_screen.hpp"
#include "ui/scenes/study_scene.hpp"
#include "ui/services/deck_choice.hpp"
#include "ui/text/decks_strings.hpp"
#include "ui/text/import_failure_text.hpp"

namespace chronik::ui {
namespace {

constexpr float kListX = 80.f, kListW = 840.f, kListY = 124.f, kRowH = 70.f, kRowStep = 78.f;
constexpr std::size_t kVisible = 6;
constexpr float kCheckZone = 64.f;  // clicks left of this toggle, the rest of a row focuses

}  // namespace

DecksScene::DecksScene(SceneContext& ctx) : Scene(ctx) {
    const auto& t = ctx.theme;
    heading_ = TextBlock(text(ctx.strings, DecksText::DecksHeading), {kListX, 24, 800, 52},
                         {FontFace::SansBold, t.type.h1, t.type.h2, t.palette.text, Align::Left,
                          VAlign::Middle, 1.f, false});
    const auto who =
        format(ctx.strings, DecksText::DecksChooseFor, {ctx.services.session().profile().name});
    sub_ = TextBlock(who, {kListX, 80, 840, 30},
                     {FontFace::Sans, t.type.small, t.type.caption, t.palette.text_muted,
                      Align::Left, VAlign::Middle, 1.f, false});
    // Only refusals and problems show here.
    status_ = TextBlock("", {960, 458, 240, 140},
                        {FontFace::SansBold, t.type.small, t.type.caption, t.palette.danger,
                         Align::Left, VAlign::Top, 1.2f, true});
    footer_ = TextBlock("", {kListX, 606, 1120, 52},
                        {FontFace::Sans, t.type.caption, 12, t.palette.text_muted, Align::Left,
                         VAlign::Top, 1.2f, true});
    shown_ = TextBlock("", {kListX, 84, kListW, 24},
                       {FontFace::Sans, t.type.caption, 12, t.palette.text_muted, Align::Right,
                        VAlign::Middle, 1.f, false});
    buttons_.add(Button(text(ctx.strings, DecksText::DecksImport), {960, 124, 240, 52},
                        ButtonKind::Primary, "I"));
    buttons_.add(Button(text(ctx.strings, DecksText::DecksReview), {960, 188, 240, 52},
                        ButtonKind::Secondary, "P"));
    buttons_.add(Button(text(ctx.strings, DecksText::DecksExport), {960, 252, 240, 52},
                        ButtonKind::Secondary, "X"));
    buttons_.add(Button(text(ctx.strings, DecksText::DecksStudy), {960, 316, 240, 52},
                        ButtonKind::Secondary, "L"));
    buttons_.add(Button(text(ctx.strings, DecksText::HintBack), {960, 380, 240, 52},
                        ButtonKind::Secondary, "Esc"));
    // One label size for the column: "Entwürfe prüfen" would otherwise shrink alone (#22 item 19).
    for (std::size_t i = 0; i < buttons_.size(); ++i)
        buttons_.at(i).set_label_size(t.type.small);
    buttons_.show_focus(false);  // the list holds the keyboard; buttons answer to their keys
    hints_.set({{"↑ ↓", ctx.text(TextId::HintNavigate)},
                {key_name(sf::Keyboard::Space, ctx.strings.language()),
                 text(ctx.strings, DecksText::HintToggle)},
                {"I", text(ctx.strings, DecksText::HintImport)},
                {"P", text(ctx.strings, DecksText::HintReview)},
                {"X", text(ctx.strings, DecksText::HintExport)},
                {"Esc", text(ctx.strings, DecksText::HintBack)}});
    refresh();
}

bool DecksScene::studies(const DeckSummary& d) const {
    return ctx_.services.session().deck_choice().studies(d.id);
}

std::string DecksScene::detail_text(const DeckSummary& d, bool on) const {
    const auto& s = ctx_.strings;
    std::string out = text(s, on ? DecksText::DecksOn : DecksText::DecksOff);
    const auto add = [&](const std::string& part) { out.append("  ·  ").append(part); };
    if (d.multiple_choice)
        add(format(s, DecksText::DecksCountsMc, {std::to_string(d.multiple_choice)}));
    if (d.events)
        add(d.events == 1 ? text(s, DecksText::DecksCountsEvent)
                          : format(s, DecksText::DecksCountsEvents, {std::to_string(d.events)}));
    if (d.flashcards)
        add(d.flashcards == 1
                ? text(s, DecksText::DecksCountsCard)
                : format(s, DecksText::DecksCountsCards, {std::to_string(d.flashcards)}));
    if (d.drafts)
        add(d.drafts == 1 ? text(s, DecksText::DecksDraft)
                          : format(s, DecksText::DecksDrafts, {std::to_string(d.drafts)}));
    add(text(s, d.has_source ? DecksText::DecksWithSource : DecksText::DecksWithoutSource));
    add(text(s, d.user ? DecksText::DecksOwn : DecksText::DecksShipped));
    return out;
}

void DecksScene::refresh() {
    auto& library = ctx_.services.decks;
    decks_ = library.decks();
    if (focus_ >= decks_.size()) focus_ = decks_.empty() ? 0 : decks_.size() - 1;
    const auto problems = library.problems();
    const auto footer = problems.empty()
                            ? format(ctx_.strings, DecksText::DecksFolder, {library.user_folder()})
                            : format(ctx_.strings, DecksText::DecksProblems,
                                     {std::to_string(problems.size()), problems.front()});
    footer_.set_text(export_text_.empty() ? footer : export_text_);
    layout_rows();
}

void DecksScene::layout_rows() {
    const auto& t = ctx_.theme;
    if (focus_ < first_) first_ = focus_;
    if (focus_ >= first_ + kVisible) first_ = focus_ + 1 - kVisible;
    rows_.clear();
    for (std::size_t i = first_; i < decks_.size() && i < first_ + kVisible; ++i) {
        const auto& d = decks_[i];
        const bool on = studies(d);
        Row r;
        r.box = {kListX, kListY + static_cast<float>(i - first_) * kRowStep, kListW, kRowH};
        r.bg.set_geometry(r.box, t.spacing.radius - 4, 1.f);
        r.bg.set_fill(t.palette.surface);
        r.bg.set_outline(t.palette.border);
        const sf::FloatRect check{r.box.left + 18, r.box.top + (kRowH - 30) / 2, 30, 30};
        r.check.set_geometry(check, 6.f, 2.f);
        r.check.set_fill(on ? t.palette.accent : t.palette.surface);
        r.check.set_outline(on ? t.palette.accent : t.palette.text_muted);
        r.mark = TextBlock(on ? "✓" : "", check,
                           {FontFace::SansBold, t.type.body, t.type.small, t.palette.text_on_accent,
                            Align::Center, VAlign::Middle, 1.f, false});
        r.title = TextBlock(d.title, {r.box.left + kCheckZone, r.box.top + 8, kListW - 80, 30},
                            {FontFace::SansBold, t.type.body, t.type.small, t.palette.text,
                             Align::Left, VAlign::Middle, 1.f, false});
        r.detail = TextBlock(detail_text(d, on),
                             {r.box.left + kCheckZone, r.box.top + 40, kListW - 80, 24},
                             {FontFace::Sans, t.type.caption, 12, t.palette.text_muted, Align::Left,
                              VAlign::Middle, 1.f, false});
        rows_.push_back(std::move(r));
    }
    status_.set_text(status_text_);
    // More decks than rows: say which part of the list is shown (the wheel and arrows scroll).
    shown_.set_text(decks_.size() > kVisible
                        ? ctx_.strings.format(
                              TextId::ResultsRowsShown,
                              {std::to_string(first_ + 1), std::to_string(first_ + rows_.size()),
                               std::to_string(decks_.size())})
                        : std::string());
}

void DecksScene::toggle(std::size_t index) {
    if (index >= decks_.size()) return;
    auto& choice = ctx_.services.session().deck_choice();
    const auto& id = decks_[index].id;
    if (choice.studies(id)) {
        const auto on = std::count_if(decks_.begin(), decks_.end(),
                                      [&](const DeckSummary& d) { return choice.studies(d.id); });
        if (on <= 1) {
            status_text_ = text(ctx_.strings, DecksText::DecksLastStays);
            ctx_.audio.play(Sfx::Wrong);
            layout_rows();
            return;
        }
    }
    if (const auto problem = choice.toggle(id)) {
        status_text_ = *problem;
        ctx_.audio.play(Sfx::Wrong);
    } else {
        status_text_.clear();
        ctx_.audio.play(Sfx::Select);
    }
    layout_rows();
}

void DecksScene::open_review() {
    if (focus_ >= decks_.size()) return;
    // The focused deck when it has drafts, else the first deck that has some.
    std::size_t index = focus_;
    if (decks_[index].drafts == 0) {
        const auto it = std::find_if(decks_.begin(), decks_.end(),
                                     [](const DeckSummary& d) { return d.drafts > 0 && d.user; });
        if (it == decks_.end()) {
            status_text_ = text(ctx_.strings, DecksText::DecksNoDrafts);
            ctx_.audio.play(Sfx::Wrong);
            layout_rows();
            return;
        }
        index = static_cast<std::size_t>(it - decks_.begin());
    }
    ctx_.audio.play(Sfx::Open);
    status_text_.clear();
    ctx_.stack.push(make_draft_review(ctx_, decks_[index].id, decks_[index].title));
}

void DecksScene::export_to_anki() {
    if (focus_ >= decks_.size()) return;
    const auto result = ctx_.services.decks.export_anki(decks_[focus_].id);
    if (result.ok()) {
        status_text_.clear();
        export_text_ = format(ctx_.strings, DecksText::ExportDone,
                              {decks_[focus_].title, result.package, result.text});
        ctx_.audio.play(Sfx::Correct);
    } else {
        status_text_ =
            export_failure_text(ctx_.strings, result.failure, decks_[focus_].title, result.detail);
        ctx_.audio.play(Sfx::Wrong);
    }
    refresh();
}

void DecksScene::study_deck() {
    if (focus_ >= decks_.size()) return;
    const auto& d = decks_[focus_];
    // Drafts are never studied (the counts leave them out): a deck of drafts only has nothing to
    // show yet.
    if (d.multiple_choice + d.events + d.flashcards == 0) {
        status_text_ = format(ctx_.strings, DecksText::DecksNothingToStudy, {d.title});
        ctx_.audio.play(Sfx::Wrong);
        layout_rows();
        return;
    }
    ctx_.audio.play(Sfx::Open);
    status_text_.clear();
    ctx_.stack.push(make_deck_study(ctx_, d.id, d.title));
}

void DecksScene::open_import() {
    ctx_.audio.play(Sfx::Open);
    status_text_.clear();
    ctx_.stack.push(make_deck_import(ctx_));
}

void DecksScene::handle_event(const sf::Event& e) {
    if (e.type == sf::Event::KeyPressed) {
        switch (e.key.code) {
            case sf::Keyboard::Escape:
                leave_screen(ctx_);
                return;
            case sf::Keyboard::I:
                open_import();
                return;
            case sf::Keyboard::P:
                open_review();
                return;
            case sf::Keyboard::X:
                export_to_anki();
                return;
            case sf::Keyboard::L:
                study_deck();
                return;
            case sf::Keyboard::Space:
            case sf::Keyboard::Enter:
                toggle(focus_);
                return;
            case sf::Keyboard::Up:
                if (focus_ > 0) --focus_;
                ctx_.audio.play(Sfx::Move);
                layout_rows();
                return;
            case sf::Keyboard::Down:
                if (focus_ + 1 < decks_.size()) ++focus_;
                ctx_.audio.play(Sfx::Move);
                layout_rows();
                return;
            default:
                return;
        }
    }
    if (e.type == sf::Event::MouseWheelScrolled) {
        const int dir = e.mouseWheelScroll.delta > 0 ? -1 : 1;
        if (dir < 0 && focus_ > 0) --focus_;
        if (dir > 0 && focus_ + 1 < decks_.size()) ++focus_;
        layout_rows();
        return;
    }
    if (const auto hit = buttons_.handle(e, ctx_)) {
        if (*hit == 0) open_import();
        if (*hit == 1) open_review();
        if (*hit == 2) export_to_anki();
        if (*hit == 3) study_deck();
        if (*hit == 4) {
            leave_screen(ctx_);
        }
        return;
    }
    if (e.type == sf::Event::MouseButtonReleased && e.mouseButton.button == sf::Mouse::Left) {
        const sf::Vector2f p{static_cast<float>(e.mouseButton.x),
                             static_cast<float>(e.mouseButton.y)};
        for (std::size_t i = 0; i < rows_.size(); ++i) {
            if (!rows_[i].box.contains(p)) continue;
            focus_ = first_ + i;
            if (p.x < rows_[i].box.left + kCheckZone)
                toggle(focus_);
            else
                layout_rows();
            return;
        }
    }
}

void DecksScene::draw(sf::RenderTarget& target) const {
    backdrop_.draw(target, ctx_.theme);
    heading_.draw(target, ctx_);
    sub_.draw(target, ctx_);
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        const auto& r = rows_[i];
        target.draw(r.bg);
        target.draw(r.check);
        r.mark.draw(target, ctx_);
        r.title.draw(target, ctx_);
        r.detail.draw(target, ctx_);
        if (first_ + i == focus_) draw_focus_ring(target, ctx_.theme, r.box, focus_ring_);
    }
    status_.draw(target, ctx_);
    shown_.draw(target, ctx_);
    footer_.draw(target, ctx_);
    buttons_.draw(target, ctx_);
    hints_.draw(target, ctx_);
}

std::unique_ptr<Scene> make_decks(SceneContext& ctx) {
    return std::make_unique<DecksScene>(ctx);
}

}  // namespace chronik::ui
