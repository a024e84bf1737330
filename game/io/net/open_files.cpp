#include "io/net/open_files.hpp"

#include <algorithm>

#if defined(__unix__) || defined(__APPLE__)
#include <sys/resource.h>
#endif

namespace chronik::io::net {

std::size_t raise_open_file_limit() {
#if defined(__unix__) || defined(__APPLE__)
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0) return 1024;
    if (limit.rlim_cur < limit.rlim_max) {
        // An unlimited hard limit is still capped by the kernel (fs.nr_open on Linux): try the
        // hard limit, then a million, then 64k.
        for (const rlim_t want : {limit.rlim_max, rlim_t{1} << 20, rlim_t{1} << 16}) {
            if (want <= limit.rlim_cur || want > limit.rlim_max) continue;
            rlimit raised = limit;
            raised.rlim_cur = want;
            if (setrlimit(RLIMIT_NOFILE, &raised) == 0) break;
        }
        getrlimit(RLIMIT_NOFILE, &limit);
    }
    if (limit.rlim_cur == RLIM_INFINITY) return std::size_t{1} << 20;
    return static_cast<std::size_t>(limit.rlim_cur);
#else
    return 512;  // the C runtime's default elsewhere
#endif
}

}  // namespace chronik::io::net
