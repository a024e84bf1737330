#include "io/sync/device_id.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>

#include "sync/review_id.hpp"

namespace chronik::io {
namespace {

namespace fs = std::filesystem;

SaveError os_error(const fs::path& file, const std::string& action) {
    const int err = errno;
    return SaveError{err == EACCES || err == EROFS ? SaveErrorKind::ReadOnly : SaveErrorKind::Io,
                     file, action + ": " + std::strerror(err)};
}

std::string random_hex(int digits) {
    std::random_device rd;
    std::string out;
    static constexpr char kHex[] = "0123456789abcdef";
    for (int i = 0; i < digits; ++i)
        out += kHex[rd() % 16];
    return out;
}

SaveResult<std::string> read_id(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::string text;
    std::getline(in, text, '\0');
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' '))
        text.pop_back();
    if (text.size() > 200) text.resize(200);
    if (const auto problem = sync::device_id_problem(text))
        return SaveError{SaveErrorKind::Corrupt, file,
                         "does not hold a device id (" + *problem +
                             "); it is kept. Remove it to let Chronik make a new one"};
    return text;
}

}  // namespace

fs::path device_id_file() {
    if (const char* state = std::getenv("XDG_STATE_HOME"); state != nullptr && *state == '/')
        return fs::path(state) / "chronik" / "device-id";
    const char* home = std::getenv("HOME");
    return fs::path(home != nullptr && *home != '\0' ? home : "/tmp") / ".local" / "state" /
           "chronik" / "device-id";
}

std::string device_id_stem(const std::string& host_name) {
    std::string out;
    for (const char c : host_name) {
        if (c >= 'A' && c <= 'Z') {
            out += static_cast<char>(c - 'A' + 'a');
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            out += c;
        } else if (!out.empty() && out.back() != '-') {
            out += '-';
        }
        if (out.size() >= 40) break;
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out.empty() ? "device" : out;
}

SaveResult<std::string> device_id(const fs::path& file) {
    if (const char* env = std::getenv("CHRONIK_DEVICE_ID"); env != nullptr) {
        if (const auto problem = sync::device_id_problem(env))
            return SaveError{SaveErrorKind::InvalidInput,
                             {},
                             "CHRONIK_DEVICE_ID=" + in_quotes(env) + ": " + *problem};
        return std::string(env);
    }
    std::error_code ec;
    if (fs::exists(file, ec)) return read_id(file);
    fs::create_directories(file.parent_path(), ec);
    if (ec)
        return SaveError{SaveErrorKind::Io, file.parent_path(),
                         "cannot be created for the device id: " + ec.message()};
    char host[256] = {};
    if (::gethostname(host, sizeof host - 1) != 0) host[0] = '\0';
    const std::string id = device_id_stem(host) + "-" + random_hex(8);
    // Written to a temporary of our own, then linked into place: link() fails if another
    // process made the file first, and then that one's id is used.
    const fs::path tmp = file.string() + ".tmp-" + std::to_string(::getpid()) + "-" + random_hex(8);
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) return os_error(tmp, "cannot be created");
    const std::string line = id + "\n";
    const bool written =
        ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size()) &&
        ::fsync(fd) == 0;
    ::close(fd);
    if (!written) {
        auto e = os_error(tmp, "cannot be written");
        ::unlink(tmp.c_str());
        return e;
    }
    const int linked = ::link(tmp.c_str(), file.c_str());
    const int link_errno = errno;
    ::unlink(tmp.c_str());
    if (linked != 0 && link_errno != EEXIST) {
        errno = link_errno;
        return os_error(file, "cannot be created");
    }
    if (const int dir = ::open(file.parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return read_id(file);
}

}  // namespace chronik::io
