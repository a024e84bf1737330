#include "ui/scenes/results_scene.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "ui/input/key_bindings.hpp"
#include "ui/scenes/quiz_scene.hpp"
#include "ui/scenes/source_reader_scene.hpp"
#include "ui/scenes/timeline_scene.hpp"

namespace chronik::ui {

std::string format_duration(std::int64_t ms) {
    const std::int64_t s = std::max<std::int64_t>(0, (ms + 500) / 1000);
    const auto sec = s % 60;
    return std::to_string(s / 60) + (sec < 10 ? ":0" : ":") + std::to_string(sec);
}

namespace {

constexpr float kRowsTop = 306.f, kRowH = 60.f;
constexpr std::size_t kVisibleRows = 4;

}  // namespace

ResultsScene::ResultsScene(SceneContext& ctx, const round::MultipleChoiceRound& finished)
    : Scene(ctx) {
    const auto summary = finished.summary();
    missed_ids_ = summary.missed_item_ids;
    kind_ = RoundKind::MultipleChoice;
    std::vector<std::pair<std::string, std::string>> missed;
    for (const auto& id : missed_ids_) {
        for (const auto& q : finished.questions()) {
            if (q.item_id != id) continue;
            missed.emplace_back(id, ctx.strings.format(TextId::ResultsAnswerWas,
                                                       {q.prompt, q.choices[q.correct_choice]}));
        }
    }
    build({{std::to_string(summary.score), TextId::ResultsScore},
           {std::to_string(static_cast<int>(std::lround(summary.accuracy * 100))) + " %",
            TextId::ResultsAccuracy},
           {format_duration(summary.total_time_ms), TextId::ResultsTime},
           {std::to_string(summary.best_streak), TextId::ResultsBestStreak}},
          missed, TextId::ResultsPractiseMissed);
}

ResultsScene::ResultsScene(SceneContext& ctx, const round::TimelineResult& finished) : Scene(ctx) {
    const auto summary = finished.summary();
    missed_ids_ = summary.missed_item_ids;
    kind_ = RoundKind::Timeline;
    const auto language = ctx.strings.language() == Language::German ? bank::DateLanguage::German
                                                                     : bank::DateLanguage::English;
    std::vector<std::pair<std::string, std::string>> missed;
    for (const auto& e : finished.events) {
        if (e.rating == Rating::Good) continue;
        missed.emplace_back(e.item_id,
                            ctx.strings.format(TextId::ResultsAnswerWas,
                                               {e.text, bank::format_date(e.date, language)}));
    }
    build({{std::to_string(finished.pairs.percent()) + " %", TextId::TimelinePairScore},
           {std::to_string(finished.pairs.ordered) + " / " + std::to_string(finished.pairs.total),
            TextId::TimelinePairsOrdered},
           {format_duration(summary.total_time_ms), TextId::ResultsTime},
           {std::to_string(summary.correct) + " / " + std::to_string(summary.item_count),
            TextId::TimelineInRun}},
          missed, TextId::TimelineAgain);
}

bool ResultsScene::is_lookup_key(const sf::Event& e) const {
    if (e.type != sf::Event::KeyPressed) return false;
    return profile_keys(ctx_).action_of(e.key.code) == KeyAction::ReadSource;
}

void ResultsScene::build(const std::vector<std::pair<std::string, TextId>>& figures,
                         const std::vector<std::pair<std::string, std::string>>& missed,
                         TextId again_label) {
    auto& ctx = ctx_;
    const auto& t = ctx.theme;
    heading_ = TextBlock(ctx.text(TextId::ResultsHeading), {120, 48, 1040, 60},
                         {FontFace::SansBold, t.type.h1, t.type.h2, t.palette.text, Align::Left,
                          VAlign::Middle, 1.f, false});
    const float gap = 20.f, w = (1040.f - 3 * gap) / 4;
    for (std::size_t i = 0; i < figures.size(); ++i) {
        const float x = 120.f + static_cast<float>(i) * (w + gap);
        Stat s;
        s.card.set_geometry({x, 128, w, 112}, t.spacing.radius, 1.f);
        s.card.set_fill(t.palette.surface);
        s.card.set_outline(t.palette.border);
        s.value = TextBlock(
            figures[i].first, {x + 22, 140, w - 44, 54},
            {FontFace::SansBold, t.type.h1, t.type.h2, i == 0 ? t.palette.accent : t.palette.text,
             Align::Left, VAlign::Middle, 1.f, false});
        s.label = TextBlock(ctx.text(figures[i].second), {x + 22, 196, w - 44, 30},
                            {FontFace::Sans, t.type.small, t.type.caption, t.palette.text_muted,
                             Align::Left, VAlign::Middle, 1.f, false});
        stats_.push_back(std::move(s));
    }
    missed_card_.set_geometry({104, 258, 1072, 310}, t.spacing.radius, 1.f);
    missed_card_.set_fill(t.palette.surface);
    missed_card_.set_outline(t.palette.border);
    missed_heading_ = TextBlock(ctx.text(TextId::ResultsMissed), {124, 268, 800, 34},
                                {FontFace::SansBold, t.type.body, t.type.small, t.palette.text,
                                 Align::Left, VAlign::Middle, 1.f, false});
    more_rows_ = TextBlock("", {940, 268, 214, 34},
                           {FontFace::Sans, t.type.small, t.type.caption, t.palette.text_muted,
                            Align::Right, VAlign::Middle, 1.f, false});
    if (missed.empty())
        none_missed_ = TextBlock(ctx.text(TextId::ResultsNoneMissed), {124, kRowsTop, 1030, 60},
                                 {FontFace::Sans, t.type.small, t.type.caption,
                                  t.palette.text_muted, Align::Left, VAlign::Top, 1.25f, true});
    // Each missed item on its own row, with "Im Text nachlesen" when its deck has a source text
    // (a deck without one simply has no button).
    const std::string key =
        key_name(profile_keys(ctx).key(KeyAction::ReadSource), ctx.strings.language());
    for (auto& [id, line] : missed) {
        MissedRow row{id,
                      TextBlock("• " + line, {124, 0, 800, kRowH - 6},
                                {FontFace::Sans, t.type.small, t.type.caption, t.palette.text_muted,
                                 Align::Left, VAlign::Middle, 1.15f, true}),
                      std::nullopt};
        const bank::Deck* deck = ctx.services.session().bank().deck_of(id);
        if (deck && deck->has_source())
            row.lookup.emplace(ctx.text(TextId::HintReadSource), sf::FloatRect{940, 0, 214, 44},
                               ButtonKind::Secondary, key);
        rows_.push_back(std::move(row));
    }
    place_rows();
    // A timeline can always be dealt again; a quiz of the missed ones only when some were missed.
    const bool again = kind_ == RoundKind::Timeline || !missed_ids_.empty();
    if (again)
        buttons_.add(Button(ctx.text(again_label), {120, 584, 420, 60}, ButtonKind::Primary));
    buttons_.add(Button(ctx.text(TextId::ResultsHome), {again ? 560.f : 120.f, 584, 300, 60},
                        again ? ButtonKind::Secondary : ButtonKind::Primary));
    has_again_ = again;
    std::vector<KeyHint> hints{{"← →", ctx.text(TextId::HintNavigate)},
                               {"Enter", ctx.text(TextId::HintSelect)}};
    if (!rows_.empty()) hints.push_back({"↑ ↓", ctx.text(TextId::HintScroll)});
    if (std::any_of(rows_.begin(), rows_.end(), [](const MissedRow& r) { return r.lookup; }))
        hints.push_back({key, ctx.text(TextId::HintReadSource)});
    hints.push_back({"Esc", ctx.text(TextId::ResultsHome)});
    hints_.set(hints);
}

void ResultsScene::place_rows() {
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        const float y = kRowsTop + static_cast<float>(i - first_row_) * kRowH;
        rows_[i].text.set_box({124, y, 800, kRowH - 6});
        if (rows_[i].lookup) rows_[i].lookup->set_bounds({940, y + 5, 214, 44});
    }
    // The row the lookup key opens: an accent bar at its left edge (the buttons below keep the
    // one focus ring).
    if (!rows_.empty()) {
        const float y = kRowsTop + static_cast<float>(selected_ - first_row_) * kRowH;
        row_mark_.set_geometry({112, y + 4, 4, kRowH - 14}, 2.f);
        row_mark_.set_fill(ctx_.theme.palette.accent);
    }
    if (rows_.size() > kVisibleRows)
        more_rows_.set_text(
            ctx_.strings.format(TextId::ResultsRowsShown,
                                {std::to_string(first_row_ + 1),
                                 std::to_string(std::min(rows_.size(), first_row_ + kVisibleRows)),
                                 std::to_string(rows_.size())}));
}

