#include "ui/scenes/profiles_scene.hpp"

#include <exception>

#include "ui/input/key_bindings.hpp"
#include "ui/scenes/dialogs.hpp"
#include "ui/scenes/home_scene.hpp"
#include "ui/scenes/title_scene.hpp"

namespace chronik::ui {
namespace {

constexpr float kListX = 120.f, kListW = 640.f, kRowH = 62.f, kRowGap = 12.f, kListY = 164.f;
constexpr float kActionsX = 820.f, kActionsW = 340.f;

}  // namespace

ProfilesScene::ProfilesScene(SceneContext& ctx) : Scene(ctx), actions_(Axis::Vertical) {
    const auto& t = ctx.theme;
    heading_ = TextBlock(ctx.text(TextId::ProfilesHeading), {kListX, 64, 1040, 60},
                         {FontFace::SansBold, t.type.h1, t.type.h2, t.palette.text, Align::Left,
                          VAlign::Middle, 1.f, false});
    empty_ = TextBlock(ctx.text(TextId::ProfilesEmpty), {kListX, 126, kListW, 30},
                       {FontFace::Sans, t.type.small, t.type.caption, t.palette.text_muted,
                        Align::Left, VAlign::Top, 1.2f, true});
    error_ = TextBlock("", {kActionsX, 400, kActionsW, 200},
                       {FontFace::Sans, t.type.small, t.type.caption, t.palette.danger, Align::Left,
                        VAlign::Top, 1.2f, true});
    several_computers_ =
        TextBlock(ctx.text(TextId::ProfilesSeveralComputers), {kActionsX, 400, kActionsW, 220},
                  {FontFace::Sans, t.type.caption, 11, t.palette.text_muted, Align::Left,
                   VAlign::Top, 1.2f, true});
    name_conflict_ = TextBlock("", {kActionsX, 400, kActionsW, 220},
                               {FontFace::Sans, t.type.small, t.type.caption, t.palette.text,
                                Align::Left, VAlign::Top, 1.2f, true});
    const TextStyle more{FontFace::Sans, t.type.caption, 10,  t.palette.text_muted,
                         Align::Center,  VAlign::Middle, 1.f, false};
    more_above_ = TextBlock("▲", {kListX, kListY - 26, kListW, 20}, more);
    more_below_ =
        TextBlock("▼", {kListX, kListY + kVisibleRows * (kRowH + kRowGap) - 6, kListW, 20}, more);
    actions_.add(Button(ctx.text(TextId::ProfilesOpen), {kActionsX, kListY, kActionsW, 56},
                        ButtonKind::Primary, "Enter"));
    actions_.add(Button(ctx.text(TextId::ProfilesRename), {kActionsX, kListY + 68, kActionsW, 56},
                        ButtonKind::Secondary, "F2"));
    actions_.add(Button(ctx.text(TextId::ProfilesDelete), {kActionsX, kListY + 136, kActionsW, 56},
                        ButtonKind::Danger,
                        key_name(sf::Keyboard::Delete, ctx.strings.language())));
    actions_.show_focus(false);
    hints_.set(
        {{"↑ ↓", ctx.text(TextId::HintNavigate)},
         {"Enter", ctx.text(TextId::HintSelect)},
         {"N", ctx.text(TextId::HintNew)},
         {"F2", ctx.text(TextId::HintRename)},
         {key_name(sf::Keyboard::Delete, ctx.strings.language()), ctx.text(TextId::HintDelete)},
         {"Esc", ctx.text(TextId::HintBack)}});
    refresh();
}

void ProfilesScene::on_reveal() {
    if (open_when_revealed_) {
        const auto entry = *open_when_revealed_;
        open_when_revealed_.reset();
        refresh(entry.id);
        open(entry);
        return;
    }
    const auto* sel = selected();
    refresh(sel ? sel->id : std::string{});
}

void ProfilesScene::show_error(const std::string& message) {
    error_.set_text(message);
    ctx_.audio.play(Sfx::Wrong);
}

void ProfilesScene::refresh(const std::string& focus_id) {
    entries_.clear();
    name_conflict_id_.clear();  // the names may have changed (a rename settles a conflict)
    try {
        entries_ = ctx_.services.profiles.list();
    } catch (const std::exception& e) {
        show_error(e.what());
    }
    list_.clear();
    row_today_.clear();
    std::size_t focus = 0;
    const auto& t = ctx_.theme;
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        list_.add(Button(entries_[i].name, {}, ButtonKind::Secondary)).set_label_align(Align::Left);
        if (entries_[i].id == focus_id) focus = i;
        std::string today;
        if (const auto& d = entries_[i].today)
            today = ctx_.strings.format(TextId::ProfilesToday,
                                        {std::to_string(d->due), std::to_string(d->fresh)});
        row_today_.emplace_back(today, sf::FloatRect{},
                                TextStyle{FontFace::Sans, t.type.caption, 12, t.palette.text_muted,
                                          Align::Right, VAlign::Middle, 1.f, false});
    }
    list_.add(Button(ctx_.text(TextId::ProfilesNew), {}, ButtonKind::Primary, "N"));
    if (focus_id.empty() && entries_.empty()) focus = 0;
    list_.set_focus(focus);
    first_row_ = 0;
    layout_rows();
    set_column(Column::List);
}

