#include "io/log/logging.hpp"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <vector>

namespace chronik::io {

void init_logging(const LogOptions& options) {
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(options.verbose ? spdlog::level::debug : spdlog::level::warn);
    std::vector<spdlog::sink_ptr> sinks{console};
    std::string file_problem;
    if (!options.file.empty()) {
        try {
            std::error_code ec;
            std::filesystem::create_directories(options.file.parent_path(), ec);
            // 1 MiB per file, 3 files: enough to diagnose a session, never fills a disk.
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                options.file.string(), 1024 * 1024, 3);
            file->set_level(spdlog::level::debug);
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex& e) {
            file_problem = e.what();
        }
    }
    auto logger = std::make_shared<spdlog::logger>(options.logger_name, sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::debug);
    // Every line reaches the file at once, so a game that is killed or crashes leaves its last
    // lines (the log is a few lines per scene change, not per frame).
    logger->flush_on(spdlog::level::trace);
    spdlog::set_default_logger(logger);
    if (!file_problem.empty())
        logger->warn("cannot write log file {}: {}", options.file.string(), file_problem);
}

void log_info(const std::string& message) {
    spdlog::info("{}", message);
}
void log_warn(const std::string& message) {
    spdlog::warn("{}", message);
}
void log_error(const std::string& message) {
    spdlog::error("{}", message);
}
void log_debug(const std::string& message) {
    spdlog::debug("{}", message);
}

}  // namespace chronik::io
