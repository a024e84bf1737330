#include "io/bank/deck_loader.hpp"

#include <algorithm>
#include <exception>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <system_error>

#include "bank/utf8.hpp"
#include "io/bank/deck_item_reader.hpp"

namespace chronik::io {

namespace fs = std::filesystem;
using nlohmann::json;

using deck_json::Fields;
using deck_json::read_item;
using deck_json::Reporter;
using deck_json::type_name;

namespace {

// Reads a whole file that is checked for size, emptiness and UTF-8 first.
// `what` names it in messages ("source file 'x'").
std::optional<std::string> read_text_file(const fs::path& path, const std::string& what,
                                          Reporter& report) {
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
        report.error("", what + " not found");
        return std::nullopt;
    }
    if (!fs::is_regular_file(status)) {
        report.error("", what + " is not a regular file");
        return std::nullopt;
    }
    const auto size = fs::file_size(path, ec);
    if (ec) {
        report.error("", what + ": cannot read its size: " + ec.message());
        return std::nullopt;
    }
    if (size > kMaxDeckFileBytes) {
        report.error("", what + " is " + std::to_string(size) + " bytes; files over " +
                             std::to_string(kMaxDeckFileBytes / (std::uintmax_t{1024} * 1024)) +
                             " MiB are refused");
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        report.error("", what + " cannot be opened for reading");
        return std::nullopt;
    }
    std::string text(static_cast<std::size_t>(size), '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad()) {
        report.error("", what + ": read error");
        return std::nullopt;
    }
    if (const auto bad = bank::first_invalid_utf8(text)) {
        std::ostringstream hex;
        hex << std::hex << static_cast<int>(static_cast<unsigned char>(text[*bad]));
        report.error("", what + " is not valid UTF-8: byte 0x" + hex.str() + " at byte offset " +
                             std::to_string(*bad));
        return std::nullopt;
    }
    return text;
}

bool blank(const std::string& text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; });
}

std::string parse_error_message(const json::parse_error& e) {
    const std::string what = e.what();
    const auto at = what.find("at line");
    if (at != std::string::npos) return "malformed JSON " + what.substr(at);
    return "malformed JSON at byte " + std::to_string(e.byte) + ": " + what;
}

}  // namespace

std::optional<std::string> source_path_problem(const fs::path& deck_file,
                                               const std::string& source) {
    const std::string shown = "'" + source + "'";
    if (source.find('\0') != std::string::npos) return shown + " contains a NUL byte";
    const fs::path relative(source);
    if (relative.empty() || relative.is_absolute() || relative.has_root_name())
        return shown + " is not a path relative to the deck's folder";
    for (const auto& part : relative)
        if (part == "..")
            return shown + " uses '..': the source must lie in the deck's folder or below it";
    // Links may point anywhere: what counts is where the file really is.
    std::error_code ec;
    const fs::path folder = fs::weakly_canonical(fs::absolute(deck_file.parent_path(), ec), ec);
    const fs::path real =
        fs::weakly_canonical(fs::absolute(deck_file.parent_path() / relative, ec), ec);
    if (ec) return shown + " cannot be resolved: " + ec.message();
    const auto [f, r] = std::mismatch(folder.begin(), folder.end(), real.begin(), real.end());
    if (f != folder.end() || r == real.end())
        return shown + " leads out of the deck's folder (to " + real.string() + ")";
    return std::nullopt;
}

