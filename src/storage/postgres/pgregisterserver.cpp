// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgregisterserver.h"

#include "pgconnection.h"
#include "pgerror.h"
#include "pgfailure.h"
#include "serveraddress.h"
#include "serverschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace borderlog::postgres {

namespace {

std::optional<PushAnswer::Status> statusFrom(const QByteArray &text)
{
    static const std::pair<const char *, PushAnswer::Status> kStatuses[] = {
        {"ok", PushAnswer::Status::Applied},
        {"fork", PushAnswer::Status::Fork},
        {"forged", PushAnswer::Status::Forged},
        {"gap", PushAnswer::Status::Gap},
        {"unknown_site", PushAnswer::Status::UnknownSite},
        {"not_yours", PushAnswer::Status::NotYours},
        {"incomplete", PushAnswer::Status::Incomplete},
        {"incidents", PushAnswer::Status::WrongIncidents},
    };
    for (const auto &[name, status] : kStatuses) {
        if (text == name) {
            return status;
        }
    }
    return std::nullopt;
}

} // namespace

Result<std::unique_ptr<PgRegisterServer>> PgRegisterServer::connect(const ServerAddress &address)
{
    const QString action = tr("Connecting to the national register");
    try {
        auto connection = std::make_unique<PgConnection>(address.connectionString());
        const int version = ServerSchema::version(*connection);
        if (version == 0) {
            return Failure::refused(tr("%1 holds no national register: headquarters sets it up with "
                                       "'borderlog-cli server init'.")
                                        .arg(connection->displayName()));
        }
        if (version != ServerSchema::latestVersion()) {
            return Failure::refused(tr("The national register at %1 has schema %2, this program speaks schema %3: "
                                       "%4.")
                                        .arg(connection->displayName(), QString::number(version),
                                             QString::number(ServerSchema::latestVersion()),
                                             version > ServerSchema::latestVersion()
                                                 ? tr("install the newer program")
                                                 : tr("headquarters upgrades it with 'borderlog-cli server upgrade'")));
        }
        return std::unique_ptr<PgRegisterServer>(
            new PgRegisterServer(std::move(connection), QString::fromUtf8(address.connectionString())));
    } catch (const PgError &e) {
        return PgFailure::from(e, action, QString::fromUtf8(address.connectionString()));
    }
}

Result<std::unique_ptr<RegisterServer>> PgRegisterServer::open(const QString &address)
{
    auto parsed = ServerAddress::parse(address);
    if (!parsed) {
        return parsed.failure();
    }
    auto server = connect(*parsed);
    if (!server) {
        return server.failure();
    }
    return std::unique_ptr<RegisterServer>(std::move(server).value());
}

PgRegisterServer::PgRegisterServer(std::unique_ptr<PgConnection> connection, QString address)
    : m_connection(std::move(connection))
    , m_address(std::move(address))
{}

PgRegisterServer::~PgRegisterServer() = default;

QString PgRegisterServer::displayName() const
{
    return m_connection->displayName();
}

QString PgRegisterServer::address() const
{
    return m_address;
}

Result<QString> PgRegisterServer::registerId()
{
    try {
        return m_connection->execute("SELECT id FROM borderlog.register").text(0, 0);
    } catch (const PgError &e) {
        return PgFailure::from(e, tr("Reading the national register's id"), displayName());
    }
}

QByteArray PgRegisterServer::batchJson(const QList<AuditEntry> &entries)
{
    QJsonArray batch;
    for (const AuditEntry &e : entries) {
        batch.append(QJsonObject{
            {QStringLiteral("seq"), double(e.sequence)},
            {QStringLiteral("at"), AuditEntry::formatTime(e.at)},
            {QStringLiteral("user"), e.user},
            {QStringLiteral("action"), auditActionCode(e.action)},
            {QStringLiteral("incident_id"), e.incidentId},
            {QStringLiteral("before"), QString::fromUtf8(e.before)},
            {QStringLiteral("after"), QString::fromUtf8(e.after)},
            {QStringLiteral("reason"), e.reason},
            {QStringLiteral("previous_hash"), QString::fromLatin1(e.previousHash)},
            {QStringLiteral("hash"), QString::fromLatin1(e.hash)},
        });
    }
    return QJsonDocument(batch).toJson(QJsonDocument::Compact);
}

