#include "ui/scenes/network/join_results_view.hpp"

#include <algorithm>

#include "ui/text/network_join_strings.hpp"

namespace chronik::ui {
namespace {

constexpr float kLeft = 120.f, kWidth = 1040.f;
constexpr std::size_t kMaxRows = JoinStandingsView::kMaxRows;

}  // namespace

JoinResultsView::JoinResultsView(const UiContext& ui) : ui_(ui), standings_(ui) {
    const auto& t = ui.theme;
    title_ = TextBlock("", {kLeft, 78, kWidth, 56},
                       {FontFace::SansBold, t.type.h1, t.type.h2, t.palette.text, Align::Left,
                        VAlign::Middle, 1.f, false});
    place_ = TextBlock("", {kLeft, 610, kWidth, 40},
                       {FontFace::SansBold, t.type.body, t.type.small, t.palette.text, Align::Left,
                        VAlign::Middle, 1.f, false});
    body_ = TextBlock("", {kLeft, 218, kWidth, 36},
                      {FontFace::Sans, t.type.body, t.type.small, t.palette.text_muted, Align::Left,
                       VAlign::Top, 1.25f, true});
    podium_line_ = TextBlock(text(ui.strings, JoinText::FinalPodium), {kLeft, 266, 720, 30},
                             {FontFace::Sans, t.type.small, t.type.caption, t.palette.text_muted,
                              Align::Left, VAlign::Top, 1.2f, true});
}

void JoinResultsView::show_leaderboard(const JoinView& view) {
    const auto& s = ui_.strings;
    final_ = false;
    title_.set_text(format(s, JoinText::LeaderboardHeading,
                           {std::to_string(view.question ? view.question->number + 1 : 0)}));
    const auto count = std::min(view.leaderboard.size(), kMaxRows);
    const auto shown = view.leaderboard.begin() + static_cast<long>(count);
    standings_.show({view.leaderboard.begin(), shown}, view.name, 150.f, false);
    const bool listed = std::any_of(view.leaderboard.begin(), shown,
                                    [&](const JoinRow& r) { return r.name == view.name; });
    place_.set_text(view.me && !listed
                        ? format(s, JoinText::LeaderboardYou,
                                 {std::to_string(view.me->rank), std::to_string(view.me->score),
                                  std::to_string(view.me->correct)})
                        : std::string());
}

void JoinResultsView::show_final(const JoinView& view) {
    const auto& s = ui_.strings;
    const auto& t = ui_.theme;
    final_ = true;
    title_.set_text(text(s, JoinText::FinalHeading));
    place_.set_box({kLeft, 136, kWidth, 80});
    place_.set_style({FontFace::SansBold, t.type.h1 + 12, t.type.h2, t.palette.accent, Align::Left,
                      VAlign::Middle, 1.f, false});
    if (view.me) {
        place_.set_text(format(s, JoinText::FinalPlace, {std::to_string(view.me->rank)}));
        const auto score = std::to_string(view.me->score);
        const auto correct = std::to_string(view.me->correct);
        const int partial = view.partial_timelines;
        body_.set_text(partial == 0   ? format(s, JoinText::FinalScore, {score, correct})
                       : partial == 1 ? format(s, JoinText::FinalScorePartialOne, {score, correct})
                                      : format(s, JoinText::FinalScorePartialMany,
                                               {score, correct, std::to_string(partial)}));
    } else {
        place_.set_text("");
        body_.set_text("");
    }
    standings_.show(view.final_rows, view.name, 300.f, true);
    actions_.clear();
    actions_.add(
        Button(text(s, JoinText::ButtonHome), {880, 300, 280, 60}, ButtonKind::Primary, "Enter"));
    actions_.show_focus(true);
}

void JoinResultsView::draw(sf::RenderTarget& target) const {
    title_.draw(target, ui_);
    if (final_) {
        place_.draw(target, ui_);
        body_.draw(target, ui_);
        podium_line_.draw(target, ui_);
        standings_.draw(target);
        actions_.draw(target, ui_);
        return;
    }
    standings_.draw(target);
    place_.draw(target, ui_);
}

}  // namespace chronik::ui
