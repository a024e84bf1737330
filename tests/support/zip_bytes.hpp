// A zip archive built in memory with libzip, for tests and fuzzers of the .apkg and .xlsx readers.
#pragma once

#include <zip.h>

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace chronik::testing {

// The archive's bytes, holding `entries` (name, bytes) in order, stored or deflated.
inline std::string zip_bytes(const std::vector<std::pair<std::string, std::string>>& entries,
                             bool deflate = false) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* target = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_error_fini(&error);
    if (!target) throw std::runtime_error("zip_bytes: no memory");
    zip_source_keep(target);
    zip_t* z = zip_open_from_source(target, ZIP_TRUNCATE, nullptr);
    if (!z) {
        zip_source_free(target);
        throw std::runtime_error("zip_bytes: cannot open the archive");
    }
    for (const auto& [name, bytes] : entries) {
        zip_source_t* src = zip_source_buffer(z, bytes.data(), bytes.size(), 0);
        const zip_int64_t index = zip_file_add(z, name.c_str(), src, ZIP_FL_OVERWRITE);
        if (index < 0) throw std::runtime_error("zip_bytes: cannot add " + name);
        zip_set_file_compression(z, static_cast<zip_uint64_t>(index),
                                 deflate ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
    }
    if (zip_close(z) != 0) throw std::runtime_error("zip_bytes: cannot write the archive");
    zip_source_open(target);
    zip_source_seek(target, 0, SEEK_END);
    std::string out(static_cast<std::size_t>(zip_source_tell(target)), '\0');
    zip_source_seek(target, 0, SEEK_SET);
    zip_source_read(target, out.data(), out.size());
    zip_source_close(target);
    zip_source_free(target);
    return out;
}

}  // namespace chronik::testing
