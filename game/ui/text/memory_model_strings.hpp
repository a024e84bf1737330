// The strings of the memory-model screen (personal FSRS weights), German and English.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "optimize/weights.hpp"
#include "ui/text/strings.hpp"

namespace chronik::ui {

enum class MemoryModelText {
    SettingsEntry,
    Heading,
    Intro,
    Reviews,
    InUsePersonal,
    InUseDefaults,
    NotYet,
    NotYetWhy,
    Ready,
    ReadProblem,
    Fit,
    Running,
    Better,
    BetterCheck,
    NotBetter,
    OverFitted,
    ColumnWeights,
    ColumnLogLoss,
    ColumnRmse,
    RowDefaults,
    RowFitted,
    FiguresNote,
    Apply,
    Reset,
    Applied,
    ResetDone,
    NotSaved,
    Failed,
    FitAgain,
    Back,
    HintChoose,
    HintRun,
    Paste,
    PasteHeading,
    PasteIntro,
    PastePlaceholder,
    PasteRefused,
    PasteApplied,
    PasteHint,
    PasteOlderFsrs,
    PasteNotANumber,
    PasteWrongCount,
    PasteOutOfBounds,
    Count  // not a string: the number of ids
};

const std::string& text(const StringTable& strings, MemoryModelText id);
// text(id) with each "{}" replaced by the next argument.
std::string format(const StringTable& strings, MemoryModelText id,
                   std::initializer_list<std::string_view> args);

// A figure with `decimals` decimals, with a decimal comma in German.
std::string number(const StringTable& strings, double value, int decimals);

// Why pasted weights were refused, in the interface's language (for PasteRefused).
std::string pasted_weights_problem(const StringTable& strings,
                                   const optimize::PastedWeightsProblem& problem);

}  // namespace chronik::ui