void ResultsScene::select_row(std::size_t row) {
    if (rows_.empty()) return;
    selected_ = std::min(row, rows_.size() - 1);
    if (selected_ < first_row_) first_row_ = selected_;
    if (selected_ >= first_row_ + kVisibleRows) first_row_ = selected_ + 1 - kVisibleRows;
    place_rows();
}

void ResultsScene::look_up(std::size_t row) {
    if (row >= rows_.size() || !rows_[row].lookup) return;
    ctx_.audio.play(Sfx::Open);
    ctx_.stack.push(make_source_reader_for(ctx_, rows_[row].item_id));
}

void ResultsScene::handle_event(const sf::Event& e) {
    if (is_key(e, sf::Keyboard::Escape)) {
        ctx_.stack.pop();  // back to the home screen below
        return;
    }
    if (!rows_.empty()) {
        if (is_key(e, sf::Keyboard::Up) || is_key(e, sf::Keyboard::Down)) {
            const bool up = e.key.code == sf::Keyboard::Up;
            if (up && selected_ > 0) select_row(selected_ - 1);
            if (!up) select_row(selected_ + 1);
            ctx_.audio.play(Sfx::Move);
            return;
        }
        if (e.type == sf::Event::MouseWheelScrolled) {
            const bool up = e.mouseWheelScroll.delta > 0;
            if (up && first_row_ > 0) --first_row_;
            if (!up && first_row_ + kVisibleRows < rows_.size()) ++first_row_;
            selected_ = std::clamp(selected_, first_row_, first_row_ + kVisibleRows - 1);
            place_rows();
            return;
        }
        if (is_lookup_key(e)) {
            look_up(selected_);
            return;
        }
        if (e.type == sf::Event::MouseButtonPressed && e.mouseButton.button == sf::Mouse::Left) {
            const sf::Vector2f p(static_cast<float>(e.mouseButton.x),
                                 static_cast<float>(e.mouseButton.y));
            for (std::size_t i = first_row_; i < std::min(rows_.size(), first_row_ + kVisibleRows);
                 ++i) {
                if (rows_[i].lookup && rows_[i].lookup->contains(p)) {
                    select_row(i);
                    look_up(i);
                    return;
                }
            }
        }
        if (e.type == sf::Event::MouseMoved) {
            const sf::Vector2f p(static_cast<float>(e.mouseMove.x),
                                 static_cast<float>(e.mouseMove.y));
            for (std::size_t i = first_row_; i < std::min(rows_.size(), first_row_ + kVisibleRows);
                 ++i)
                if (rows_[i].lookup) rows_[i].lookup->set_hovered(rows_[i].lookup->contains(p));
        }
    }
    const auto hit = buttons_.handle(e, ctx_);
    if (!hit) return;
    if (has_again_ && *hit == 0)
        ctx_.stack.replace_top(kind_ == RoundKind::Timeline ? make_timeline(ctx_)
                                                            : make_quiz_of(ctx_, missed_ids_));
    else
        ctx_.stack.pop();
}

