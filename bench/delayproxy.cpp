// SPDX-License-Identifier: GPL-3.0-or-later
#include "delayproxy.h"

#include "report.h"

#include <QString>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <condition_variable>
#include <deque>
#include <mutex>

namespace borderlog::bench {

namespace {

using Clock = std::chrono::steady_clock;

struct Chunk
{
    Clock::time_point due;
    std::vector<char> bytes;
};

// One direction of a link: a reader queues what arrives with the time it may leave, a writer sends it then.
class DelayedPipe
{
public:
    void put(Chunk chunk)
    {
        const std::lock_guard lock(m_mutex);
        m_chunks.push_back(std::move(chunk));
        m_ready.notify_one();
    }
    void close()
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
        m_ready.notify_one();
    }
    // The next chunk once it is due; false when the pipe is closed and empty.
    bool take(Chunk &chunk)
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return m_closed || !m_chunks.empty(); });
        if (m_chunks.empty()) {
            return false;
        }
        chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        lock.unlock();
        std::this_thread::sleep_until(chunk.due);
        return true;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<Chunk> m_chunks;
    bool m_closed = false;
};

sockaddr_in loopback(quint16 port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(port);
    return address;
}

} // namespace

DelayProxy::DelayProxy(quint16 target, std::chrono::milliseconds oneWay)
    : m_target(target)
    , m_delay(oneWay)
{
    m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address = loopback(0);
    socklen_t length = sizeof address;
    if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::listen(m_listener, 16) != 0
        || ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        die(QStringLiteral("the delay proxy cannot listen"));
    }
    m_port = ntohs(address.sin_port);
    m_acceptor = std::thread([this] { acceptLoop(); });
}

DelayProxy::~DelayProxy()
{
    m_stopping = true;
    ::shutdown(m_listener, SHUT_RDWR);
    ::close(m_listener);
    m_acceptor.join();
    for (int socket : m_sockets) {
        ::shutdown(socket, SHUT_RDWR);
    }
    for (auto &relay : m_relays) {
        relay.join();
    }
    for (int socket : m_sockets) {
        ::close(socket);
    }
}

void DelayProxy::acceptLoop()
{
    while (!m_stopping) {
        const int client = ::accept(m_listener, nullptr, nullptr);
        if (client < 0) {
            return;
        }
        const int server = ::socket(AF_INET, SOCK_STREAM, 0);
        const sockaddr_in address = loopback(m_target);
        if (server < 0 || ::connect(server, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
            ::close(client);
            continue;
        }
        for (int socket : {client, server}) {
            const int on = 1;
            ::setsockopt(socket, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
        }
        m_sockets.push_back(client);
        m_sockets.push_back(server);
        m_relays.emplace_back([this, client, server] { relay(client, server); });
        m_relays.emplace_back([this, client, server] { relay(server, client); });
    }
}

void DelayProxy::relay(int from, int to)
{
    DelayedPipe pipe;
    std::thread writer([&] {
        Chunk chunk;
        while (pipe.take(chunk)) {
            for (size_t sent = 0; sent < chunk.bytes.size();) {
                const ssize_t n = ::send(to, chunk.bytes.data() + sent, chunk.bytes.size() - sent, MSG_NOSIGNAL);
                if (n <= 0) {
                    return;
                }
                sent += size_t(n);
            }
        }
        ::shutdown(to, SHUT_WR);
    });
    std::vector<char> buffer(size_t(64) * 1024);
    for (;;) {
        const ssize_t n = ::recv(from, buffer.data(), buffer.size(), 0);
        if (n <= 0) {
            break;
        }
        pipe.put({Clock::now() + m_delay, std::vector<char>(buffer.begin(), buffer.begin() + n)});
    }
    pipe.close();
    writer.join();
}

} // namespace borderlog::bench
