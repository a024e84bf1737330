// The browser client's files (assets/web), read once at start into memory and served by name
// only: a request can never reach a file outside that folder, a hidden file or an unknown type.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chronik::io::net {

struct WebFile {
    std::string content_type;
    std::string body;
};

struct WebFileLimits {
    std::size_t max_file_bytes = std::size_t{1024} * 1024;
    std::size_t max_total_bytes = std::size_t{8} * 1024 * 1024;
    std::size_t max_files = 256;
};

// What a request target asks for: a file's key ("index.html", "app/x.js"), or why not.
struct WebTarget {
    enum class Status { File, BadRequest };
    Status status = Status::BadRequest;
    std::string key;
};

// "/" and "/?code=K7QX3M" are index.html; a query and a fragment are ignored. Only letters,
// digits, '-', '_', '.' and '/' are allowed, no segment may start with a dot (so no "..", no
// hidden files), no empty segments, at most 200 characters: anything else is a bad request.
WebTarget parse_web_target(std::string_view target);

// The MIME type for a file name's extension; empty for a type that is not served.
std::string web_content_type(std::string_view file_name);

class WebFiles {
public:
    WebFiles() = default;
    // Reads the regular files of `root` (recursively, symbolic links are not followed) that
    // have a served type and a valid name, within the limits; what is left out is named in
    // warnings(). A missing root gives no files and a warning.
    static WebFiles load(const std::filesystem::path& root, WebFileLimits limits = {});

    const WebFile* find(const std::string& key) const;
    std::size_t size() const { return files_.size(); }
    const std::vector<std::string>& warnings() const { return warnings_; }

private:
    std::map<std::string, WebFile> files_;
    std::vector<std::string> warnings_;
};

// Where the web app is when none is given: <exe>/assets/web, <exe>/../assets/web (a build
// folder inside the source tree), <exe>/../share/chronik/assets/web, ./assets/web; nullopt when
// none of them holds an index.html.
std::optional<std::filesystem::path> find_web_root();

}  // namespace chronik::io::net
