// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditpayload.h"

#include "cryptography.h"
#include "importdigest.h"
#include "incident.h"
#include "incidentsnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace borderlog::AuditPayload {

namespace {

// The values an entry keeps, as compact JSON (QJsonObject orders the keys: one byte form for one content).
QByteArray compactJson(const QJsonObject &values)
{
    return QJsonDocument(values).toJson(QJsonDocument::Compact);
}

QJsonObject objectOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

AuditEntry entry(const ChangeStamp &stamp, AuditAction action)
{
    AuditEntry e;
    e.at = stamp.at.isValid() ? stamp.at.toUTC() : QDateTime::currentDateTimeUtc();
    e.user = stamp.user;
    e.action = action;
    e.reason = stamp.reason;
    return e;
}

QByteArray accountJson(const QString &name, const QString &role, bool disabled, const QByteArray &passwordHash = {})
{
    QJsonObject values{
        {QStringLiteral("name"), name}, {QStringLiteral("role"), role}, {QStringLiteral("disabled"), disabled}};
    if (!passwordHash.isEmpty()) {
        values.insert(QStringLiteral("password_sha256"), QString::fromLatin1(Cryptography::sha256Hex(passwordHash)));
    }
    return compactJson(values);
}

QJsonObject locationObject(const LocationRecord &location)
{
    QJsonObject values{{QStringLiteral("location"), location.name},
                       {QStringLiteral("district"), location.district},
                       {QStringLiteral("station"), location.station},
                       {QStringLiteral("code"), location.code},
                       {QStringLiteral("retired"), location.retired}};
    if (location.latitude && location.longitude) {
        values.insert(QStringLiteral("latitude"), *location.latitude);
        values.insert(QStringLiteral("longitude"), *location.longitude);
    }
    return values;
}

QJsonObject districtObject(const DistrictRecord &district)
{
    return QJsonObject{{QStringLiteral("district"), district.name},
                       {QStringLiteral("code"), district.code},
                       {QStringLiteral("retired"), district.retired}};
}

QJsonObject stationObject(const StationRecord &station)
{
    return QJsonObject{{QStringLiteral("district"), station.district},
                       {QStringLiteral("station"), station.name},
                       {QStringLiteral("code"), station.code},
                       {QStringLiteral("retired"), station.retired}};
}

} // namespace

AuditEntry added(const ChangeStamp &stamp, const Incident &incident)
{
    AuditEntry e = entry(stamp, AuditAction::Add);
    e.incidentId = incident.idText();
    e.after = IncidentSnapshot::of(incident);
    return e;
}

AuditEntry amended(const ChangeStamp &stamp, const Incident &before, const Incident &after)
{
    AuditEntry e = entry(stamp, AuditAction::Amend);
    e.incidentId = after.idText();
    e.before = IncidentSnapshot::of(before);
    e.after = IncidentSnapshot::of(after);
    return e;
}

AuditEntry removed(const ChangeStamp &stamp, const Incident &before)
{
    AuditEntry e = entry(stamp, AuditAction::Remove);
    e.incidentId = before.idText();
    e.before = IncidentSnapshot::of(before);
    e.after = IncidentSnapshot::of(before, true);
    return e;
}

AuditEntry restored(const ChangeStamp &stamp, const Incident &incident)
{
    AuditEntry e = entry(stamp, AuditAction::Restore);
    e.incidentId = incident.idText();
    e.before = IncidentSnapshot::of(incident, true);
    e.after = IncidentSnapshot::of(incident);
    return e;
}

AuditEntry takenFromNational(const AuditEntry &national, const QByteArray &before)
{
    AuditEntry e;
    e.at = national.at;
    e.user = national.user;
    e.action = AuditAction::NationalChange;
    e.incidentId = national.incidentId;
    e.before = before;
    e.after = national.after;
    e.reason = national.reason;
    return e;
}

AuditEntry imported(const ChangeStamp &stamp, qint64 added, qint64 skipped, const QByteArray &digest)
{
    AuditEntry e = entry(stamp, AuditAction::Import);
    e.after = compactJson(QJsonObject{{QStringLiteral("incidents"), added},
                                      {QStringLiteral("skipped"), skipped},
                                      {QStringLiteral("digest"), QString::fromLatin1(digest)}});
    return e;
}