void ResultsScene::update(float dt) {
    buttons_.update(dt, ctx_.theme);
    for (auto& r : rows_)
        if (r.lookup) r.lookup->update(dt, ctx_.theme);
}

bool ResultsScene::animating() const {
    if (buttons_.animating()) return true;
    for (const auto& r : rows_)
        if (r.lookup && r.lookup->animating()) return true;
    return false;
}

void ResultsScene::draw(sf::RenderTarget& target) const {
    backdrop_.draw(target, ctx_.theme);
    batch_.add(heading_);
    for (const auto& s : stats_) {
        batch_.add(s.card);
        batch_.add(s.value);
        batch_.add(s.label);
    }
    batch_.add(missed_card_);
    batch_.add(missed_heading_);
    if (rows_.empty()) batch_.add(none_missed_);
    if (rows_.size() > kVisibleRows) batch_.add(more_rows_);
    if (rows_.size() > 1) batch_.add(row_mark_);
    for (std::size_t i = first_row_; i < std::min(rows_.size(), first_row_ + kVisibleRows); ++i) {
        batch_.add(rows_[i].text);
        if (rows_[i].lookup) rows_[i].lookup->draw(batch_, ctx_);
    }
    buttons_.draw(batch_, ctx_);
    hints_.draw(batch_, ctx_);
    batch_.draw(target, ctx_);
}

}  // namespace chronik::ui
