// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serveraddress.h"

#include <QByteArray>
#include <QString>

namespace borderlog::test {

// Whether the throwaway PostgreSQL server (scripts/with-test-server.sh, BORDERLOG_TEST_SERVER) is there. When
// it is not, the test fails under CI (CI=true) and is passed over with a warning elsewhere; a test of the
// server starts with `if (!test::serverAvailable()) return;`.
bool serverAvailable();

// A database of its own on the throwaway server, made empty for one test and dropped after it.
class TestServer
{
public:
    TestServer();
    ~TestServer();
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    const QByteArray &name() const { return m_name; }
    // A libpq connection string for the database, as its superuser.
    QByteArray connection() const { return m_connection; }
    postgres::ServerAddress address() const;
    // The same as a postgresql:// URI: what names the national register as a register (--db, File › Open).
    QString uri() const;
    // The database set up as a national register (server init).
    void init() const;
    // Runs SQL there as the superuser, as psql would (no program rules).
    void execute(const QByteArray &sql) const;
    // The first column of the first row of a query there, as text.
    QString queryText(const QByteArray &sql) const;
    // The connection string for logging in to the database as `role` instead.
    QByteArray connectionAs(const QByteArray &role) const { return m_connection + " user=" + role; }
    postgres::ServerAddress addressAs(const QByteArray &role) const;

private:
    QByteArray m_name;
    QByteArray m_connection;
};

// A login role of its own on the throwaway server (roles belong to the whole server), dropped after the test.
class TestRole
{
public:
    TestRole();
    ~TestRole();
    TestRole(const TestRole &) = delete;
    TestRole &operator=(const TestRole &) = delete;

    const QByteArray &name() const { return m_name; }

private:
    QByteArray m_name;
};

} // namespace borderlog::test
