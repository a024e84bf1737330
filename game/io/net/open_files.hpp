// The process's limit on open files (every connection is one): raised to what the system allows.
#pragma once

#include <cstddef>

namespace chronik::io::net {

// Raises the soft RLIMIT_NOFILE to the hard limit (capped at what the kernel takes) and returns
// the limit now in effect. Safe to call more than once.
std::size_t raise_open_file_limit();

}  // namespace chronik::io::net
