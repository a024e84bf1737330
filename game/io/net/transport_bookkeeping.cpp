#include "io/net/transport_bookkeeping.hpp"

#include <boost/asio/error.hpp>
#include <boost/asio/socket_base.hpp>
#include <stdexcept>

namespace chronik::io::net {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;
using boost::system::error_code;

void listen_on(tcp::acceptor& acceptor, const std::string& bind_address, unsigned short port,
               std::string_view what) {
    const auto where = bind_address + ":" + std::to_string(port);
    error_code ec;
    const auto address = asio::ip::make_address(bind_address, ec);
    if (ec) throw std::runtime_error("classroom host: bad address " + bind_address);
    const tcp::endpoint endpoint(address, port);
    acceptor.open(endpoint.protocol(), ec);
    if (!ec) acceptor.set_option(tcp::acceptor::reuse_address(true), ec);
    if (!ec) acceptor.bind(endpoint, ec);
    if (!ec) acceptor.listen(asio::socket_base::max_listen_connections, ec);
    if (ec)
        throw std::runtime_error("classroom host: cannot " + std::string(what) + " " + where +
                                 ": " + ec.message());
}

bool out_of_descriptors(const error_code& ec) {
    return ec == asio::error::no_descriptors || ec == asio::error::no_buffer_space ||
           ec == asio::error::no_memory;
}

std::string peer_name(const tcp::endpoint& remote) {
    return remote.address().to_string() + ":" + std::to_string(remote.port());
}

}  // namespace chronik::io::net
