// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentlog.h"
#include "testdatabase.h"

#include <QDate>
#include <QString>

#include <catch2/catch.hpp>

namespace borderlog::test {

// The test accounts' passwords: the name and "-password".
QString passwordOf(const QString &name);

// A station's database with accounts: admin "chief", officers "ona" and "jonas", supervisor "rasa", and the
// location Station::kLocation; the clock stands at 2026-11-27 12:00 UTC, and logins wait for nothing.
class Station
{
public:
    static inline const QDate kDay{2021, 8, 2};
    static inline const QString kLocation = QStringLiteral("Medininkai");

    Station();

    IncidentLog &log() { return m_db.log(); }
    TestDatabase &db() { return m_db; }
    void as(const QString &name);
    // Recorded by `officer` (logged in for it) at kLocation: one line of `persons` Iraqis.
    Incident record(const QString &officer, const QDate &date = kDay, int persons = 5);
    // Recorded by `officer` and removed by them again ("entered twice").
    Incident removedBy(const QString &officer, const QDate &date = kDay);

private:
    TestDatabase m_db;
};

// The kind of a result's failure; the test stops when it did not fail.
template <typename T>
Failure::Kind kindOf(const Result<T> &result)
{
    REQUIRE_FALSE(result.ok());
    return result.failure().kind;
}

} // namespace borderlog::test
