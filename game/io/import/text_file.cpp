#include "io/import/text_file.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "bank/utf8.hpp"
#include "io/bank/deck_loader.hpp"
#include "io/save/durable_file.hpp"

namespace chronik::io {

namespace fs = std::filesystem;

std::string read_utf8_file(const fs::path& path) {
    std::error_code ec;
    if (!fs::exists(path, ec)) throw std::runtime_error(path.string() + ": no such file");
    if (fs::is_directory(path, ec))
        throw std::runtime_error(path.string() + ": is a folder, not a file");
    const auto size = fs::file_size(path, ec);
    if (!ec && size > kMaxDeckFileBytes)
        throw std::runtime_error(path.string() + ": " + std::to_string(size) +
                                 " bytes; files over 32 MiB are refused");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path.string() + ": cannot be read");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) throw std::runtime_error(path.string() + ": read error");
    std::string text = buffer.str();
    if (const auto bad = bank::first_invalid_utf8(text))
        throw std::runtime_error(path.string() + ": is not UTF-8 at byte offset " +
                                 std::to_string(*bad) + " (save it as UTF-8 and try again)");
    return text;
}

void write_text_file(const fs::path& path, const std::string& text, Overwrite overwrite) {
    // A temporary of this process's own, fsync'ed and renamed into place (never over an
    // existing file unless asked): a crash leaves the old file or the new one, and no
    // temporary that a later run would trip over.
    const auto written = overwrite == Overwrite::Yes ? write_file_atomically(path, text)
                                                     : write_new_file_atomically(path, text);
    if (written) return;
    if (written.error().kind == SaveErrorKind::AlreadyExists)
        throw std::runtime_error(path.string() + ": exists already (use --force to replace it)");
    throw std::runtime_error(written.error().describe());
}

}  // namespace chronik::io
