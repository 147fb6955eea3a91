// SPDX-License-Identifier: GPL-3.0-or-later
#include "nationalregister.h"

#include "pgconnection.h"
#include "report.h"
#include "serveraddress.h"
#include "serveradministration.h"

#include <QUrl>
#include <QUuid>

namespace borderlog::bench {

using postgres::PgConnection;

QByteArray environment(const char *name)
{
    QByteArray value = qgetenv(name);
    if (value.isEmpty()) {
        die(QStringLiteral("%1 is not set: run the national register's measurements through "
                           "scripts/with-test-server.sh")
                .arg(QLatin1String(name)));
    }
    return value;
}

NationalRegister::NationalRegister(const QStringList &codes, const QString &login, const QString &station)
    : m_name("bench_" + QUuid::createUuid().toByteArray(QUuid::Id128).left(12))
    , m_connection(environment("BORDERLOG_TEST_SERVER") + " dbname=" + m_name)
{
    PgConnection(environment("BORDERLOG_TEST_SERVER"))
        .execute(QByteArray("CREATE DATABASE " + m_name + " ENCODING 'UTF8' TEMPLATE template0").constData());
    auto admin = postgres::ServerAdministration::connect(*postgres::ServerAddress::parse(connection()));
    if (!admin || !(*admin)->init()) {
        die(QStringLiteral("cannot set up the national register"));
    }
    for (const QString &code : codes) {
        if (auto added = (*admin)->addSite(code, station, login); !added) {
            die(added.message());
        }
    }
}

NationalRegister::~NationalRegister()
{
    PgConnection(environment("BORDERLOG_TEST_SERVER"))
        .execute(QByteArray("DROP DATABASE IF EXISTS " + m_name + " WITH (FORCE)").constData());
}

QString NationalRegister::uri() const
{
    // The connection string's keywords (host, port, user; no password is ever in it) as the URI's parameters.
    QStringList parameters;
    for (const QByteArray &pair : environment("BORDERLOG_TEST_SERVER").split(' ')) {
        const qsizetype equals = pair.indexOf('=');
        if (equals > 0 && !pair.startsWith("dbname=")) {
            parameters << QString::fromUtf8(pair.left(equals)) + u'='
                              + QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(pair.mid(equals + 1))));
        }
    }
    return QStringLiteral("postgresql:///%1?%2").arg(QString::fromLatin1(m_name), parameters.join(u'&'));
}

void NationalRegister::checkChains() const
{
    auto admin = postgres::ServerAdministration::connect(*postgres::ServerAddress::parse(connection()));
    const auto check = admin ? (*admin)->check() : Result<postgres::ServerCheck>(admin.failure());
    if (!check || !check->ok()) {
        die(QStringLiteral("the national register does not hold after the pushes"));
    }
}

} // namespace borderlog::bench
