#include "io/net/web_files.hpp"

#include <fstream>
#include <iterator>
#include <system_error>

namespace chronik::io::net {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxTargetLength = 200;

bool allowed_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '/';
}

// A key is a relative path of valid segments: what a URL may name.
bool valid_key(std::string_view key) {
    if (key.empty() || key.size() > kMaxTargetLength) return false;
    std::size_t start = 0;
    while (start <= key.size()) {
        const auto end = std::min(key.find('/', start), key.size());
        const auto segment = key.substr(start, end - start);
        if (segment.empty() || segment.front() == '.') return false;
        for (const char c : segment) {
            if (!allowed_char(c) || c == '/') return false;
        }
        start = end + 1;
    }
    return true;
}

}  // namespace

WebTarget parse_web_target(std::string_view target) {
    WebTarget out;
    const auto cut = target.find_first_of("?#");
    auto path = target.substr(0, cut);
    if (path.empty() || path.front() != '/' || path.size() > kMaxTargetLength) return out;
    path.remove_prefix(1);
    std::string key(path);
    if (key.empty() || key.back() == '/') key += "index.html";
    if (!valid_key(key)) return out;
    out.status = WebTarget::Status::File;
    out.key = std::move(key);
    return out;
}

std::string web_content_type(std::string_view name) {
    const auto dot = name.rfind('.');
    if (dot == std::string_view::npos) return {};
    const auto ext = name.substr(dot + 1);
    if (ext == "html") return "text/html; charset=utf-8";
    if (ext == "css") return "text/css; charset=utf-8";
    if (ext == "js" || ext == "mjs") return "text/javascript; charset=utf-8";
    if (ext == "json") return "application/json";
    if (ext == "webmanifest") return "application/manifest+json";
    if (ext == "svg") return "image/svg+xml";
    if (ext == "png") return "image/png";
    if (ext == "ico") return "image/x-icon";
    if (ext == "txt") return "text/plain; charset=utf-8";
    return {};
}

WebFiles WebFiles::load(const fs::path& root, WebFileLimits limits) {
    WebFiles out;
    std::error_code ec;
    if (!fs::is_directory(root, ec)) {
        out.warnings_.push_back(root.string() + ": no such folder; the web app is not served");
        return out;
    }
    std::size_t total = 0;
    fs::recursive_directory_iterator it(root, fs::directory_options::none, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
        const auto& entry = *it;
        const auto rel = fs::relative(entry.path(), root, ec).generic_string();
        if (ec) break;
        if (entry.is_symlink(ec)) {
            out.warnings_.push_back(entry.path().string() + ": a symbolic link; not served");
            if (entry.is_directory(ec)) it.disable_recursion_pending();
            continue;
        }
        if (entry.is_directory(ec)) {
            if (!valid_key(rel)) it.disable_recursion_pending();
            continue;
        }
        if (!entry.is_regular_file(ec)) continue;
        if (!valid_key(rel) || web_content_type(rel).empty()) continue;  // e.g. README.md
        const auto bytes = entry.file_size(ec);
        if (ec || bytes > limits.max_file_bytes || total + bytes > limits.max_total_bytes ||
            out.files_.size() >= limits.max_files) {
            out.warnings_.push_back(entry.path().string() + ": too large (" +
                                    std::to_string(bytes) +
                                    " bytes) or too many files; not served");
            ec.clear();
            continue;
        }
        std::ifstream in(entry.path(), std::ios::binary);
        std::string body((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (!in.good() && !in.eof()) {
            out.warnings_.push_back(entry.path().string() + ": cannot be read; not served");
            continue;
        }
        total += body.size();
        out.files_[rel] = WebFile{web_content_type(rel), std::move(body)};
    }
    if (ec) out.warnings_.push_back(root.string() + ": " + ec.message());
    if (!out.files_.count("index.html"))
        out.warnings_.push_back(root.string() + ": no index.html; browsers get 'not found'");
    return out;
}

const WebFile* WebFiles::find(const std::string& key) const {
    const auto it = files_.find(key);
    return it == files_.end() ? nullptr : &it->second;
}

std::optional<fs::path> find_web_root() {
    std::error_code ec;
    std::vector<fs::path> candidates;
    const auto exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const auto dir = exe.parent_path();
        candidates.push_back(dir / "assets" / "web");
        candidates.push_back(dir.parent_path() / "assets" / "web");
        candidates.push_back(dir.parent_path() / "share" / "chronik" / "assets" / "web");
    }
    candidates.push_back(fs::current_path(ec) / "assets" / "web");
    for (const auto& c : candidates) {
        if (fs::is_regular_file(c / "index.html", ec)) return c;
    }
    return std::nullopt;
}

}  // namespace chronik::io::net
