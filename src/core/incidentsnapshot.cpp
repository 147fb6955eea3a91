// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentsnapshot.h"

#include "incidenttext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

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
        return QLocale().toString(value.toInteger());
    }
    const QString text = value.toString();
    return text.isEmpty() ? QStringLiteral("(empty)") : text;
}

} // namespace

namespace {

// Writes JSON text exactly as QJsonDocument's compact form does (tested against it), without building a
// QJsonObject: `audit verify` computes this for every incident of the database.
void appendString(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    const bool plain = std::none_of(utf8.cbegin(), utf8.cend(), [](char c) {
        return static_cast<unsigned char>(c) < 0x20 || c == '"' || c == '\\';
    });
    if (plain) {
        out += utf8;
        out += '"';
        return;
    }
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20) {
                static constexpr char kHex[] = "0123456789abcdef";
                out += "\\u00";
                out += kHex[u >> 4];
                out += kHex[u & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void appendField(QByteArray &out, const char *key, bool first = false)
{
    if (!first) {
        out += ',';
    }
    out += '"';
    out += key;
    out += "\":";
}

} // namespace

QByteArray of(const Incident &incident, bool removed)
{
    QList<NationalityCount> nationalities = incident.nationalities;
    std::sort(nationalities.begin(), nationalities.end(),
              [](const NationalityCount &a, const NationalityCount &b) { return a.nationality < b.nationality; });
    // Keys in the order QJsonObject keeps them (sorted), so the text is canonical.
    QByteArray out;
    out.reserve(256 + incident.notes.size() * 2);
    out += '{';
    appendField(out, "date", true);
    appendString(out, IncidentText::formatDate(incident.date));
    appendField(out, "force_used");
    out += incident.forceUsed ? "true" : "false";
    appendField(out, "incident_id");
    appendString(out, incident.idText());
    appendField(out, "location");
    appendString(out, incident.location);
    appendField(out, "notes");
    appendString(out, incident.notes);
    appendField(out, "outcome");
    appendString(out, outcomeCode(incident.outcome));
    appendField(out, "persons");
    out += '[';
    for (qsizetype i = 0; i < nationalities.size(); ++i) {
        if (i > 0) {
            out += ',';
        }
        out += "{\"nationality\":";
        appendString(out, nationalities[i].nationality);
        out += ",\"persons\":";
        out += QByteArray::number(nationalities[i].persons);
        out += '}';
    }
    out += ']';
    appendField(out, "recorded_at");
    appendString(out, IncidentText::formatTimestamp(incident.recordedAt));
    appendField(out, "recorded_by");
    appendString(out, incident.recordedBy);
    appendField(out, "removed");
    out += removed ? "true" : "false";
    appendField(out, "time");
    appendString(out, IncidentText::formatTime(incident.time));
    out += '}';
    return out;
}

QString locationOf(const QByteArray &snapshot)
{
    return objectOf(snapshot).value(u"location").toString();
}

QByteArray relocated(const QByteArray &snapshot, const QString &location)
{
    // Inside a JSON string every quote is escaped, so `,"location":"` is the field itself.
    QByteArray field = ",\"location\":";
    QByteArray old = field;
    appendString(old, locationOf(snapshot));
    const qsizetype at = snapshot.indexOf(old);
    if (at < 0) {
        return snapshot;
    }
    appendString(field, location);
    QByteArray out = snapshot;
    out.replace(at, old.size(), field);
    return out;
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

QString describe(const QByteArray &json)
{
    const QJsonObject values = objectOf(json);
    QStringList parts;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (it.key() == QLatin1String("incident_id") || it.key() == QLatin1String("digest")
            || it.key() == QLatin1String("removed") || (it.value().isString() && it.value().toString().isEmpty())) {
            continue;
        }
        parts << QStringLiteral("%1: %2").arg(it.key(), shown(it.value()));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace borderlog::IncidentSnapshot
