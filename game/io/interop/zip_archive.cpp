#include "io/interop/zip_archive.hpp"

#include <zip.h>

#include <stdexcept>

namespace chronik::io {

std::string size_text(std::uint64_t bytes) {
    if (bytes >= (1u << 20) && bytes % (1u << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
    if (bytes >= (1u << 10) && bytes % (1u << 10) == 0) return std::to_string(bytes >> 10) + " KiB";
    return std::to_string(bytes) + " bytes";
}

namespace {

std::string zip_problem(int code) {
    switch (code) {
        case ZIP_ER_NOZIP:
            return "not a zip file";
        case ZIP_ER_INCONS:
            return "a damaged zip file (its directory does not match its contents)";
        case ZIP_ER_OPEN:
        case ZIP_ER_NOENT:
            return "cannot be opened";
        case ZIP_ER_READ:
            return "read error";
        case ZIP_ER_MEMORY:
            return "too large to open";
        default: {
            zip_error_t e;
            zip_error_init_with_code(&e, code);
            std::string s = zip_error_strerror(&e);
            zip_error_fini(&e);
            return "cannot be read as a zip file (" + s + ")";
        }
    }
}

}  // namespace

ZipArchive::ZipArchive(std::string name, zip* archive, std::shared_ptr<std::string> bytes)
    : name_(std::move(name)), archive_(archive), bytes_(std::move(bytes)) {}

ZipArchive::ZipArchive(ZipArchive&& o) noexcept
    : name_(std::move(o.name_)), archive_(o.archive_), bytes_(std::move(o.bytes_)) {
    o.archive_ = nullptr;
}

ZipArchive& ZipArchive::operator=(ZipArchive&& o) noexcept {
    if (this != &o) {
        if (archive_) zip_discard(archive_);
        name_ = std::move(o.name_);
        archive_ = o.archive_;
        bytes_ = std::move(o.bytes_);
        o.archive_ = nullptr;
    }
    return *this;
}

ZipArchive::~ZipArchive() {
    if (archive_) zip_discard(archive_);
}

ZipArchive ZipArchive::open(const std::filesystem::path& file) {
    int code = 0;
    zip* z = zip_open(file.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!z) throw std::runtime_error(file.string() + ": " + zip_problem(code));
    return ZipArchive(file.string(), z, nullptr);
}

ZipArchive ZipArchive::from_bytes(std::string bytes, std::string name) {
    auto held = std::make_shared<std::string>(std::move(bytes));
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* src = zip_source_buffer_create(held->data(), held->size(), 0, &error);
    if (!src) {
        zip_error_fini(&error);
        throw std::runtime_error(name + ": too large to open");
    }
    zip* z = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!z) {
        const int code = zip_error_code_zip(&error);
        zip_source_free(src);
        zip_error_fini(&error);
        throw std::runtime_error(name + ": " + zip_problem(code));
    }
    zip_error_fini(&error);
    return ZipArchive(std::move(name), z, std::move(held));
}

std::vector<std::string> ZipArchive::entries() const {
    std::vector<std::string> out;
    const zip_int64_t n = zip_get_num_entries(archive_, 0);
    for (zip_int64_t i = 0; i < n; ++i)
        if (const char* s = zip_get_name(archive_, static_cast<zip_uint64_t>(i), 0))
            out.push_back(s);
    return out;
}

bool ZipArchive::has(const std::string& entry) const {
    return zip_name_locate(archive_, entry.c_str(), 0) >= 0;
}

std::string ZipArchive::read(const std::string& entry, std::uint64_t max_bytes) const {
    zip_file_t* f = zip_fopen(archive_, entry.c_str(), 0);
    if (!f) {
        const bool missing = !has(entry);
        throw std::runtime_error(
            name_ + ": " + entry +
            (missing ? " is missing"
                     : " cannot be read (" + std::string(zip_strerror(archive_)) + ")"));
    }
    std::string out;
    char buffer[1 << 16];
    for (;;) {
        const zip_int64_t got = zip_fread(f, buffer, sizeof buffer);
        if (got < 0) {
            const std::string why = zip_file_strerror(f);
            zip_fclose(f);
            throw std::runtime_error(name_ + ": " + entry + " is damaged (" + why + ")");
        }
        if (got == 0) break;
        if (out.size() + static_cast<std::uint64_t>(got) > max_bytes) {
            zip_fclose(f);
            throw std::runtime_error(name_ + ": " + entry + " unpacks to more than " +
                                     size_text(max_bytes) + "; refused");
        }
        out.append(buffer, static_cast<std::size_t>(got));
    }
    zip_fclose(f);
    return out;
}

}  // namespace chronik::io