void ProfilesScene::layout_rows() {
    const std::size_t n = list_.size();
    const std::size_t f = list_.focus();
    if (f < first_row_) first_row_ = f;
    if (f >= first_row_ + kVisibleRows) first_row_ = f + 1 - kVisibleRows;
    for (std::size_t i = 0; i < n; ++i) {
        if (i < first_row_ || i >= first_row_ + kVisibleRows) {
            list_.at(i).set_bounds({-2000.f, -2000.f, kListW, kRowH});  // scrolled away: no hits
        } else {
            const float y = kListY + static_cast<float>(i - first_row_) * (kRowH + kRowGap);
            list_.at(i).set_bounds({kListX, y, kListW, kRowH});
            if (i < row_today_.size())
                row_today_[i].set_box({kListX + kListW - 250.f, y, 230.f, kRowH});
        }
    }
    if (f < entries_.size()) last_profile_focus_ = f;
}

void ProfilesScene::set_column(Column c) {
    if (c == Column::Actions && !selected()) return;
    column_ = c;
    list_.show_focus(c == Column::List);
    actions_.show_focus(c == Column::Actions);
}

const ProfileEntry* ProfilesScene::selected() const {
    const std::size_t f = list_.focus();
    if (column_ == Column::List && f < entries_.size()) return &entries_[f];
    if (column_ == Column::Actions && last_profile_focus_ < entries_.size())
        return &entries_[last_profile_focus_];
    return nullptr;
}

const TextBlock* ProfilesScene::name_conflict_note() const {
    const auto* sel = selected();
    if (!sel || sel->name_conflict.empty()) return nullptr;
    if (name_conflict_id_ != sel->id) {
        std::string names;
        for (const auto& [name, device] : sel->name_conflict)
            names += (names.empty() ? "" : " / ") + name + " (" + device + ")";
        name_conflict_.set_text(ctx_.strings.format(TextId::ProfilesRenamedOnTwoComputers,
                                                    {names, sel->name_conflict.front().first}));
        name_conflict_id_ = sel->id;
    }
    return &name_conflict_;
}

void ProfilesScene::open(const ProfileEntry& entry) {
    try {
        ctx_.services.open_session(entry);
    } catch (const std::exception& e) {
        show_error(e.what());
        return;
    }
    ctx_.audio.play(Sfx::Open);
    ctx_.stack.replace_all(std::make_unique<HomeScene>(ctx_));
}

void ProfilesScene::ask_new() {
    auto submit = [this](const std::string& name) -> std::optional<std::string> {
        try {
            const auto created = ctx_.services.profiles.create(name);
            open_when_revealed_ = created;  // a new student goes straight to the home screen
        } catch (const std::exception& e) {
            return std::string(e.what());
        }
        return std::nullopt;
    };
    ctx_.stack.push(std::make_unique<NameDialogScene>(ctx_, ctx_.text(TextId::ProfilesNamePrompt),
                                                      "", std::move(submit)));
}

void ProfilesScene::ask_rename() {
    const auto* sel = selected();
    if (!sel) return;
    const ProfileEntry entry = *sel;
    auto submit = [this, entry](const std::string& name) -> std::optional<std::string> {
        try {
            ctx_.services.profiles.rename(entry.id, name);
        } catch (const std::exception& e) {
            return std::string(e.what());
        }
        return std::nullopt;
    };
    ctx_.stack.push(std::make_unique<NameDialogScene>(
        ctx_, ctx_.strings.format(TextId::ProfilesRenamePrompt, {entry.name}), entry.name,
        std::move(submit)));
}

