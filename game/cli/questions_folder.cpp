#include "cli/questions_folder.hpp"

#include <cstdlib>
#include <stdexcept>
#include <system_error>
#include <vector>

namespace chronik::cli {
namespace {

namespace fs = std::filesystem;

bool has_decks(const fs::path& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return false;
    for (const auto& e : fs::directory_iterator(dir, ec))
        if (e.path().extension() == ".json") return true;
    return false;
}

}  // namespace

fs::path questions_folder(const std::optional<std::string>& given) {
    if (given) return *given;
    std::vector<fs::path> candidates;
    if (const char* env = std::getenv("CHRONIK_QUESTIONS")) candidates.emplace_back(env);
    candidates.emplace_back(fs::current_path() / "questions");
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        fs::path dir = exe.parent_path();
        for (int up = 0; up < 3 && !dir.empty(); ++up, dir = dir.parent_path())
            candidates.push_back(dir / "questions");
    }
    std::string where;
    for (const auto& c : candidates) {
        if (has_decks(c)) return c;
        where += "\n  " + c.string();
    }
    throw std::runtime_error("no questions folder found; looked in:" + where +
                             "\npass --questions DIR");
}

}  // namespace chronik::cli
