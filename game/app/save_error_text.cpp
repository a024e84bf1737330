#include "app/save_error_text.hpp"

#include "ui/text/save_problem_strings.hpp"

namespace chronik::app {
namespace {

using ui::SaveProblemText;

SaveProblemText sentence_of(io::SaveErrorKind kind) {
    switch (kind) {
        case io::SaveErrorKind::NotFound:
            return SaveProblemText::NotFound;
        case io::SaveErrorKind::AlreadyExists:
            return SaveProblemText::AlreadyExists;
        case io::SaveErrorKind::InvalidInput:
            return SaveProblemText::InvalidInput;
        case io::SaveErrorKind::NewerVersion:
            return SaveProblemText::NewerVersion;
        case io::SaveErrorKind::Corrupt:
            return SaveProblemText::Corrupt;
        case io::SaveErrorKind::DiskFull:
            return SaveProblemText::DiskFull;
        case io::SaveErrorKind::ReadOnly:
            return SaveProblemText::ReadOnly;
        case io::SaveErrorKind::Unsafe:
            return SaveProblemText::Unsafe;
        case io::SaveErrorKind::Locked:
            return SaveProblemText::Locked;
        case io::SaveErrorKind::TooLarge:
            return SaveProblemText::TooLarge;
        case io::SaveErrorKind::Io:
            break;
    }
    return SaveProblemText::Io;
}

// Only the message says what was not valid (a name too long, a setting out of range) or what the
// system reported: the player gets it too, as a technical detail.
bool detail_helps(io::SaveErrorKind kind) {
    return kind == io::SaveErrorKind::InvalidInput || kind == io::SaveErrorKind::Io;
}

}  // namespace

std::string save_error_text(const ui::StringTable& strings, const io::SaveError& error) {
    std::string about;
    // A lock file names nothing the player can act on: the other window is the news.
    if (!error.file.empty() && error.kind != io::SaveErrorKind::Locked) {
        std::string where = error.file.string();
        if (error.line > 0) where.append(1, ':').append(std::to_string(error.line));
        about = ui::format(strings, SaveProblemText::File, {where});
    }
    if (detail_helps(error.kind) && !error.message.empty()) {
        if (!about.empty()) about += "; ";
        about += strings.format(ui::TextId::ProblemDetail, {error.message});
    }
    const auto& sentence = ui::text(strings, sentence_of(error.kind));
    return about.empty() ? sentence
                         : ui::format(strings, SaveProblemText::Detail, {sentence, about});
}

}  // namespace chronik::app
