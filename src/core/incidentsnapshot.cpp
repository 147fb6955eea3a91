#include "incidentsnapshot.h"

#include "incidenttext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace borderlog::IncidentSnapshot {

namespace {

QJsonObject objectOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QString shown(const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList lines;
        for (const auto &line : value.toArray()) {
            const QJsonObject o = line.toObject();
            lines << QStringLiteral("%1 %2").arg(o.value(u"nationality").toString()).arg(o.value(u"persons").toInt());
        }
        return lines.join(QStringLiteral(", "));
    }
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    }
    if (value.isDouble()) {
        return QString::number(value.toInteger());
    }
    const QString text = value.toString();
    return text.isEmpty() ? QStringLiteral("(empty)") : text;
}

} // namespace

QByteArray of(const Incident &incident, bool removed)
{
    QList<NationalityCount> persons = incident.persons;
    std::sort(persons.begin(), persons.end(),
              [](const NationalityCount &a, const NationalityCount &b) { return a.nationality < b.nationality; });
    QJsonArray lines;
    for (const auto &line : persons) {
        lines.append(
            QJsonObject{{QStringLiteral("nationality"), line.nationality}, {QStringLiteral("persons"), line.persons}});
    }
    // QJsonObject keeps its keys sorted, so the same values always give the same text.
    const QJsonObject object{
        {QStringLiteral("incident_id"), incident.idText()},
        {QStringLiteral("date"), IncidentText::formatDate(incident.date)},
        {QStringLiteral("time"), IncidentText::formatTime(incident.time)},
        {QStringLiteral("location"), incident.location},
        {QStringLiteral("persons"), lines},
        {QStringLiteral("outcome"), outcomeCode(incident.outcome)},
        {QStringLiteral("force_used"), incident.forceUsed},
        {QStringLiteral("notes"), incident.notes},
        {QStringLiteral("recorded_by"), incident.recordedBy},
        {QStringLiteral("recorded_at"), IncidentText::formatTimestamp(incident.recordedAt)},
        {QStringLiteral("removed"), removed},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QStringList differences(const QByteArray &before, const QByteArray &after)
{
    if (before.isEmpty()) {
        return {};
    }
    const QJsonObject a = objectOf(before);
    const QJsonObject b = objectOf(after);
    QStringList lines;
    for (auto it = b.begin(); it != b.end(); ++it) {
        const QJsonValue old = a.value(it.key());
        if (old != it.value()) {
            lines << QStringLiteral("%1: %2 → %3").arg(it.key(), shown(old), shown(it.value()));
        }
    }
    return lines;
}

} // namespace borderlog::IncidentSnapshot
