// Reading entries of a zip file (.apkg, .xlsx) with libzip, with a size cap against zip bombs.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct zip;
struct zip_source;

namespace chronik::io {

// A zip archive opened for reading. Every failure throws std::runtime_error
// whose message starts with the archive's name: "deck.apkg: not a zip file".
class ZipArchive {
public:
    static ZipArchive open(const std::filesystem::path& file);
    // The archive from memory (tests, fuzzers); `name` is used in messages.
    static ZipArchive from_bytes(std::string bytes, std::string name);

    ZipArchive(ZipArchive&&) noexcept;
    ZipArchive& operator=(ZipArchive&&) noexcept;
    ~ZipArchive();

    const std::string& name() const { return name_; }
    std::vector<std::string> entries() const;
    bool has(const std::string& entry) const;
    // The entry's bytes; throws when it is missing, damaged, or inflates to more than
    // `max_bytes` (checked while inflating, so a size the archive lies about does not matter).
    std::string read(const std::string& entry, std::uint64_t max_bytes) const;

private:
    ZipArchive(std::string name, zip* archive, std::shared_ptr<std::string> bytes);
    std::string name_;
    zip* archive_ = nullptr;
    std::shared_ptr<std::string> bytes_;  // the memory a from_bytes archive reads
};

std::string size_text(std::uint64_t bytes);  // "32 MiB", "512 KiB", "17 bytes"

}  // namespace chronik::io
