// DeckLibrary over the files: the shipped questions folder plus <saves>/decks, import through
// io/import and derive, draft review through core/decks, saved at once.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "bank/question_bank.hpp"
#include "ui/services/deck_library.hpp"
#include "ui/text/strings.hpp"

namespace chronik::app {

class UserDeckLibrary final : public ui::DeckLibrary {
public:
    // `bank` is the game's bank (already holding the shipped decks); the user's decks are added
    // to it now, their problems kept for problems(). Later changes reload the whole bank in place.
    UserDeckLibrary(bank::QuestionBank& bank, std::filesystem::path questions_dir,
                    std::filesystem::path user_dir, const ui::StringTable& strings);

    std::vector<ui::DeckSummary> decks() override;
    std::vector<std::string> problems() override { return problems_; }
    std::string user_folder() const override { return user_dir_.string(); }
    ui::ImportOutcome import_file(const std::string& path, ui::ImportChoice kind) override;
    std::optional<ui::ImportChoice> detect(const std::string& path) override;
    ui::FolderView list_folder(const std::string& folder, bool show_hidden) override;
    std::string chooser_start() const override;
    void remember_folder(const std::string& folder) override { last_folder_ = folder; }
    AnkiExport export_anki(const std::string& deck_id) override;
    std::optional<ui::DraftCard> next_draft(const std::string& deck_id) override;
    std::optional<std::string> decide(const std::string& deck_id, const std::string& item_id,
                                      ui::DraftAction action) override;
    std::vector<ui::EditProblem> save_edit(const std::string& deck_id, const std::string& item_id,
                                           const std::vector<std::string>& values) override;
    std::vector<std::string> finish_draft(const std::string& deck_id) override;

    const std::filesystem::path& user_dir() const { return user_dir_; }

private:
    // The path the user typed or pasted ("~/Downloads/x.csv", a file:// URL), as the file it means.
    static std::filesystem::path typed_path(const std::string& typed);
    void reload();
    const bank::Deck* user_deck(const std::string& deck_id) const;
    // Writes the deck over its file (keeping the first version under originals/), then reloads.
    void save_deck(const bank::Deck& deck);
    std::string unique_deck_id(const std::string& wanted) const;

    bank::QuestionBank& bank_;
    std::filesystem::path questions_dir_, user_dir_;
    const ui::StringTable& strings_;
    std::vector<std::string> problems_;
    std::string last_folder_;  // the chooser's folder of the last import (this session)
};

}  // namespace chronik::app
