// For the import fuzzers: a deck an importer made must be written and read back as the game does,
// every item intact and without loader errors; anything else aborts (a finding).
#pragma once

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "bank/deck.hpp"
#include "io/bank/deck_lint.hpp"
#include "io/bank/deck_loader.hpp"
#include "io/import/deck_writer.hpp"

namespace chronik::fuzz {

namespace fs = std::filesystem;

// Removes the scratch folder when the fuzzer exits normally.
struct ScratchFolder {
    fs::path path;
    ~ScratchFolder() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

inline const fs::path& scratch_folder() {
    // tmpfs where there is one: more inputs run per second.
    static const fs::path folder = [] {
        std::error_code ec;
        const fs::path base =
            fs::is_directory("/dev/shm", ec) ? fs::path("/dev/shm") : fs::temp_directory_path();
        fs::path p = base / ("chronik-fuzz-import-" + std::to_string(::getpid()));
        fs::create_directories(p);
        return p;
    }();
    static const ScratchFolder cleanup{folder};
    return folder;
}

inline void write_file(const fs::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// The deck (and the source text its items quote, when there is one) written as chronik-cli
// import writes it and loaded again: it must load, with every item and no errors; lint must run.
inline void check_imported_deck(const bank::Deck& made, const std::string& source_text) {
    if (made.items.empty()) return;  // nothing is written then
    const fs::path deck_file = scratch_folder() / "deck.json";
    if (!made.source_file.empty())
        write_file(scratch_folder() / made.source_file,
                   source_text.empty() ? std::string("\n") : source_text);
    write_file(deck_file, io::deck_to_json(made));
    const auto loaded = io::load_deck_file(deck_file);
    if (!loaded.ok() || io::count_errors(loaded.problems) != 0 ||
        loaded.deck->items.size() != made.items.size()) {
        for (const auto& p : loaded.problems)
            std::fprintf(stderr, "%s\n", io::format_problem(p).c_str());
        std::abort();
    }
    (void)io::lint_deck(*loaded.deck);
    std::error_code ec;
    fs::remove(deck_file, ec);
    if (!made.source_file.empty()) fs::remove(scratch_folder() / made.source_file, ec);
}

}  // namespace chronik::fuzz
