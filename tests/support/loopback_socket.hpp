// Raw TCP sockets on loopback for network tests: what a stranger, a flood or a spy does, from a
// chosen 127.x.y.z source address (all of 127.0.0.0/8 is this machine). POSIX only.
#pragma once

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <string>
#include <string_view>
#include <utility>

namespace chronik::test {

class LoopbackSocket {
public:
    // Connects to 127.0.0.1:port from `source` (blocking; the host's kernel completes it even
    // before the host accepts). Check ok().
    explicit LoopbackSocket(unsigned short port, const char* source = "127.0.0.1") {
        fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        if (fd_ < 0) return;
        sockaddr_in from{};
        from.sin_family = AF_INET;
        ::inet_pton(AF_INET, source, &from.sin_addr);
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_port = htons(port);
        ::inet_pton(AF_INET, "127.0.0.1", &to.sin_addr);
        if (::bind(fd_, reinterpret_cast<sockaddr*>(&from), sizeof from) != 0 ||
            ::connect(fd_, reinterpret_cast<sockaddr*>(&to), sizeof to) != 0) {
            ::close(fd_);
            fd_ = -1;
            return;
        }
        ::fcntl(fd_, F_SETFL, ::fcntl(fd_, F_GETFL) | O_NONBLOCK);
    }
    ~LoopbackSocket() {
        if (fd_ >= 0) ::close(fd_);
    }
    LoopbackSocket(LoopbackSocket&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
    LoopbackSocket& operator=(LoopbackSocket&&) = delete;
    LoopbackSocket(const LoopbackSocket&) = delete;

    bool ok() const { return fd_ >= 0; }
    bool send(std::string_view bytes) {
        return fd_ >= 0 && ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL) ==
                               static_cast<ssize_t>(bytes.size());
    }
    // What has arrived (waiting up to wait_ms for something); sets closed() at the end of stream.
    std::string receive(int wait_ms = 0) {
        std::string out;
        if (fd_ < 0) return out;
        pollfd p{fd_, POLLIN, 0};
        if (::poll(&p, 1, wait_ms) <= 0) return out;
        char buffer[4096];
        for (;;) {
            const auto n = ::recv(fd_, buffer, sizeof buffer, 0);
            if (n > 0) {
                out.append(buffer, static_cast<std::size_t>(n));
                continue;
            }
            if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK)) closed_ = true;
            break;
        }
        return out;
    }
    bool closed() const { return closed_; }

private:
    int fd_ = -1;
    bool closed_ = false;
};

}  // namespace chronik::test