Result<PushAnswer> PgRegisterServer::push(const QString &site, const QList<AuditEntry> &entries)
{
    try {
        const PgResult answer = m_connection->execute(
            "SELECT status, seq, hash, receipt, applied FROM borderlog.push_entries($1, $2::json)",
            PgParameters().add(site).add(batchJson(entries)));
        const auto status = answer.rows() == 1 ? statusFrom(answer.bytes(0, 0)) : std::nullopt;
        if (!status) {
            return unknownAnswer();
        }
        PushAnswer pushed;
        pushed.status = *status;
        pushed.head = AuditHead{answer.integer(0, 1), answer.bytes(0, 2)};
        pushed.receipt = answer.bytes(0, 3).isEmpty() ? 0 : answer.integer(0, 3);
        pushed.applied = answer.integer(0, 4);
        return pushed;
    } catch (const PgError &e) {
        return PgFailure::from(e, tr("Sending the audit trail"), displayName());
    }
}

Result<PushAnswer> PgRegisterServer::stageCreations(const QString &site, qint64 sequence, qint64 first,
                                                    const QList<QByteArray> &snapshots)
{
    QJsonArray texts;
    for (const QByteArray &snapshot : snapshots) {
        texts.append(QString::fromUtf8(snapshot));
    }
    try {
        const PgResult answer = m_connection->execute(
            "SELECT borderlog.stage_creations($1, $2::bigint, $3::bigint, $4::json)",
            PgParameters().add(site).add(sequence).add(first).add(QJsonDocument(texts).toJson(QJsonDocument::Compact)));
        const QByteArray status = answer.rows() == 1 ? answer.bytes(0, 0) : QByteArray();
        // 'applied': the entry applied already, nothing needed staging.
        const auto known = status == "applied" ? PushAnswer::Status::Applied : statusFrom(status);
        if (known != PushAnswer::Status::Applied && known != PushAnswer::Status::UnknownSite
            && known != PushAnswer::Status::NotYours) {
            return unknownAnswer();
        }
        PushAnswer staged;
        staged.status = *known;
        return staged;
    } catch (const PgError &e) {
        return PgFailure::from(e, tr("Sending the incidents of an import"), displayName());
    }
}

Result<PullAnswer> PgRegisterServer::pull(const QString &site, qint64 after, int limit)
{
    try {
        const PgResult rows = m_connection->execute(
            "SELECT status, seq, at, \"user\", action, incident_id, before, after, reason, previous_hash, hash "
            "FROM borderlog.pull_entries($1, $2::bigint, $3::integer)",
            PgParameters().add(site).add(after).add(qint64(limit)));
        PullAnswer pulled;
        for (int r = 0; r < rows.rows(); ++r) {
            const auto status = statusFrom(rows.bytes(r, 0));
            if (!status) {
                return unknownAnswer();
            }
            if (*status != PushAnswer::Status::Applied) {
                pulled.status = *status;
                pulled.entries.clear();
                return pulled;
            }
            AuditEntry entry;
            entry.sequence = rows.integer(r, 1);
            entry.at = AuditEntry::parseTime(rows.text(r, 2));
            entry.user = rows.text(r, 3);
            const auto action = auditActionFromText(rows.text(r, 4));
            if (!action) {
                return unknownAnswer();
            }
            entry.action = *action;
            entry.incidentId = rows.text(r, 5);
            entry.before = rows.bytes(r, 6);
            entry.after = rows.bytes(r, 7);
            entry.reason = rows.text(r, 8);
            entry.previousHash = rows.bytes(r, 9);
            entry.hash = rows.bytes(r, 10);
            pulled.entries << entry;
        }
        return pulled;
    } catch (const PgError &e) {
        return PgFailure::from(e, tr("Reading headquarters' changes"), displayName());
    }
}

Result<PushAnswer> PgRegisterServer::declineNational(const QString &site, qint64 sequence, const QString &why)
{
    try {
        const PgResult answer = m_connection->execute("SELECT borderlog.decline_national($1, $2::bigint, $3)",
                                                      PgParameters().add(site).add(sequence).add(why));
        const QByteArray status = answer.rows() == 1 ? answer.bytes(0, 0) : QByteArray();
        if (status == "unknown_entry") {
            return Failure::refused(tr("The national register at %1 holds no entry %2 for site %3: that change came "
                                       "from elsewhere (another server answering as this one?). Nothing more was "
                                       "taken; headquarters sees the alarm.")
                                        .arg(displayName())
                                        .arg(sequence)
                                        .arg(site));
        }
        const auto known = statusFrom(status);
        if (known != PushAnswer::Status::Applied && known != PushAnswer::Status::UnknownSite
            && known != PushAnswer::Status::NotYours) {
            return unknownAnswer();
        }
        PushAnswer declined;
        declined.status = *known;
        return declined;
    } catch (const PgError &e) {
        return PgFailure::from(e, tr("Telling headquarters of a change not taken"), displayName());
    }
}

Failure PgRegisterServer::unknownAnswer() const
{
    return Failure::storage(tr("The national register at %1 gave an answer this program does not know: is its schema "
                               "this program's?")
                                .arg(displayName()));
}

} // namespace borderlog::postgres
