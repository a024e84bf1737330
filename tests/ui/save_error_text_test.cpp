// A save error reaches the player in the UI language: a sentence per kind with the file, never the
// storage's English message (that goes to the log).
#include <doctest/doctest.h>

#include <unistd.h>
#include <filesystem>
#include <set>
#include <stdexcept>
#include <string>

#include "app/profile_services.hpp"
#include "app/save_error_text.hpp"
#include "support/text_table_checks.hpp"
#include "ui/text/save_problem_strings.hpp"

using namespace chronik;
using io::SaveError;
using io::SaveErrorKind;

namespace {

constexpr SaveErrorKind kKinds[] = {SaveErrorKind::NotFound,
                                    SaveErrorKind::AlreadyExists,
                                    SaveErrorKind::InvalidInput,
                                    SaveErrorKind::NewerVersion,
                                    SaveErrorKind::Corrupt,
                                    SaveErrorKind::DiskFull,
                                    SaveErrorKind::ReadOnly,
                                    SaveErrorKind::Unsafe,
                                    SaveErrorKind::Locked,
                                    SaveErrorKind::TooLarge,
                                    SaveErrorKind::Io};

}  // namespace

TEST_CASE("every save problem string exists in German and English with the same placeholders") {
    chronik::test::check_every_text<ui::SaveProblemText>();
}

TEST_CASE("each kind of save error has its own sentence in each language, naming the file") {
    const ui::StringTable de(ui::Language::German), en(ui::Language::English);
    std::set<std::string> german, english;
    for (const auto kind : kKinds) {
        const SaveError e{kind, "/saves/profiles/anna/reviews.jsonl", "english words", 0};
        const auto d = app::save_error_text(de, e);
        const auto g = app::save_error_text(en, e);
        CAPTURE(d);
        CAPTURE(g);
        german.insert(d);
        english.insert(g);
        CHECK(d != g);
        if (kind == SaveErrorKind::Locked) {
            // The lock file says nothing to the player.
            CHECK(d.find("reviews.jsonl") == std::string::npos);
        } else {
            CHECK(d.find("Datei: /saves/profiles/anna/reviews.jsonl") != std::string::npos);
            CHECK(g.find("file: /saves/profiles/anna/reviews.jsonl") != std::string::npos);
        }
        // Only where the words say what to change do they come along, as a technical detail.
        const bool detail = kind == SaveErrorKind::InvalidInput || kind == SaveErrorKind::Io;
        CHECK((d.find("technische Angabe: english words") != std::string::npos) == detail);
        CHECK((g.find("technical detail: english words") != std::string::npos) == detail);
    }
    CHECK(german.size() == std::size(kKinds));
    CHECK(english.size() == std::size(kKinds));

    CHECK(app::save_error_text(de, {SaveErrorKind::DiskFull, "/s/reviews.jsonl", "x", 0}) ==
          "Der Datenträger ist voll. Alles bisher Gespeicherte bleibt erhalten. (Datei: "
          "/s/reviews.jsonl)");
    CHECK(app::save_error_text(en, {SaveErrorKind::Corrupt, "/s/revlog.csv", "x", 12}) ==
          "The file is damaged and cannot be read. (file: /s/revlog.csv:12)");
    // No file: the sentence alone.
    CHECK(app::save_error_text(en, {SaveErrorKind::NotFound, {}, "no profile \"x\"", 0}) ==
          "The profile or file does not exist (any more).");
}

TEST_CASE("the profile list says a clash of names in the UI language, not the storage's English") {
    const auto saves = std::filesystem::temp_directory_path() /
                       ("chronik-save-error-text-" + std::to_string(::getpid()));
    std::filesystem::remove_all(saves);
    io::ProfileStore store(saves);
    const ui::StringTable de(ui::Language::German);
    app::StoreProfileDirectory profiles(store, de, Language::German);
    profiles.create("Anna");
    const auto ben = profiles.create("Ben");
    std::string said;
    try {
        profiles.rename(ben.id, "anna");
    } catch (const std::runtime_error& e) {
        said = e.what();
    }
    CHECK(said.starts_with("Ein Profil oder eine Datei dieses Namens gibt es schon."));
    CHECK(said.find("exists") == std::string::npos);
    std::filesystem::remove_all(saves);
}
