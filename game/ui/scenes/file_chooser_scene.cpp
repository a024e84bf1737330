#include "ui/scenes/file_chooser_scene.hpp"

#include <algorithm>
#include <filesystem>

#include "ui/input/key_bindings.hpp"
#include "ui/input/nav.hpp"
#include "ui/scenes/leave_screen.hpp"
#include "ui/text/decks_strings.hpp"

namespace chronik::ui {
namespace {

namespace fs = std::filesystem;

constexpr float kListX = 80, kListY = 176, kListW = 1120, kRowH = 38;
constexpr float kListH = kRowH * static_cast<float>(FileChooserScene::kVisibleRows);
constexpr float kJumpSeconds = 1.f;  // typed letters within this time form one name
constexpr float kDoubleClickSeconds = 0.45f;
const std::string kUp = "..";

fs::path utf8_path(const std::string& s) {
    return fs::path(std::u8string(s.begin(), s.end()));
}

std::string path_utf8(const fs::path& p) {
    const auto u = p.u8string();
    return {u.begin(), u.end()};
}

}  // namespace

FileChooserScene::FileChooserScene(SceneContext& ctx,
                                   std::function<void(const std::string&)> on_chosen)
    : Scene(ctx),
      on_chosen_(std::move(on_chosen)),
      input_({kListX, 92, kListW, 52}, text(ctx.strings, DecksText::ChooserPathPlaceholder), 400) {
    const auto& t = ctx.theme;
    heading_ = TextBlock(text(ctx.strings, DecksText::ChooserHeading), {kListX, 24, kListW, 52},
                         {FontFace::SansBold, t.type.h1, t.type.h2, t.palette.text, Align::Left,
                          VAlign::Middle, 1.f, false});
    folder_box_.set_geometry({kListX, 92, kListW, 52}, t.spacing.radius - 4, 1.f);
    folder_box_.set_fill(t.palette.surface);
    folder_box_.set_outline(t.palette.border);
    folder_text_ = TextBlock("", {kListX + 18, 92, kListW - 36, 52},
                             {FontFace::Sans, t.type.small, t.type.caption, t.palette.text,
                              Align::Left, VAlign::Middle, 1.f, false});
    status_ = TextBlock("", {kListX, 146, kListW, 28},
                        {FontFace::Sans, t.type.caption, t.type.caption, t.palette.text_muted,
                         Align::Left, VAlign::Middle, 1.f, false});
    list_box_.set_geometry({kListX, kListY, kListW, kListH}, t.spacing.radius - 4, 1.f);
    list_box_.set_fill(t.palette.surface);
    list_box_.set_outline(t.palette.border);
    rows_.resize(kVisibleRows);
    for (std::size_t i = 0; i < kVisibleRows; ++i) {
        const float y = kListY + static_cast<float>(i) * kRowH;
        rows_[i].name = TextBlock("", {kListX + 20, y, 820, kRowH},
                                  {FontFace::Sans, t.type.small, t.type.caption, t.palette.text,
                                   Align::Left, VAlign::Middle, 1.f, false});
        rows_[i].kind = TextBlock("", {kListX + 850, y, 230, kRowH},
                                  {FontFace::Sans, t.type.caption, 12, t.palette.text_muted,
                                   Align::Right, VAlign::Middle, 1.f, false});
    }
    const float by = kListY + kListH + 14;
    buttons_.add(Button(text(ctx.strings, DecksText::HintOpen), {kListX, by, 220, 50},
                        ButtonKind::Primary, "Enter"));
    buttons_.add(Button(text(ctx.strings, DecksText::HintUp), {kListX + 236, by, 300, 50},
                        ButtonKind::Secondary, "⌫"));
    buttons_.add(Button(text(ctx.strings, DecksText::ChooserShowHidden),
                        {kListX + 552, by, 330, 50}, ButtonKind::Secondary,
                        ctrl_key_name(sf::Keyboard::H, ctx.strings.language())));
    buttons_.add(Button(text(ctx.strings, DecksText::HintBack), {kListX + 898, by, 222, 50},
                        ButtonKind::Secondary, "Esc"));
    for (std::size_t i = 0; i < buttons_.size(); ++i)
        buttons_.at(i).set_label_size(t.type.small);
    buttons_.show_focus(false);  // the list holds the keyboard; buttons answer to their keys
    hints_.set({{"↑ ↓", ctx.text(TextId::HintNavigate)},
                {"Enter", text(ctx.strings, DecksText::HintOpen)},
                {"⌫", text(ctx.strings, DecksText::HintUp)},
                {"A–Z", text(ctx.strings, DecksText::HintJump)},
                {ctrl_key_name(sf::Keyboard::L, ctx.strings.language()),
                 text(ctx.strings, DecksText::HintTypePath)},
                {ctrl_key_name(sf::Keyboard::H, ctx.strings.language()),
                 text(ctx.strings, DecksText::HintHidden)},
                {"Esc", text(ctx.strings, DecksText::HintBack)}});
    open_folder(ctx.services.decks.chooser_start());
}

bool FileChooserScene::has_up_row() const {
    return !view_.rows.empty() && view_.rows.front().name == kUp;
}

void FileChooserScene::open_folder(const std::string& folder, const std::string& select_name) {
    view_ = ctx_.services.decks.list_folder(folder, show_hidden_);
    const auto here = utf8_path(view_.folder);
    if (here.has_parent_path() && here.parent_path() != here)
        view_.rows.insert(view_.rows.begin(), decks::FolderEntry{kUp, decks::EntryKind::Folder});
    selected_ = has_up_row() && view_.rows.size() > 1 ? 1 : 0;
    first_ = 0;
    if (!select_name.empty()) {
        const auto it =
            std::find_if(view_.rows.begin(), view_.rows.end(),
                         [&](const decks::FolderEntry& e) { return e.name == select_name; });
        if (it != view_.rows.end()) selected_ = static_cast<std::size_t>(it - view_.rows.begin());
    }
    jump_.clear();
    last_click_ = static_cast<std::size_t>(-1);
    folder_text_.set_text(view_.folder);
    const auto& s = ctx_.strings;
    std::string status;
    switch (view_.problem) {
        case FolderProblem::None: {
            const auto entries = view_.rows.size() - (has_up_row() ? 1 : 0);
            status = entries == 0 ? text(s, DecksText::ChooserEmpty)
                                  : format(s, DecksText::ChooserCount,
                                           {std::to_string(entries), view_.folder});
            break;
        }
        case FolderProblem::NotFound:
            status = format(s, DecksText::ChooserNotFound, {view_.folder});
            break;
        case FolderProblem::NotAFolder:
            status = format(s, DecksText::ChooserNotAFolder, {view_.folder});
            break;
        case FolderProblem::NoPermission:
            status = format(s, DecksText::ChooserNoPermission, {view_.folder});
            break;
        case FolderProblem::Other:
            status = format(s, DecksText::ChooserOther, {view_.folder, view_.detail});
            break;
    }
    status_.set_text(status);
    status_.set_color(view_.problem == FolderProblem::None ? ctx_.theme.palette.text_muted
                                                           : ctx_.theme.palette.danger);
    layout_rows();
}

void FileChooserScene::go_up() {
    const auto here = utf8_path(view_.folder);
    if (!here.has_parent_path() || here.parent_path() == here) return;
    ctx_.audio.play(Sfx::Back);
    open_folder(path_utf8(here.parent_path()), path_utf8(here.filename()));
}

void FileChooserScene::activate(std::size_t index) {
    if (index >= view_.rows.size()) return;
    const auto& e = view_.rows[index];
    if (e.name == kUp && index == 0 && has_up_row()) {
        go_up();
        return;
    }
    const auto path = path_utf8(utf8_path(view_.folder) / utf8_path(e.name));
    switch (e.kind) {
        case decks::EntryKind::Folder:
            ctx_.audio.play(Sfx::Open);
            open_folder(path);
            return;
        case decks::EntryKind::BrokenLink:
            status_.set_text(format(ctx_.strings, DecksText::ChooserBrokenChosen, {e.name}));
            status_.set_color(ctx_.theme.palette.danger);
            ctx_.audio.play(Sfx::Wrong);
            return;
        case decks::EntryKind::File:
            break;
    }
    ctx_.services.decks.remember_folder(view_.folder);
    ctx_.audio.play(Sfx::Open);
    ctx_.stack.pop();
    if (on_chosen_) on_chosen_(path);
}

void FileChooserScene::choose_typed() {
    const auto typed = input_.value_utf8();
    if (typed.find_first_not_of(" \t") == std::string::npos) {
        editing_ = false;
        return;
    }
    // A folder opens here; anything else (a file, or a path that is not there) goes to the
    // import, which names the problem in its own words.
    const auto listed = ctx_.services.decks.list_folder(typed, show_hidden_);
    if (listed.problem == FolderProblem::None || listed.problem == FolderProblem::NoPermission) {
        editing_ = false;
        ctx_.audio.play(Sfx::Open);
        open_folder(listed.folder);
        return;
    }
    if (listed.problem == FolderProblem::NotAFolder) {
        ctx_.services.decks.remember_folder(path_utf8(utf8_path(listed.folder).parent_path()));
        ctx_.audio.play(Sfx::Open);
        ctx_.stack.pop();
        if (on_chosen_) on_chosen_(typed);
        return;
    }
    status_.set_text(format(ctx_.strings, DecksText::ChooserNotFound, {listed.folder}));
    status_.set_color(ctx_.theme.palette.danger);
    ctx_.audio.play(Sfx::Wrong);
}

void FileChooserScene::select(std::size_t index) {
    if (view_.rows.empty()) return;
    index = std::min(index, view_.rows.size() - 1);
    if (index != selected_) ctx_.audio.play(Sfx::Move);
    selected_ = index;
    first_ = decks::scroll_to_show(selected_, first_, kVisibleRows, view_.rows.size());
    layout_rows();
}

void FileChooserScene::scroll_by(int rows) {
    const auto count = view_.rows.size();
    if (count <= kVisibleRows) return;
    const auto max_first = static_cast<long>(count - kVisibleRows);
    const auto next = std::clamp(static_cast<long>(first_) + rows, 0L, max_first);
    if (static_cast<std::size_t>(next) == first_) return;
    first_ = static_cast<std::size_t>(next);
    layout_rows();
}

std::string FileChooserScene::kind_text(const decks::FolderEntry& e) const {
    const auto& s = ctx_.strings;
    switch (e.kind) {
        case decks::EntryKind::Folder:
            return text(s, DecksText::ChooserFolder);
        case decks::EntryKind::BrokenLink:
            return text(s, DecksText::ChooserBrokenLink);
        case decks::EntryKind::File:
            break;
    }
    const auto format = decks::importer_for_name(e.name);
    if (!format) return {};
    switch (*format) {
        case decks::ImportFormat::Deck:
            return text(s, DecksText::ChooserDeck);
        case decks::ImportFormat::AnkiPackage:
        case decks::ImportFormat::AnkiNotes:
            return text(s, DecksText::ChooserAnki);
        case decks::ImportFormat::QuizSheet:
            return text(s, DecksText::ChooserKahoot);
        case decks::ImportFormat::Table:
            return text(s, DecksText::ChooserTable);
        case decks::ImportFormat::SourceText:
            return text(s, DecksText::ChooserText);
    }
    return {};
}

void FileChooserScene::layout_rows() {
    const auto& p = ctx_.theme.palette;
    // Only the visible rows get texts: a folder of 10,000 files costs 11 layouts.
    for (std::size_t i = 0; i < kVisibleRows; ++i) {
        auto& row = rows_[i];
        const auto index = first_ + i;
        if (index >= view_.rows.size()) {
            row.name.set_text("");
            row.kind.set_text("");
            continue;
        }
        const auto& e = view_.rows[index];
        const bool up = index == 0 && has_up_row();
        const bool folder = e.kind == decks::EntryKind::Folder;
        row.name.set_text(up ? "↰  " + text(ctx_.strings, DecksText::ChooserUp)
                             : (folder ? "▸  " : "    ") + e.name + (folder ? "/" : ""));
        row.kind.set_text(up ? std::string() : kind_text(e));
        const bool on = index == selected_;
        const float y = kListY + static_cast<float>(i) * kRowH;
        row.bg.set_geometry({kListX + 4, y + 2, kListW - 24, kRowH - 4}, 6.f, on ? 2.f : 0.f);
        row.bg.set_fill(on ? p.accent_soft : sf::Color::Transparent);
        row.bg.set_outline(on ? p.focus : sf::Color::Transparent);
        row.name.set_color(e.kind == decks::EntryKind::BrokenLink ? p.danger : p.text);
    }
    // The scroll bar: where the window is in the whole list.
    const auto count = view_.rows.size();
    if (count > kVisibleRows) {
        const float h =
            std::max(24.f, kListH * static_cast<float>(kVisibleRows) / static_cast<float>(count));
        const float y = kListY + (kListH - h) * static_cast<float>(first_) /
                                     static_cast<float>(count - kVisibleRows);
        scroll_thumb_.set_geometry({kListX + kListW - 14, y, 8, h}, 4.f, 0.f);
        scroll_thumb_.set_fill(p.text_muted);
    } else {
        scroll_thumb_.set_geometry({0, 0, 0, 0}, 0.f, 0.f);
    }
}

std::optional<std::size_t> FileChooserScene::row_at(sf::Vector2f p) const {
    if (p.x < kListX || p.x > kListX + kListW || p.y < kListY || p.y >= kListY + kListH)
        return std::nullopt;
    const auto index = first_ + static_cast<std::size_t>((p.y - kListY) / kRowH);
    if (index >= view_.rows.size()) return std::nullopt;
    return index;
}

void FileChooserScene::toggle_hidden() {
    show_hidden_ = !show_hidden_;
    buttons_.at(2).set_label(text(
        ctx_.strings, show_hidden_ ? DecksText::ChooserHideHidden : DecksText::ChooserShowHidden));
    ctx_.audio.play(Sfx::Move);
    const auto keep = selected_ < view_.rows.size() ? view_.rows[selected_].name : std::string();
    open_folder(view_.folder, keep);
}

void FileChooserScene::start_editing(const std::string& initial) {
    editing_ = true;
    input_.set_value(initial);
}

void FileChooserScene::update(float dt) {
    typing_armed_ = true;
    since_typed_ += dt;
    since_click_ += dt;
    if (editing_) input_.update(dt);
    buttons_.update(dt, ctx_.theme);
}

void FileChooserScene::handle_event(const sf::Event& e) {
    if (editing_) {
        if (is_key(e, sf::Keyboard::Escape)) {
            editing_ = false;
            ctx_.audio.play(Sfx::Back);
            return;
        }
        if (is_key(e, sf::Keyboard::Enter)) {
            choose_typed();
            return;
        }
        if (e.type == sf::Event::TextEntered || e.type == sf::Event::KeyPressed) {
            input_.handle(e);
            return;
        }
    }
    if (e.type == sf::Event::KeyPressed) {
        const bool ctrl = e.key.control;
        switch (e.key.code) {
            case sf::Keyboard::Escape:
                leave_screen(ctx_);
                return;
            case sf::Keyboard::Enter:
                activate(selected_);
                return;
            case sf::Keyboard::BackSpace:
                if (!jump_.empty() && since_typed_ < kJumpSeconds) {
                    jump_.pop_back();  // correcting the letters typed to jump
                    return;
                }
                go_up();
                return;
            case sf::Keyboard::Up:
                select(selected_ == 0 ? 0 : selected_ - 1);
                return;
            case sf::Keyboard::Down:
                select(selected_ + 1);
                return;
            case sf::Keyboard::PageUp:
                select(selected_ > kVisibleRows ? selected_ - kVisibleRows : 0);
                return;
            case sf::Keyboard::PageDown:
                select(selected_ + kVisibleRows);
                return;
            case sf::Keyboard::Home:
                select(0);
                return;
            case sf::Keyboard::End:
                select(view_.rows.empty() ? 0 : view_.rows.size() - 1);
                return;
            case sf::Keyboard::Left:
                go_up();
                return;
            case sf::Keyboard::Right:
                if (selected_ < view_.rows.size() &&
                    view_.rows[selected_].kind == decks::EntryKind::Folder)
                    activate(selected_);
                return;
            case sf::Keyboard::H:
                if (ctrl) toggle_hidden();
                return;
            case sf::Keyboard::L:
                if (ctrl) start_editing(view_.folder + (view_.folder == "/" ? "" : "/"));
                return;
            case sf::Keyboard::V:
                if (ctrl) {
                    start_editing("");
                    input_.handle(e);  // pastes the clipboard
                }
                return;
            default:
                return;
        }
    }
    if (e.type == sf::Event::TextEntered) {
        if (!typing_armed_) return;
        const auto c = e.text.unicode;
        if (c < 32 || c == 127) return;  // control characters come as key presses
        const auto utf8 = sf::String(c).toUtf8();
        const std::string typed(utf8.begin(), utf8.end());
        if (jump_.empty() && (typed == "/" || typed == "~")) {
            start_editing(typed);  // a path starts here
            return;
        }
        if (since_typed_ >= kJumpSeconds) jump_.clear();
        since_typed_ = 0;
        // The same letter again moves on to the next name starting with it.
        const bool again = jump_ == typed;
        if (!again) jump_ += typed;
        const auto from = again ? selected_ + 1 : selected_;
        if (const auto hit = decks::jump_to_name(view_.rows, jump_, from)) select(*hit);
        return;
    }
    if (e.type == sf::Event::MouseWheelScrolled) {
        scroll_by(e.mouseWheelScroll.delta > 0 ? -3 : 3);
        return;
    }
    if (e.type == sf::Event::MouseButtonPressed && e.mouseButton.button == sf::Mouse::Left) {
        const sf::Vector2f p{static_cast<float>(e.mouseButton.x),
                             static_cast<float>(e.mouseButton.y)};
        if (sf::FloatRect(kListX, 92, kListW, 52).contains(p)) {
            start_editing(view_.folder + (view_.folder == "/" ? "" : "/"));
            return;
        }
        if (const auto hit = row_at(p)) {
            const bool twice = *hit == last_click_ && since_click_ < kDoubleClickSeconds;
            select(*hit);
            since_click_ = 0;
            last_click_ = twice ? static_cast<std::size_t>(-1) : *hit;
            if (twice) activate(*hit);
            return;
        }
    }
    if (const auto hit = buttons_.handle(e, ctx_)) {
        if (*hit == 0) activate(selected_);
        if (*hit == 1) go_up();
        if (*hit == 2) toggle_hidden();
        if (*hit == 3) {
            leave_screen(ctx_);
        }
    }
}

void FileChooserScene::draw(sf::RenderTarget& target) const {
    backdrop_.draw(target, ctx_.theme);
    heading_.draw(target, ctx_);
    if (editing_) {
        input_.draw(target, ctx_);
    } else {
        target.draw(folder_box_);
        folder_text_.draw(target, ctx_);
    }
    status_.draw(target, ctx_);
    target.draw(list_box_);
    for (std::size_t i = 0; i < kVisibleRows && first_ + i < view_.rows.size(); ++i) {
        target.draw(rows_[i].bg);
        rows_[i].name.draw(target, ctx_);
        rows_[i].kind.draw(target, ctx_);
    }
    target.draw(scroll_thumb_);
    buttons_.draw(target, ctx_);
    hints_.draw(target, ctx_);
}

std::unique_ptr<Scene> make_file_chooser(SceneContext& ctx,
                                         std::function<void(const std::string&)> on_chosen) {
    return std::make_unique<FileChooserScene>(ctx, std::move(on_chosen));
}

}  // namespace chronik::ui
