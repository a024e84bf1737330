#include "ui/text/import_failure_text.hpp"

#include "ui/text/decks_strings.hpp"

namespace chronik::ui {
namespace {

// The last part of a path as typed ("~/Unterricht/liste.csv" → "liste.csv"); the whole text
// when it ends in a slash or has none.
std::string_view shown_name(std::string_view file) {
    while (file.size() > 1 && file.back() == '/')
        file.remove_suffix(1);
    const auto slash = file.rfind('/');
    return slash == std::string_view::npos ? file : file.substr(slash + 1);
}

std::string why(const StringTable& strings, ImportFailure failure, std::string_view detail) {
    const auto say = [&](DecksText id) { return format(strings, id, {detail}); };
    switch (failure) {
        case ImportFailure::None:
        case ImportFailure::Other:
            return std::string(detail);
        case ImportFailure::NoPath:
            return text(strings, DecksText::ImportNoPath);
        case ImportFailure::NotFound:
            return say(DecksText::FailNotFound);
        case ImportFailure::IsFolder:
            return say(DecksText::FailIsFolder);
        case ImportFailure::TooLarge:
            return say(DecksText::FailTooLarge);
        case ImportFailure::Unreadable:
            return say(DecksText::FailUnreadable);
        case ImportFailure::NotUtf8:
            return say(DecksText::FailNotUtf8);
        case ImportFailure::NotAnkiOrKahoot:
            return say(DecksText::FailNotAnkiOrKahoot);
        case ImportFailure::BadPackage:
            return say(DecksText::FailBadPackage);
        case ImportFailure::BadSheet:
            return say(DecksText::FailBadSheet);
        case ImportFailure::NotADeck:
            return say(DecksText::FailNotADeck);
        case ImportFailure::DeckIdTaken:
            return say(DecksText::FailDeckIdTaken);
        case ImportFailure::NothingInText:
            return say(DecksText::FailNothingInText);
        case ImportFailure::NoRowImported:
            return say(DecksText::FailNoRowImported);
        case ImportFailure::NothingImported:
            return say(DecksText::FailNothingImported);
        case ImportFailure::DeckTooLarge:
            return say(DecksText::FailDeckTooLarge);
        case ImportFailure::NotSaved:
            return say(DecksText::FailNotSaved);
    }
    return std::string(detail);
}

}  // namespace

std::string import_failure_text(const StringTable& strings, ImportFailure failure,
                                std::string_view file, std::string_view detail) {
    // Nothing chosen: the hint alone (there is no file to name).
    if (failure == ImportFailure::NoPath || file.find_first_not_of(" \t") == std::string::npos)
        return why(strings, ImportFailure::NoPath, detail);
    return format(strings, DecksText::ImportFailedFile,
                  {shown_name(file), why(strings, failure, detail)});
}

std::string export_failure_text(const StringTable& strings, DeckLibrary::ExportFailure failure,
                                std::string_view deck_title, std::string_view detail) {
    using F = DeckLibrary::ExportFailure;
    std::string reason(detail);
    if (failure == F::NotLoaded) reason = text(strings, DecksText::ExportNotLoaded);
    if (failure == F::OnlyDrafts) reason = text(strings, DecksText::ExportOnlyDrafts);
    if (failure == F::NotSaved) reason = format(strings, DecksText::ExportNotSaved, {detail});
    return format(strings, DecksText::ExportFailedDeck, {deck_title, reason});
}

}  // namespace chronik::ui
