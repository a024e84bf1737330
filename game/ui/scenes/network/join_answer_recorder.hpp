// A student's revealed answers in a network class game feed the open profile: the question is
// looked up in the profile's bank by its prompt and right answer, rated like a quiz answer and
// saved, once per question.
#pragma once

#include <optional>
#include <string>

#include "classroom/student_answer.hpp"
#include "ui/scene/scene_context.hpp"
#include "ui/services/join_connector.hpp"

namespace chronik::ui {

class JoinAnswerRecorder {
public:
    // Indexes the open profile's bank (a bank it cannot read: nothing is recorded).
    explicit JoinAnswerRecorder(SceneContext& ctx);
    // Rates the view's revealed question into the profile; returns the note to show (empty when
    // nothing was said: already recorded, no bank, or no rating).
    std::string record(const JoinView& view);

private:
    SceneContext& ctx_;
    std::optional<classroom::ClassroomItemIndex> index_;  // the profile's bank
    std::optional<std::size_t> recorded_;                 // the question last fed into it
};

}  // namespace chronik::ui
