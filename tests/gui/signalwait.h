// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

namespace borderlog::test {

// Runs `start`, then lets the event loop run until `sender` emits `signal` (work that ends on another thread
// reports back that way); returns the signal's arguments. The test stops when it has not come in a minute.
template <typename Object, typename Signal, typename Start>
QList<QVariant> argumentsAfter(const Object *sender, Signal signal, Start start)
{
    QSignalSpy spy(sender, signal);
    start();
    REQUIRE(QTest::qWaitFor([&spy] { return !spy.isEmpty(); }, 60000));
    return spy.first();
}

} // namespace borderlog::test
