#include "ui/scenes/network/host_summary_view.hpp"

#include <algorithm>

#include "classroom/class_review.hpp"
#include "ui/text/network_host_strings.hpp"

namespace chronik::ui {
namespace {

using T = NetworkHostText;

constexpr float kLeft = 120.f, kWidth = 1040.f, kRowsY = 120.f, kRowH = 90.f, kRowStep = 96.f;
constexpr std::size_t kShown = 5;  // the hardest ones; every question is in the saved JSON

}  // namespace

HostSummaryView::HostSummaryView(const UiContext& ui) : ui_(ui) {
    const auto& t = ui.theme;
    const auto& s = ui.strings;
    heading_ = TextBlock(text(s, T::SummaryHeading), {kLeft, 24, 720, 52},
                         {FontFace::SansBold, t.type.h1, t.type.h2, t.palette.text, Align::Left,
                          VAlign::Middle, 1.f, false});
    intro_ = TextBlock(text(s, T::SummaryIntro), {kLeft, 78, kWidth, 30},
                       {FontFace::Sans, t.type.body, t.type.caption, t.palette.text_muted,
                        Align::Left, VAlign::Middle, 1.f, false});
    none_ = TextBlock(text(s, T::SummaryNone), {kLeft, kRowsY, kWidth, 40},
                      {FontFace::Sans, t.type.body, t.type.caption, t.palette.text_muted,
                       Align::Left, VAlign::Middle, 1.f, false});
    saved_ = TextBlock(text(s, T::SummaryNotSaved), {kLeft, 610, kWidth, 48},
                       {FontFace::Sans, t.type.small, 12, t.palette.text_muted, Align::Left,
                        VAlign::Top, 1.2f, true});
}

void HostSummaryView::show(const HostSession& session) {
    const auto& t = ui_.theme;
    const auto& s = ui_.strings;
    const auto review = classroom::review_questions(session.game());
    const auto order = classroom::hardest_first(review);
    rows_.clear();
    for (std::size_t k = 0; k < order.size() && k < kShown; ++k) {
        const auto& q = review[order[k]];
        const float y = kRowsY + static_cast<float>(k) * kRowStep;
        Row r;
        r.bg.set_geometry({kLeft, y, kWidth, kRowH}, t.spacing.radius - 4, 1.f);
        r.bg.set_fill(t.palette.surface);
        r.bg.set_outline(t.palette.border);
        r.number = TextBlock(std::to_string(q.question + 1), {kLeft + 8, y, 44, kRowH},
                             {FontFace::SansBold, t.type.h2, t.type.small, t.palette.text_muted,
                              Align::Center, VAlign::Middle, 1.f, false});
        r.prompt = TextBlock(q.prompt, {kLeft + 60, y + 4, 640, 60},
                             {FontFace::SansBold, t.type.small, 13, t.palette.text, Align::Left,
                              VAlign::Middle, 1.1f, true});
        r.answer = TextBlock(text(s, T::RevealRightTag) + ": " + q.correct_answer,
                             {kLeft + 60, y + 64, 640, 24},
                             {FontFace::Sans, t.type.small, 12, t.palette.success, Align::Left,
                              VAlign::Middle, 1.f, false});
        const auto share = static_cast<float>(q.correct_share());
        const sf::FloatRect track{kLeft + 716, y + 35, 140, 20};
        r.track.set_geometry(track, 7.f);
        r.track.set_fill(t.palette.surface_pressed);
        r.fill.set_geometry(
            {track.left, track.top, std::max(track.height, track.width * share), track.height},
            7.f);
        // The class needs this one again: colour plus the figure in words.
        r.fill.set_fill(q.missed_by_class() ? t.palette.danger : t.palette.success);
        r.share = TextBlock(
            format(s, T::RevealCorrectOf, {std::to_string(q.correct), std::to_string(q.players)}),
            {kLeft + 866, y, 166, kRowH},
            {FontFace::SansBold, t.type.small, t.type.caption, t.palette.text, Align::Right,
             VAlign::Middle, 1.f, false});
        rows_.push_back(std::move(r));
    }
    show_saved(session);
}

void HostSummaryView::show_saved(const HostSession& session) {
    const auto saved = session.saved();
    const auto& s = ui_.strings;
    if (!saved) {
        saved_.set_text(text(s, T::SummaryNotSaved));
        saved_.set_color(ui_.theme.palette.text_muted);
    } else if (!saved->problem.empty()) {
        saved_.set_text(format(s, T::SummarySaveFailed, {saved->problem}));
        saved_.set_color(ui_.theme.palette.danger);
    } else {
        saved_.set_text(format(s, T::SummarySaved, {saved->csv_path + "\n" + saved->json_path}));
        saved_.set_color(ui_.theme.palette.text_muted);
    }
}

void HostSummaryView::draw(sf::RenderTarget& target) const {
    heading_.draw(target, ui_);
    intro_.draw(target, ui_);
    if (rows_.empty()) none_.draw(target, ui_);
    for (const auto& r : rows_) {
        target.draw(r.bg);
        r.number.draw(target, ui_);
        r.prompt.draw(target, ui_);
        r.answer.draw(target, ui_);
        target.draw(r.track);
        target.draw(r.fill);
        r.share.draw(target, ui_);
    }
    saved_.draw(target, ui_);
}

}  // namespace chronik::ui