AuditEntry adopted(qint64 incidents, const QByteArray &digest)
{
    AuditEntry e = entry(ChangeStamp{QStringLiteral("borderlog"), QDateTime::currentDateTimeUtc(),
                                     QStringLiteral("incidents recorded before the audit trail existed")},
                         AuditAction::Adopt);
    e.after = compactJson(
        QJsonObject{{QStringLiteral("incidents"), incidents}, {QStringLiteral("digest"), QString::fromLatin1(digest)}});
    return e;
}

AuditEntry signedOff(const ChangeStamp &stamp, const DaySignOff &day)
{
    AuditEntry e = entry(stamp, AuditAction::SignOff);
    e.after = day.toJson();
    return e;
}

AuditEntry reopened(const ChangeStamp &stamp, const DaySignOff &day)
{
    AuditEntry e = entry(stamp, AuditAction::Reopen);
    e.before = day.toJson();
    return e;
}

AuditEntry accountAdded(const ChangeStamp &stamp, const Account &account, const QByteArray &passwordHash)
{
    AuditEntry e = entry(stamp, AuditAction::AccountAdd);
    e.after = accountJson(account.name, roleCode(account.role), false, passwordHash);
    return e;
}

AuditEntry accountChanged(const ChangeStamp &stamp, const QString &name, const QString &role, bool wasDisabled,
                          bool disabled)
{
    AuditEntry e = entry(stamp, disabled ? AuditAction::AccountDisable : AuditAction::AccountEnable);
    e.before = accountJson(name, role, wasDisabled);
    e.after = accountJson(name, role, disabled);
    return e;
}

AuditEntry passwordChanged(const ChangeStamp &stamp, const QString &name, const QString &role, bool disabled,
                           const QByteArray &passwordHash, bool reset)
{
    AuditEntry e = entry(stamp, reset ? AuditAction::PasswordReset : AuditAction::PasswordChange);
    e.after = accountJson(name, role, disabled, passwordHash);
    return e;
}

AuditEntry locationAdded(const ChangeStamp &stamp, const LocationRecord &location)
{
    AuditEntry e = entry(stamp, AuditAction::LocationAdd);
    e.after = compactJson(locationObject(location));
    return e;
}

AuditEntry locationChanged(const ChangeStamp &stamp, const LocationRecord &before, const LocationRecord &after)
{
    AuditEntry e = entry(stamp, AuditAction::LocationChange);
    e.before = compactJson(locationObject(before));
    e.after = compactJson(locationObject(after));
    return e;
}

AuditEntry locationMerged(const ChangeStamp &stamp, const LocationRecord &from, const QString &into,
                          const QStringList &incidentIds)
{
    AuditEntry e = entry(stamp, AuditAction::LocationMerge);
    e.before = compactJson(locationObject(from));
    e.after = compactJson(QJsonObject{{QStringLiteral("location"), from.name},
                                      {QStringLiteral("merged_into"), into},
                                      {QStringLiteral("incidents"), QJsonArray::fromStringList(incidentIds)}});
    return e;
}

AuditEntry districtAdded(const ChangeStamp &stamp, const DistrictRecord &district)
{
    AuditEntry e = entry(stamp, AuditAction::DistrictAdd);
    e.after = compactJson(districtObject(district));
    return e;
}

AuditEntry districtChanged(const ChangeStamp &stamp, const DistrictRecord &before, const DistrictRecord &after)
{
    AuditEntry e = entry(stamp, AuditAction::DistrictChange);
    e.before = compactJson(districtObject(before));
    e.after = compactJson(districtObject(after));
    return e;
}

AuditEntry stationAdded(const ChangeStamp &stamp, const StationRecord &station)
{
    AuditEntry e = entry(stamp, AuditAction::StationAdd);
    e.after = compactJson(stationObject(station));
    return e;
}

AuditEntry stationChanged(const ChangeStamp &stamp, const StationRecord &before, const StationRecord &after)
{
    AuditEntry e = entry(stamp, AuditAction::StationChange);
    e.before = compactJson(stationObject(before));
    e.after = compactJson(stationObject(after));
    return e;
}