namespace {

DeckLoadResult load_deck_unchecked(const fs::path& path) {
    DeckLoadResult result;
    Reporter report{path.string(), &result.problems, {}};
    const auto text = read_text_file(path, "deck file", report);
    if (!text) return result;
    if (blank(*text)) {
        report.error("", "the file is empty");
        return result;
    }
    json root;
    try {
        root = json::parse(*text);
    } catch (const json::parse_error& e) {
        report.error("", parse_error_message(e));
        return result;
    }
    if (!root.is_object()) {
        report.error("",
                     "expected a JSON object with schema, deck and items at the top level, found " +
                         type_name(root));
        return result;
    }
    Fields top{root, "", report};
    top.warn_unknown({"schema", "deck", "items"});
    const auto schema = top.integer("schema");
    if (!schema) return result;
    if (*schema > kDeckSchemaVersion) {
        report.error("schema", "schema " + std::to_string(*schema) +
                                   " is newer than this version of Chronik reads (" +
                                   std::to_string(kDeckSchemaVersion) + "); update Chronik");
        return result;
    }
    if (*schema < 1) {
        report.error("schema",
                     "schema " + std::to_string(*schema) + " does not exist (the first is 1)");
        return result;
    }
    bank::Deck deck;
    deck.file = path.string();
    const json* meta = top.object_field("deck", true);
    if (meta) {
        Fields m{*meta, "deck.", report};
        m.warn_unknown({"id", "title", "language", "source"});
        if (auto v = m.string("id")) deck.id = std::move(*v);
        if (auto v = m.string("title")) deck.title = std::move(*v);
        if (auto v = m.string("language")) deck.language = std::move(*v);
        if (auto v = m.string("source", false)) deck.source_file = std::move(*v);
        top.ok = top.ok && m.ok;
    }
    const json* items = top.get("items", true);
    if (items && !items->is_array()) {
        top.wrong_type("items", "an array", *items);
        items = nullptr;
    }
    if (!top.ok || !items) return result;
    if (deck.has_source()) {
        if (const auto problem = source_path_problem(path, deck.source_file)) {
            report.error("deck.source", *problem);
            return result;
        }
        const fs::path source = path.parent_path() / deck.source_file;
        Reporter source_report{path.string(), &result.problems, {}};
        const std::size_t before = result.problems.size();
        auto source_text = read_text_file(
            source, "source file '" + deck.source_file + "' (" + source.string() + ")",
            source_report);
        for (auto i = before; i < result.problems.size(); ++i)
            result.problems[i].field = "deck.source";
        if (!source_text) return result;
        deck.source_text = std::move(*source_text);
    }
    std::map<std::string, std::size_t, std::less<>> first_index;
    for (std::size_t i = 0; i < items->size(); ++i) {
        Reporter item_report{path.string(), &result.problems, "items[" + std::to_string(i) + "]"};
        auto item = read_item((*items)[i], item_report);
        if (!item) continue;
        const auto [it, fresh] = first_index.emplace(item->id, i);
        if (!fresh) {
            item_report.error("id", "duplicate id, first used by items[" +
                                        std::to_string(it->second) + "]; this item is skipped");
            continue;
        }
        deck.items.push_back(std::move(*item));
    }
    result.deck = std::move(deck);
    return result;
}

}  // namespace

DeckLoadResult load_deck_file(const fs::path& path) {
    try {
        return load_deck_unchecked(path);
    } catch (const std::exception& e) {
        // Out of memory or an unexpected filesystem failure: still a problem, not a crash.
        DeckLoadResult result;
        result.problems.push_back(
            {path.string(), {}, {}, std::string("cannot load: ") + e.what(), Severity::Error});
        return result;
    }
}

void add_deck_reporting(bank::QuestionBank& bank, bank::Deck deck, std::vector<Problem>& problems) {
    const std::string file = deck.file;
    for (const auto& id : bank.add_deck(std::move(deck))) {
        const auto* owner = bank.deck_of(id);
        const std::string kept = owner ? owner->file : std::string("an earlier deck");
        problems.push_back(
            {file, id, "id",
             "the id is also defined in " + kept + "; that item is kept and this one is skipped",
             Severity::Error});
        problems.push_back(
            {kept, id, "id",
             "the id is also defined in " + file + "; this item is kept and that one is skipped",
             Severity::Warning});
    }
}

BankLoadResult load_bank(const fs::path& dir) {
    BankLoadResult result;
    try {
        std::error_code ec;
        if (!fs::is_directory(dir, ec)) {
            result.problems.push_back(
                {dir.string(), {}, {}, "question folder not found", Severity::Error});
            return result;
        }
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
            std::error_code type_ec;
            if (it->path().extension() == ".json" && it->is_regular_file(type_ec)) {
                result.files.push_back(it->path());
            }
        }
        if (ec) {
            result.problems.push_back(
                {dir.string(), {}, {}, "cannot list the folder: " + ec.message(), Severity::Error});
        }
        std::sort(result.files.begin(), result.files.end());
        for (const auto& file : result.files) {
            auto loaded = load_deck_file(file);
            for (auto& p : loaded.problems)
                result.problems.push_back(std::move(p));
            if (!loaded.deck) continue;
            add_deck_reporting(result.bank, std::move(*loaded.deck), result.problems);
        }
    } catch (const std::exception& e) {
        result.problems.push_back({dir.string(),
                                   {},
                                   {},
                                   std::string("cannot load the bank: ") + e.what(),
                                   Severity::Error});
    }
    return result;
}

}  // namespace chronik::io
