// SPDX-License-Identifier: GPL-3.0-or-later
#include "testserver.h"

#include "pgconnection.h"
#include "serveradministration.h"

#include <QUuid>

#include <catch2/catch.hpp>

namespace borderlog::test {

namespace {

QByteArray serverConnection()
{
    return qgetenv("BORDERLOG_TEST_SERVER");
}

} // namespace

bool serverAvailable()
{
    if (!serverConnection().isEmpty()) {
        return true;
    }
    if (qgetenv("CI") == "true") {
        FAIL("BORDERLOG_TEST_SERVER is not set: CI runs the tests through scripts/with-test-server.sh");
    }
    WARN("no PostgreSQL test server (run the tests through scripts/with-test-server.sh): passed over");
    return false;
}

TestServer::TestServer()
    : m_name("borderlog_test_" + QUuid::createUuid().toByteArray(QUuid::Id128).left(12))
{
    postgres::PgConnection admin(serverConnection());
    admin.execute(QByteArray("CREATE DATABASE " + m_name + " ENCODING 'UTF8' TEMPLATE template0").constData());
    // A later keyword wins in a key=value connection string.
    m_connection = serverConnection() + " dbname=" + m_name;
}

QString TestServer::uri() const
{
    // The throwaway server's connection is plain key=value pairs without spaces in their values.
    QStringList query;
    for (const QString &pair : QString::fromUtf8(serverConnection()).split(u' ', Qt::SkipEmptyParts)) {
        if (!pair.startsWith(QLatin1String("dbname="))) {
            query << pair;
        }
    }
    return QStringLiteral("postgresql:///%1?%2").arg(QString::fromUtf8(m_name), query.join(u'&'));
}

TestServer::~TestServer()
{
    try {
        postgres::PgConnection admin(serverConnection());
        admin.execute(QByteArray("DROP DATABASE IF EXISTS " + m_name + " WITH (FORCE)").constData());
    } catch (const std::exception &e) {
        WARN("could not drop the test database: " << e.what());
    }
}

postgres::ServerAddress TestServer::address() const
{
    auto parsed = postgres::ServerAddress::parse(QString::fromUtf8(m_connection));
    REQUIRE(parsed.ok());
    return *parsed;
}

postgres::ServerAddress TestServer::addressAs(const QByteArray &role) const
{
    auto parsed = postgres::ServerAddress::parse(QString::fromUtf8(connectionAs(role)));
    REQUIRE(parsed.ok());
    return *parsed;
}

TestRole::TestRole()
    : m_name("borderlog_role_" + QUuid::createUuid().toByteArray(QUuid::Id128).left(12))
{
    postgres::PgConnection admin(serverConnection());
    admin.execute(QByteArray("CREATE ROLE " + m_name + " LOGIN").constData());
}

TestRole::~TestRole()
{
    try {
        postgres::PgConnection admin(serverConnection());
        admin.execute(QByteArray("DROP ROLE IF EXISTS " + m_name).constData());
    } catch (const std::exception &e) {
        WARN("could not drop the test role: " << e.what());
    }
}

void TestServer::init() const
{
    auto admin = postgres::ServerAdministration::connect(address());
    REQUIRE(admin.ok());
    auto done = (*admin)->init();
    INFO(done.message().toStdString());
    REQUIRE(done.ok());
}

void TestServer::execute(const QByteArray &sql) const
{
    postgres::PgConnection connection(m_connection);
    connection.executeScript(sql);
}

QString TestServer::queryText(const QByteArray &sql) const
{
    postgres::PgConnection connection(m_connection);
    const postgres::PgResult rows = connection.execute(sql.constData());
    REQUIRE(rows.rows() > 0);
    return rows.text(0, 0);
}

} // namespace borderlog::test
