// Paths of the bank test data and of a fresh scratch folder per test.
#pragma once

#include <filesystem>
#include <string>

namespace chronik::test {

inline std::filesystem::path deck_data(const std::string& name) {
    return std::filesystem::path(CHRONIK_SOURCE_DIR) / "tests" / "data" / "decks" / name;
}

// An empty folder under the build tree, unique per test name.
inline std::filesystem::path scratch_dir(const std::string& name) {
    const auto dir = std::filesystem::path(CHRONIK_BINARY_DIR) / "test-scratch" / "io_bank" / name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

}  // namespace chronik::test
