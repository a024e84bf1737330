#include "io/net/host.hpp"

#include <algorithm>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <chrono>
#include <stdexcept>

#include "io/log/logging.hpp"
#include "io/net/open_files.hpp"

namespace chronik::io::net {

hosting::HostCapacity host_capacity(const HostOptions& options, std::size_t max_players) {
    hosting::HostCapacity c;
    c.players = max_players;
    c.strangers = options.room.strangers.total;
    c.awaiting = options.room.max_seat_requests;
    c.closing = options.tcp.max_closing;
    c.accept_burst = options.tcp.accept_burst;
    if (options.web) {
        // Pages loading and WebSockets still saying their last words.
        c.closing += options.web->max_closing;
        c.reserve += options.web->max_http;
    }
    return c;
}

struct ClassroomHost::Impl {
    Impl(HostOptions o, classroom::ClassroomGame g)
        : options(std::move(o)),
          session(options.room, std::move(g)),
          work(boost::asio::make_work_guard(io)),
          tcp(make_tcp_transport(io, session, options.tcp, [this] { return clock(); })) {
        if (!options.web) return;
        try {
            web = make_web_transport(io, session, *options.web, [this] { return clock(); });
        } catch (const std::runtime_error& e) {
            throw WebListenError(e.what());
        }
    }

    // The host's clock while a poll runs: its `now`, plus the time spent waiting when it waited.
    TimeMs clock() const {
        return waiting ? std::max(poll_now, poll_now + (steady_now_ms() - wait_start)) : poll_now;
    }

    HostOptions options;
    RoomSession session;
    // Declared before the transport: destroyed after it, and never run once it is gone.
    boost::asio::io_context io{1};
    boost::asio::executor_work_guard<boost::asio::io_context::executor_type> work;
    std::unique_ptr<HostTransport> tcp;
    std::unique_ptr<HostTransport> web;  // when the browser client is served
    TimeMs poll_now = 0;
    TimeMs wait_start = 0;
    bool waiting = false;
};

ClassroomHost::ClassroomHost(HostOptions options, classroom::ClassroomGame game) {
    const auto limit = raise_open_file_limit();
    const auto needs = host_capacity(options, game.settings().max_players);
    if (const auto problem = hosting::capacity_problem(needs, limit); !problem.empty())
        throw std::runtime_error("classroom host: " + problem);
    impl_ = std::make_unique<Impl>(std::move(options), std::move(game));
    log_info("classroom host: listening on " + impl_->options.tcp.bind_address + ":" +
             std::to_string(port()) +
             (impl_->web ? ", web app on port " + std::to_string(impl_->web->port()) : "") +
             " for up to " + std::to_string(impl_->session.game().settings().max_players) +
             " players (" + std::to_string(needs.open_files()) + " of " + std::to_string(limit) +
             " open files)");
}

ClassroomHost::~ClassroomHost() = default;

unsigned short ClassroomHost::port() const {
    return impl_->tcp->port();
}

std::optional<unsigned short> ClassroomHost::web_port() const {
    if (!impl_->web) return std::nullopt;
    return impl_->web->port();
}

void ClassroomHost::poll(TimeMs now, int wait_ms) {
    auto& s = *impl_;
    s.poll_now = std::max(s.poll_now, now);
    s.tcp->begin_poll();
    if (s.web) s.web->begin_poll();
    if (wait_ms > 0 && !s.tcp->has_unsent() && !(s.web && s.web->has_unsent())) {
        s.waiting = true;
        s.wait_start = steady_now_ms();
        s.io.run_one_for(std::chrono::milliseconds(wait_ms));
    }
    // Everything that is ready, but bounded, so a flood cannot keep one poll going forever.
    for (int i = 0; i < 20'000 && s.io.poll_one() > 0; ++i) {
    }
    const TimeMs host_now = s.clock();
    s.waiting = false;
    s.poll_now = host_now;
    const auto end_poll = [&] {
        s.tcp->end_poll(host_now);
        if (s.web) s.web->end_poll(host_now);
    };
    end_poll();
    s.session.tick(host_now);
    end_poll();
}

classroom::ClassroomGame& ClassroomHost::game() {
    return impl_->session.game();
}
const classroom::ClassroomGame& ClassroomHost::game() const {
    return impl_->session.game();
}

bool ClassroomHost::remove_player(classroom::PlayerId id) {
    return impl_->session.remove_player(id);
}

RoomSession& ClassroomHost::room() {
    return impl_->session;
}
const RoomSession& ClassroomHost::room() const {
    return impl_->session;
}

const HostStats& ClassroomHost::stats() const {
    return impl_->session.stats();
}

std::size_t ClassroomHost::connection_count() const {
    return impl_->tcp->connection_count() + (impl_->web ? impl_->web->connection_count() : 0);
}

}  // namespace chronik::io::net
