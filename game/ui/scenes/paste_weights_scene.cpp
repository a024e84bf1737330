#include "ui/scenes/paste_weights_scene.hpp"

#include "ui/input/key_bindings.hpp"
#include "ui/input/nav.hpp"
#include "ui/text/memory_model_strings.hpp"

namespace chronik::ui {
namespace {

using T = MemoryModelText;

// 21 weights with Anki's four decimals and separators take about 150 characters; room for more
// precision and spaces.
constexpr std::size_t kMaxChars = 600;

}  // namespace

PasteWeightsScene::PasteWeightsScene(SceneContext& ctx, MemoryModelTuning& tuning,
                                     std::function<void(const std::string&)> applied)
    : FieldDialog(
          ctx, {140, 140, 1000, 420},
          TextInput({180, 318, 920, 64}, text(ctx.strings, T::PastePlaceholder), kMaxChars)),
      tuning_(tuning),
      applied_(std::move(applied)) {
    const auto& t = ctx.theme;
    heading_ = TextBlock(text(ctx.strings, T::PasteHeading), {180, 172, 920, 44},
                         {FontFace::SansBold, t.type.h2, t.type.body, t.palette.text, Align::Left,
                          VAlign::Top, 1.1f, false});
    intro_ = TextBlock(text(ctx.strings, T::PasteIntro), {180, 226, 920, 80},
                       {FontFace::Sans, t.type.small, t.type.caption, t.palette.text_muted,
                        Align::Left, VAlign::Top, 1.25f, true});
    error_ = TextBlock("", {180, 394, 920, 68},
                       {FontFace::SansBold, t.type.small, t.type.caption, t.palette.danger,
                        Align::Left, VAlign::Top, 1.2f, true});
    buttons_.add(Button(ctx.text(TextId::DialogOk), {760, 476, 150, 56}, ButtonKind::Primary));
    buttons_.add(
        Button(ctx.text(TextId::DialogCancel), {930, 476, 170, 56}, ButtonKind::Secondary));
    buttons_.show_focus(false);  // the field holds the keyboard; Enter and Esc answer
    hints_.set(
        {{ctrl_key_name(sf::Keyboard::V, ctx.strings.language()), text(ctx.strings, T::PasteHint)},
         {"Enter", ctx.text(TextId::DialogOk)},
         {"Esc", ctx.text(TextId::DialogCancel)}});
}

void PasteWeightsScene::submit() {
    const PastedWeights outcome = tuning_.apply_pasted(input_.value_utf8());
    switch (outcome.result) {
        case PastedWeights::Result::Applied:
            ctx_.audio.play(Sfx::Correct);
            applied_(text(ctx_.strings, T::PasteApplied));
            ctx_.stack.pop();
            return;
        case PastedWeights::Result::Refused:
            error_.set_text(format(ctx_.strings, T::PasteRefused,
                                   {pasted_weights_problem(ctx_.strings, outcome.problem)}));
            break;
        case PastedWeights::Result::NotSaved:
            error_.set_text(format(ctx_.strings, T::NotSaved, {outcome.why}));
            break;
    }
    ctx_.audio.play(Sfx::Wrong);
}

void PasteWeightsScene::draw(sf::RenderTarget& target) const {
    draw_dialog(target, {&heading_, &intro_, &error_});
    input_.draw(target, ctx_);
}

}  // namespace chronik::ui
