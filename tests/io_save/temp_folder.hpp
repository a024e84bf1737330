// A fresh folder under the build tree for one test, removed afterwards.
#pragma once

#include <unistd.h>
#include <atomic>
#include <filesystem>
#include <string>

namespace chronik::test {

class TempFolder {
public:
    explicit TempFolder(const std::string& name) {
        static std::atomic<int> counter{0};
        path_ = std::filesystem::path(CHRONIK_BINARY_DIR) / "test-tmp" /
                (name + "-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        std::filesystem::remove_all(path_);
        std::filesystem::create_directories(path_);
    }
    ~TempFolder() {
        std::error_code ec;
        std::filesystem::permissions(path_, std::filesystem::perms::owner_all,
                                     std::filesystem::perm_options::add, ec);
        std::filesystem::remove_all(path_, ec);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& child) const { return path_ / child; }

private:
    std::filesystem::path path_;
};

}  // namespace chronik::test
