// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

namespace borderlog::bench {

// A TCP proxy on loopback that holds every chunk of bytes for a while before passing it on, in each
// direction: a long-distance link without a network. Accepts connections on port() and forwards each to
// 127.0.0.1:`target`. Written by hand: Qt's network module is not among the dependencies, and the
// measurement needs nothing but blocking sockets and a queue per direction.
class DelayProxy
{
public:
    DelayProxy(quint16 target, std::chrono::milliseconds oneWay);
    ~DelayProxy();
    DelayProxy(const DelayProxy &) = delete;
    DelayProxy &operator=(const DelayProxy &) = delete;

    quint16 port() const { return m_port; }

private:
    void acceptLoop();
    void relay(int from, int to);

    quint16 m_target;
    std::chrono::milliseconds m_delay;
    int m_listener = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stopping = false;
    std::thread m_acceptor;
    std::vector<std::thread> m_relays;
    std::vector<int> m_sockets;
};

} // namespace borderlog::bench
