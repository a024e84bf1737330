#include "app/paths.hpp"

namespace chronik::app {

std::filesystem::path executable_dir() {
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec) return std::filesystem::current_path();
    return exe.parent_path();
}

std::filesystem::path asset_dir() {
    return executable_dir() / "assets";
}

std::filesystem::path questions_dir(const std::optional<std::filesystem::path>& option) {
    if (option) return *option;
    const auto beside = executable_dir() / "questions";
    std::error_code ec;
    if (std::filesystem::is_directory(beside, ec)) return beside;
    return executable_dir().parent_path() / "questions";
}

}  // namespace chronik::app
