#include "ui/scenes/network/join_scene.hpp"

#include "ui/scenes/dialogs.hpp"
#include "ui/scenes/network/join_form_scene.hpp"
#include "ui/text/network_join_strings.hpp"

namespace chronik::ui {

std::unique_ptr<Scene> make_join_game(SceneContext& ctx) {
    if (!ctx.services.network_join)
        return std::make_unique<NoticeScene>(
            ctx, std::vector<std::string>{text(ctx.strings, JoinText::Unavailable)});
    return std::make_unique<JoinFormScene>(ctx, *ctx.services.network_join);
}

}  // namespace chronik::ui
