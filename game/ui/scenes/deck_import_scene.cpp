#include "ui/scenes/deck_import_scene.hpp"

#include <array>
#include <vector>

#include "ui/input/key_bindings.hpp"
#include "ui/input/nav.hpp"
#include "ui/scenes/file_chooser_scene.hpp"
#include "ui/scenes/leave_screen.hpp"
#include "ui/text/decks_strings.hpp"
#include "ui/text/import_failure_text.hpp"
#include "ui/text/row_problem_text.hpp"

namespace chronik::ui {
namespace {

constexpr std::array<ImportChoice, 5> kKinds{ImportChoice::Detect, ImportChoice::Flashcards,
                                             ImportChoice::MultipleChoice, ImportChoice::Timeline,
                                             ImportChoice::DraftFromText};

}  // namespace

DeckImportScene::DeckImportScene(SceneContext& ctx)
    : Scene(ctx),
      input_({80, 146, 1120, 60}, text(ctx.strings, DecksText::ImportPathPlaceholder), 400) {
    const auto& t = ctx.theme;
    heading_ = TextBlock(text(ctx.strings, DecksText::ImportHeading), {80, 24, 900, 52},
                         {FontFace::SansBold, t.type.h1, t.type.h2, t.palette.text, Align::Left,
                          VAlign::Middle, 1.f, false});
    path_label_ = TextBlock(text(ctx.strings, DecksText::ImportPathLabel), {80, 108, 1120, 30},
                            {FontFace::Sans, t.type.small, t.type.caption, t.palette.text_muted,
                             Align::Left, VAlign::Middle, 1.f, false});
    kind_box_.set_geometry({80, 222, 1120, 50}, t.spacing.radius - 4, 1.f);
    kind_box_.set_fill(t.palette.surface);
    kind_box_.set_outline(t.palette.border);
    kind_label_ = TextBlock(text(ctx.strings, DecksText::ImportKindLabel), {100, 222, 200, 50},
                            {FontFace::Sans, t.type.small, t.type.caption, t.palette.text,
                             Align::Left, VAlign::Middle, 1.f, false});
    kind_value_ = TextBlock("", {300, 222, 880, 50},
                            {FontFace::SansBold, t.type.small, t.type.caption, t.palette.accent,
                             Align::Center, VAlign::Middle, 1.f, false});
    formats_ = TextBlock(text(ctx.strings, DecksText::ImportFormats), {80, 284, 1120, 72},
                         {FontFace::Sans, t.type.caption, 12, t.palette.text_muted, Align::Left,
                          VAlign::Top, 1.25f, true});
    result_ = TextBlock("", {80, 436, 1120, 220},
                        {FontFace::Sans, t.type.small, t.type.caption, t.palette.text, Align::Left,
                         VAlign::Top, 1.25f, true});
    buttons_.add(Button(text(ctx.strings, DecksText::DecksImport), {80, 366, 260, 54},
                        ButtonKind::Primary, "Enter"));
    buttons_.add(Button(text(ctx.strings, DecksText::HintBack), {360, 366, 200, 54},
                        ButtonKind::Secondary, "Esc"));
    buttons_.add(Button(text(ctx.strings, DecksText::ChooseFile), {580, 366, 300, 54},
                        ButtonKind::Secondary,
                        ctrl_key_name(sf::Keyboard::O, ctx.strings.language())));
    buttons_.show_focus(false);  // the text field holds the keyboard
    hints_.set({{"Enter", text(ctx.strings, DecksText::HintImportRun)},
                {ctrl_key_name(sf::Keyboard::O, ctx.strings.language()),
                 text(ctx.strings, DecksText::ChooseFile)},
                {"↑ ↓", text(ctx.strings, DecksText::HintKind)},
                {ctrl_key_name(sf::Keyboard::V, ctx.strings.language()),
                 text(ctx.strings, DecksText::HintPaste)},
                {"Esc", text(ctx.strings, DecksText::HintBack)}});
    refresh_kind();
}

std::string DeckImportScene::kind_name(ImportChoice kind) const {
    switch (kind) {
        case ImportChoice::Detect:
            return text(ctx_.strings, DecksText::ImportKindDeck);
        case ImportChoice::Flashcards:
            return text(ctx_.strings, DecksText::ImportKindFlashcards);
        case ImportChoice::MultipleChoice:
            return text(ctx_.strings, DecksText::ImportKindMc);
        case ImportChoice::Timeline:
            return text(ctx_.strings, DecksText::ImportKindTimeline);
        case ImportChoice::DraftFromText:
            return text(ctx_.strings, DecksText::ImportKindText);
        case ImportChoice::Anki:
            return text(ctx_.strings, DecksText::ImportKindAnki);
        case ImportChoice::Kahoot:
            return text(ctx_.strings, DecksText::ImportKindKahoot);
    }
    return {};
}

void DeckImportScene::refresh_kind() {
    std::string v;
    if (kind_ == ImportChoice::Detect)
        v = detected_ ? format(ctx_.strings, DecksText::ImportKindDetected, {kind_name(*detected_)})
                      : text(ctx_.strings, DecksText::ImportKindDetect);
    else
        v = kind_name(kind_);
    kind_value_.set_text(std::string("‹  ").append(v).append("  ›"));
}

void DeckImportScene::change_kind(int direction) {
    std::size_t i = 0;
    while (i < kKinds.size() && kKinds[i] != kind_)
        ++i;
    i = (i + (direction < 0 ? kKinds.size() - 1 : 1)) % kKinds.size();
    kind_ = kKinds[i];
    ctx_.audio.play(Sfx::Move);
    refresh_kind();
}

void DeckImportScene::run() {
    const auto path = input_.value_utf8();
    if (path.find_first_not_of(" \t") == std::string::npos) {
        result_.set_text(text(ctx_.strings, DecksText::ImportNoPath));
        ctx_.audio.play(Sfx::Wrong);
        return;
    }
    const auto outcome = ctx_.services.decks.import_file(path, kind_);
    std::string r;
    if (!outcome.ok()) {
        r = import_failure_text(ctx_.strings, outcome.failure, path, outcome.detail);
        ctx_.audio.play(Sfx::Wrong);
    } else {
        if (outcome.kind == ImportChoice::DraftFromText || outcome.drafts)
            r = format(ctx_.strings, DecksText::ImportDoneDraft,
                       {std::to_string(outcome.imported)});
        else
            r = format(ctx_.strings, DecksText::ImportDone,
                       {std::to_string(outcome.imported), kind_name(outcome.kind), outcome.title});
        r.append("\n").append(format(ctx_.strings, DecksText::ImportSavedIn, {outcome.file}));
        ctx_.audio.play(Sfx::Correct);
        input_.set_value("");
        detected_.reset();
        refresh_kind();
    }
    // Rows that made no item first, then the warnings about rows that were imported anyway
    // (an Anki note's left-out image, a Kahoot time limit): counted apart, so "übersprungen"
    // says how many rows are really missing from the deck.
    std::vector<const text::RowProblem*> skipped;
    std::vector<const text::RowProblem*> notes;
    for (const auto& p : outcome.problems)
        (text::row_kept(p.reason) ? notes : skipped).push_back(&p);
    std::size_t shown = 0;
    const auto list = [&](const std::vector<const text::RowProblem*>& rows, DecksText one,
                          DecksText many) {
        if (rows.empty()) return;
        r.append("\n").append(rows.size() == 1
                                  ? text(ctx_.strings, one)
                                  : format(ctx_.strings, many, {std::to_string(rows.size())}));
        for (const auto* p : rows) {
            if (shown == 6) {  // at most six rows in all: the counts say the rest
                r += "\n…";
                return;
            }
            ++shown;
            const auto why = row_problem_text(ctx_.strings, *p);
            r.append("\n").append(p->line > 0 ? format(ctx_.strings, DecksText::ImportRow,
                                                       {std::to_string(p->line), why})
                                              : why);
        }
    };
    list(skipped, DecksText::ImportSkippedOne, DecksText::ImportSkipped);
    list(notes, DecksText::ImportNotesOne, DecksText::ImportNotes);
    result_.set_text(r);
}

void DeckImportScene::open_chooser() {
    ctx_.audio.play(Sfx::Open);
    ctx_.stack.push(make_file_chooser(ctx_, [this](const std::string& path) {
        // The chooser is closing above this scene: the file goes into the field and is
        // imported at once, as the kind chosen here (Automatisch unless changed).
        input_.set_value(path);
        detected_ = ctx_.services.decks.detect(path);
        refresh_kind();
        run();
    }));
}

void DeckImportScene::update(float dt) {
    typing_armed_ = true;
    input_.update(dt);
    buttons_.update(dt, ctx_.theme);
}

void DeckImportScene::handle_event(const sf::Event& e) {
    if (e.type == sf::Event::KeyPressed) {
        switch (e.key.code) {
            case sf::Keyboard::Escape:
                leave_screen(ctx_);
                return;
            case sf::Keyboard::Enter:
                run();
                return;
            case sf::Keyboard::Up:
                change_kind(-1);
                return;
            case sf::Keyboard::Down:
                change_kind(1);
                return;
            case sf::Keyboard::O:
                if (e.key.control) {
                    open_chooser();
                    return;
                }
                break;
            default:
                break;
        }
    }
    if (e.type == sf::Event::TextEntered && !typing_armed_) return;
    if (e.type == sf::Event::TextEntered || e.type == sf::Event::KeyPressed) {
        if (input_.handle(e)) {
            detected_ = ctx_.services.decks.detect(input_.value_utf8());
            refresh_kind();
        }
        return;
    }
    if (e.type == sf::Event::MouseButtonReleased && e.mouseButton.button == sf::Mouse::Left) {
        const sf::Vector2f p{static_cast<float>(e.mouseButton.x),
                             static_cast<float>(e.mouseButton.y)};
        const auto box = kind_value_.box();
        if (box.contains(p)) {
            change_kind(p.x < box.left + box.width / 2 ? -1 : 1);
            return;
        }
    }
    if (const auto hit = buttons_.handle(e, ctx_)) {
        if (*hit == 0) run();
        if (*hit == 1) {
            leave_screen(ctx_);
        }
        if (*hit == 2) open_chooser();
    }
}

void DeckImportScene::draw(sf::RenderTarget& target) const {
    backdrop_.draw(target, ctx_.theme);
    heading_.draw(target, ctx_);
    path_label_.draw(target, ctx_);
    input_.draw(target, ctx_);
    target.draw(kind_box_);
    kind_label_.draw(target, ctx_);
    kind_value_.draw(target, ctx_);
    formats_.draw(target, ctx_);
    buttons_.draw(target, ctx_);
    result_.draw(target, ctx_);
    hints_.draw(target, ctx_);
}

std::unique_ptr<Scene> make_deck_import(SceneContext& ctx) {
    return std::make_unique<DeckImportScene>(ctx);
}

}  // namespace chronik::ui