void ProfilesScene::ask_delete() {
    const auto* sel = selected();
    if (!sel) return;
    const ProfileEntry entry = *sel;
    auto confirm = [this, entry] {
        try {
            ctx_.services.profiles.remove(entry.id);
        } catch (const std::exception& e) {
            show_error(e.what());
        }
        // on_reveal refreshes the list when the dialog closes
    };
    ctx_.stack.push(std::make_unique<ConfirmDialogScene>(
        ctx_, ctx_.strings.format(TextId::ProfilesDeleteQuestion, {entry.name}),
        ctx_.text(TextId::ProfilesDeleteDetail), ctx_.text(TextId::DialogConfirmDelete),
        std::move(confirm)));
}

void ProfilesScene::handle_event(const sf::Event& e) {
    if (e.type == sf::Event::KeyPressed) {
        switch (e.key.code) {
            case sf::Keyboard::Escape:
                if (column_ == Column::Actions) {
                    set_column(Column::List);
                    return;
                }
                ctx_.audio.play(Sfx::Back);
                ctx_.stack.replace_all(std::make_unique<TitleScene>(ctx_));
                return;
            case sf::Keyboard::N:
                ask_new();
                return;
            case sf::Keyboard::F2:
                ask_rename();
                return;
            case sf::Keyboard::Delete:
                ask_delete();
                return;
            case sf::Keyboard::Right:
                if (column_ == Column::List && selected()) {
                    set_column(Column::Actions);
                    ctx_.audio.play(Sfx::Move);
                }
                return;
            case sf::Keyboard::Left:
                if (column_ == Column::Actions) {
                    set_column(Column::List);
                    ctx_.audio.play(Sfx::Move);
                }
                return;
            default:
                break;
        }
    }
    const bool mouse = e.type == sf::Event::MouseMoved || e.type == sf::Event::MouseButtonPressed ||
                       e.type == sf::Event::MouseButtonReleased;
    if (mouse || column_ == Column::Actions) {
        if (const auto hit = actions_.handle(e, ctx_)) {
            if (*hit == 0) {
                if (const auto* sel = selected()) open(*sel);
            } else if (*hit == 1) {
                ask_rename();
            } else {
                ask_delete();
            }
            return;
        }
        if (!mouse) return;
    }
    if (e.type == sf::Event::MouseMoved && column_ == Column::Actions) {
        // The pointer over the list brings the keyboard focus back to it.
        for (std::size_t i = 0; i < list_.size(); ++i)
            if (list_.at(i).contains(
                    {static_cast<float>(e.mouseMove.x), static_cast<float>(e.mouseMove.y)}))
                set_column(Column::List);
    }
    if (e.type == sf::Event::MouseWheelScrolled) {
        const auto f = list_.focus();
        list_.set_focus(e.mouseWheelScroll.delta > 0 ? (f ? f - 1 : 0) : f + 1);
        layout_rows();
        return;
    }
    const auto before = list_.focus();
    const auto hit = list_.handle(e, ctx_);
    if (list_.focus() != before) layout_rows();
    if (!hit) return;
    if (*hit < entries_.size())
        open(entries_[*hit]);
    else
        ask_new();
}

void ProfilesScene::update(float dt) {
    list_.update(dt, ctx_.theme);
    actions_.update(dt, ctx_.theme);
}

void ProfilesScene::draw(sf::RenderTarget& target) const {
    backdrop_.draw(target, ctx_.theme);
    batch_.add(heading_);
    if (entries_.empty()) batch_.add(empty_);
    if (first_row_ > 0) batch_.add(more_above_);
    if (first_row_ + kVisibleRows < list_.size()) batch_.add(more_below_);
    list_.draw(batch_, ctx_);
    for (std::size_t i = first_row_; i < row_today_.size() && i < first_row_ + kVisibleRows; ++i)
        batch_.add(row_today_[i]);
    if (selected() || column_ == Column::Actions) actions_.draw(batch_, ctx_);
    // The error takes the help's place while it is shown, else the selected profile's names when
    // two computers renamed it while apart.
    if (!error_.utf8().empty())
        batch_.add(error_);
    else if (const auto* names = name_conflict_note())
        batch_.add(*names);
    else
        batch_.add(several_computers_);
    hints_.draw(batch_, ctx_);
    batch_.draw(target, ctx_);
}

}  // namespace chronik::ui
