// chronik-cli lint: checks question-bank decks and prints every problem as FILE: ITEM-ID: FIELD:
// message.
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>

#include "cli/args.hpp"
#include "cli/command.hpp"
#include "io/bank/deck_lint.hpp"
#include "io/desktop/data_location.hpp"

namespace chronik::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kUsage =
    R"(Usage: chronik-cli lint [--errors-only] [--json] [FILES-OR-FOLDERS...]

Checks question-bank decks (the format is in questions/README.md) and prints
each problem as

    FILE: ITEM-ID: FIELD: message

("-" where a problem concerns the whole file or item; warnings say
"warning:"), then a summary line.

Without arguments it checks every *.json directly in the shipped question
bank (not parts/ or sources/): share/chronik/questions beside an installed
chronik-cli (../share/chronik from its bin/ folder), or the checkout's
questions/ when it runs from a build folder. A folder argument stands for the
*.json files directly in it.

Checks: schema, missing fields and wrong types, duplicate ids (also across
the files), empty or duplicate choices, the answer among the distractors,
distractors of another type than the answer, fewer than 3 distractors, quotes
not found in the deck's source text, implausible or malformed event dates,
events with identical (error) or overlapping (warning) time spans, difficulty
outside 1-3, missing era or topic tags, text that is not UTF-8 or not NFC.

Options:
  --errors-only  do not print warnings (they are still counted)
  --json         print one JSON object instead: {"files": N, "errors": N,
                 "warnings": N, "problems": [{"file", "item_id", "field",
                 "message", "severity": "error"|"warning"}, ...]}
  --help         this text

Exit status: 0 when no errors were found (warnings allowed), 1 when any
error was found or no deck file was found, 2 for a bad command line.
)";

int run_lint(const std::vector<std::string>& raw) {
    const Args args(raw, {}, {"--help", "--errors-only", "--json"});
    std::vector<fs::path> files;
    if (args.positional().empty()) {
        fs::path dir;
        try {
            dir = io::question_bank_folder(std::nullopt, io::locate_data());
        } catch (const std::runtime_error& e) {
            std::cerr << "chronik-cli lint: " << e.what() << "; or name the deck files to check\n";
            return 1;
        }
        files = io::deck_files_in(dir);
        if (files.empty()) {
            std::cerr << "chronik-cli lint: no deck files (*.json) in " << dir.string() << "\n";
            return 1;
        }
    } else {
        for (const auto& arg : args.positional()) {
            std::error_code ec;
            if (fs::is_directory(arg, ec)) {
                const auto in_dir = io::deck_files_in(arg);
                if (in_dir.empty()) {
                    std::cerr << "chronik-cli lint: no deck files (*.json) in " << arg << "\n";
                    return 1;
                }
                files.insert(files.end(), in_dir.begin(), in_dir.end());
            } else {
                files.emplace_back(arg);  // a missing file is reported by the loader
            }
        }
    }
    const auto problems = io::lint_files(files);
    const bool errors_only = args.has("--errors-only");
    const auto errors = io::count_errors(problems);
    const auto warnings = io::count_warnings(problems);
    if (args.has("--json")) {
        auto list = nlohmann::json::array();
        for (const auto& p : problems) {
            if (errors_only && p.severity == io::Severity::Warning) continue;
            list.push_back({{"file", p.file},
                            {"item_id", p.item_id},
                            {"field", p.field},
                            {"message", p.message},
                            {"severity", p.severity == io::Severity::Error ? "error" : "warning"}});
        }
        const nlohmann::json out = {{"files", files.size()},
                                    {"errors", errors},
                                    {"warnings", warnings},
                                    {"problems", list}};
        std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        return errors > 0 ? 1 : 0;
    }
    for (const auto& p : problems) {
        if (errors_only && p.severity == io::Severity::Warning) continue;
        std::cout << io::format_problem(p) << "\n";
    }
    std::cout << "lint: " << files.size() << (files.size() == 1 ? " file, " : " files, ") << errors
              << (errors == 1 ? " error, " : " errors, ") << warnings
              << (warnings == 1 ? " warning" : " warnings") << "\n";
    return errors > 0 ? 1 : 0;
}

const CommandRegistration kLint{Command{
    "lint", "check question-bank decks (default: every deck in questions/)", kUsage, run_lint}};

}  // namespace
}  // namespace chronik::cli