AuditEntry loginFailed(const ChangeStamp &stamp, const QString &name)
{
    AuditEntry e = entry(stamp, AuditAction::LoginFailed);
    if (!name.isEmpty()) {
        e.after = compactJson(QJsonObject{{QStringLiteral("name"), name}});
    }
    return e;
}

AuditEntry talliesRebuilt(const ChangeStamp &stamp, qint64 rowsChanged)
{
    AuditEntry e = entry(stamp, AuditAction::TallyRepair);
    e.after = compactJson(QJsonObject{{QStringLiteral("rows_changed"), rowsChanged}});
    return e;
}

Creation creation(const AuditEntry &entry)
{
    const QJsonObject after = objectOf(entry.after);
    return Creation{after.value(u"incidents").toInteger(), after.value(u"digest").toString().toLatin1()};
}

Creation addition(const AuditEntry &entry)
{
    return Creation{1, ImportDigest::ofOne(ImportDigest::pieceOfSnapshot(entry.after))};
}

AccountValues account(const AuditEntry &entry)
{
    const QJsonObject after = objectOf(entry.after);
    AccountValues values;
    values.name = after.value(u"name").toString();
    values.role = after.value(u"role").toString();
    values.disabled = after.value(u"disabled").toBool();
    values.passwordDigest = after.value(u"password_sha256").toString().toLatin1();
    return values;
}

LocationRecord location(const QByteArray &json)
{
    const QJsonObject values = objectOf(json);
    LocationRecord location;
    location.name = values.value(u"location").toString();
    location.district = values.value(u"district").toString(LocationHierarchy::unassigned());
    location.station = values.value(u"station").toString(LocationHierarchy::unassigned());
    location.code = values.value(u"code").toString();
    location.retired = values.value(u"retired").toBool();
    if (values.contains(u"latitude") && values.contains(u"longitude")) {
        location.latitude = values.value(u"latitude").toDouble();
        location.longitude = values.value(u"longitude").toDouble();
    }
    return location;
}

DistrictRecord district(const QByteArray &json)
{
    const QJsonObject values = objectOf(json);
    return DistrictRecord{values.value(u"district").toString(), values.value(u"code").toString(),
                          values.value(u"retired").toBool()};
}

StationRecord station(const QByteArray &json)
{
    const QJsonObject values = objectOf(json);
    return StationRecord{values.value(u"district").toString(), values.value(u"station").toString(),
                         values.value(u"code").toString(), values.value(u"retired").toBool()};
}

Merge merge(const AuditEntry &entry)
{
    const QJsonObject after = objectOf(entry.after);
    Merge merge;
    merge.into = after.value(u"merged_into").toString();
    for (const auto &id : after.value(u"incidents").toArray()) {
        merge.incidentIds << id.toString();
    }
    return merge;
}

DaySignOff signOff(const AuditEntry &entry)
{
    const QJsonObject values = objectOf(entry.after);
    DaySignOff day;
    day.date = QDate::fromString(values.value(u"date").toString(), Qt::ISODate);
    day.incidents = values.value(u"incidents").toInteger();
    day.persons = values.value(u"persons").toInteger();
    day.signedBy = entry.user;
    day.signedAt = entry.at;
    day.auditSequence = entry.sequence;
    day.headHash = entry.hash;
    return day;
}

QDate reopenedDay(const AuditEntry &entry)
{
    return QDate::fromString(objectOf(entry.before).value(u"date").toString(), Qt::ISODate);
}

QString describe(const AuditEntry &entry)
{
    switch (entry.action) {
    case AuditAction::Amend:
    case AuditAction::NationalChange:
    case AuditAction::LocationChange:
    case AuditAction::DistrictChange:
    case AuditAction::StationChange:
        return IncidentSnapshot::differences(entry.before, entry.after).join(QStringLiteral("; "));
    case AuditAction::LocationMerge: {
        const Merge merged = merge(entry);
        return QStringLiteral("location: %1 → %2; incidents: %3")
            .arg(location(entry.before).name, merged.into)
            .arg(merged.incidentIds.size());
    }
    default:
        break;
    }
    return IncidentSnapshot::describe(entry.after.isEmpty() ? entry.before : entry.after);
}

} // namespace borderlog::AuditPayload
