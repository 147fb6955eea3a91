// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the tests of sites syncing with the national register share.

#include "incidentlog.h"
#include "pgregisterserver.h"
#include "serveradministration.h"
#include "testdatabase.h"
#include "testserver.h"

#include <catch2/catch.hpp>

namespace borderlog::test::sync {

using postgres::PgRegisterServer;
using postgres::ServerAdministration;

// A server in front of the real one, passing every call on: tests override what they break or change.
class ForwardingServer : public RegisterServer
{
public:
    explicit ForwardingServer(RegisterServer &server)
        : m_server(server)
    {}
    QString displayName() const override { return m_server.displayName(); }
    QString address() const override { return m_server.address(); }
    Result<QString> registerId() override { return m_server.registerId(); }
    Result<PushAnswer> push(const QString &site, const QList<AuditEntry> &entries) override
    {
        return m_server.push(site, entries);
    }
    Result<PushAnswer> stageCreations(const QString &site, qint64 sequence, qint64 first,
                                      const QList<QByteArray> &snapshots) override
    {
        return m_server.stageCreations(site, sequence, first, snapshots);
    }
    Result<PullAnswer> pull(const QString &site, qint64 after, int limit) override
    {
        return m_server.pull(site, after, limit);
    }
    Result<PushAnswer> declineNational(const QString &site, qint64 sequence, const QString &why) override
    {
        return m_server.declineNational(site, sequence, why);
    }

protected:
    RegisterServer &m_server;
};

inline const QString kSite = QStringLiteral("medininkai-1");
inline const QString kMedininkai = QStringLiteral("Medininkai");
inline const QDate kDay(2021, 8, 2);

inline std::unique_ptr<PgRegisterServer> connectTo(const test::TestServer &server)
{
    auto connected = PgRegisterServer::connect(server.address());
    INFO(connected.message().toStdString());
    REQUIRE(connected.ok());
    return std::move(connected).value();
}

// A national register with the sites `codes`.
inline void setUp(const test::TestServer &server, const QStringList &codes)
{
    server.init();
    auto admin = ServerAdministration::connect(server.address());
    REQUIRE(admin.ok());
    for (const QString &code : codes) {
        REQUIRE((*admin)->addSite(code, kMedininkai).ok());
    }
}

inline void record(IncidentLog &log, int count, int persons = 3)
{
    for (int i = 0; i < count; ++i) {
        REQUIRE(log.incidents().record(test::draft(kDay, kMedininkai, QStringLiteral("IQ"), persons + i)).ok());
    }
}

inline AuditHead localHead(IncidentLog &log)
{
    auto head = log.audit().head();
    REQUIRE(head.ok());
    return *head;
}

inline SyncReport synced(IncidentLog &log, RegisterServer &server, const QString &site = {},
                         int batch = SiteSync::kBatchSize)
{
    auto report = log.sync().push(server, site, batch);
    INFO(report.message().toStdString());
    REQUIRE(report.ok());
    return *report;
}

inline void checkServerHolds(const test::TestServer &server)
{
    auto admin = ServerAdministration::connect(server.address());
    REQUIRE(admin.ok());
    const auto check = (*admin)->check();
    REQUIRE(check.ok());
    INFO(check->problems.join(u'\n').toStdString());
    CHECK(check->ok());
}

// The national incidents of `site` that are not removed, one line each in id order: what the site's register
// shows of them, value by value.
inline QString nationalIncidents(const test::TestServer &server, const QString &site)
{
    return server.queryText(
        "SELECT coalesce(string_agg(concat_ws('|', i.id, i.day, i.\"time\", i.location, i.outcome, i.notes, "
        "i.detection, i.injured, (SELECT string_agg(l.nationality || ':' || l.persons || '/' || l.men || '/' || "
        "l.women || '/' || l.children || '/' || l.unaccompanied, ',' ORDER BY l.nationality) FROM "
        "borderlog.incident_line l WHERE l.incident = i.id)), E'\\n' ORDER BY i.id), '') FROM borderlog.incident i "
        "WHERE NOT i.removed AND i.site = '"
        + site.toUtf8() + "'");
}

inline QString localIncidents(IncidentLog &log)
{
    QStringList lines;
    REQUIRE(log.reads().forEachIncident({}, [&](const Incident &incident) {
        QStringList persons;
        for (const auto &line : incident.nationalities) {
            persons << QStringLiteral("%1:%2/%3/%4/%5/%6")
                           .arg(line.nationality)
                           .arg(line.persons)
                           .arg(line.men)
                           .arg(line.women)
                           .arg(line.children)
                           .arg(line.unaccompanied);
        }
        persons.sort();
        lines << QStringList{incident.idText(),
                             incident.date.toString(Qt::ISODate),
                             incident.time.isValid() ? incident.time.toString(QStringLiteral("HH:mm")) : QString(),
                             incident.location,
                             outcomeCode(incident.outcome),
                             incident.notes,
                             Choices::code(incident.details.detection),
                             QString::number(incident.details.injured),
                             persons.join(u',')}
                     .join(u'|');
        return true;
    }));
    lines.sort();
    return lines.join(u'\n');
}

// The persons of the national day tallies of `site`'s station, all nationalities together.
inline QString nationalPersons(const test::TestServer &server)
{
    return server.queryText("SELECT coalesce(sum(persons), 0) FROM borderlog.day_tally WHERE nationality = ''");
}

} // namespace borderlog::test::sync
