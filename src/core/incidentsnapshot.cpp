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

// The snapshot's values as one flat object: format 2's "details" beside the others, its tag left out (a
// format 1 snapshot and a format 2 one of the same values read alike).
QJsonObject objectOf(const QByteArray &json)
{
    QJsonObject values = QJsonDocument::fromJson(json).object();
    const QJsonObject details = values.take(u"details").toObject();
    values.remove(u"format");
    for (auto it = details.begin(); it != details.end(); ++it) {
        values.insert(it.key(), it.value());
    }
    return values;
}

QString shown(const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList lines;
        for (const auto &line : value.toArray()) {
            const QJsonObject o = line.toObject();
            QString text =
                QStringLiteral("%1 %2").arg(o.value(u"nationality").toString()).arg(o.value(u"persons").toInt());
            if (o.contains(u"men")) {
                text += QStringLiteral(" (men %1, women %2, children %3, unaccompanied minors %4)")
                            .arg(o.value(u"men").toInt())
                            .arg(o.value(u"women").toInt())
                            .arg(o.value(u"children").toInt())
                            .arg(o.value(u"unaccompanied").toInt());
            }
            lines << text;
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

namespace {

// Whether the incident needs format 2: a value of schema 8 that format 1 cannot hold. A kind of force
// beyond "none" and "unspecified" is one; those two are what force_used already says.
bool needsFormat2(const Incident &incident)
{
    IncidentDetails plain = incident.details;
    if (plain.force == ForceType::Unspecified) {
        plain.force = ForceType::None;
    }
    return !plain.isDefault()
           || std::any_of(incident.nationalities.cbegin(), incident.nationalities.cend(),
                          [](const NationalityCount &line) { return line.hasBreakdown(); });
}

void appendNumber(QByteArray &out, const char *key, qint64 value, bool first = false)
{
    appendField(out, key, first);
    out += QByteArray::number(value);
}

void appendCode(QByteArray &out, const char *key, const QString &code, bool first = false)
{
    appendField(out, key, first);
    appendString(out, code);
}

// The values of schema 8 as one object, keys sorted as QJsonObject keeps them.
void appendDetails(QByteArray &out, const IncidentDetails &d)
{
    out += '{';
    appendCode(out, "aid_given", Choices::code(d.aidGiven), true);
    appendCode(out, "border_sector", Choices::code(d.borderSector));
    appendField(out, "count_estimated");
    out += d.countEstimated ? "true" : "false";
    appendNumber(out, "dead", d.dead);
    appendCode(out, "detection", Choices::code(d.detection));
    appendCode(out, "direction", Choices::code(d.direction));
    appendCode(out, "facilitator_nationalities", d.facilitatorNationalities.join(u' '));
    appendNumber(out, "facilitators", d.facilitators);
    appendCode(out, "force_type", Choices::code(d.force));
    appendNumber(out, "injured", d.injured);
    appendNumber(out, "missing", d.missing);
    appendCode(out, "refusal_reasons", d.refusalReasons);
    appendCode(out, "related_to", d.relatedTo.isNull() ? QString() : d.relatedTo.toString(QUuid::WithoutBraces));
    out += '}';
}

void appendLine(QByteArray &out, const NationalityCount &line, bool format2)
{
    out += '{';
    if (format2 && line.hasBreakdown()) {
        appendNumber(out, "children", line.children, true);
        appendNumber(out, "men", line.men);
        appendField(out, "nationality");
    } else {
        appendField(out, "nationality", true);
    }
    appendString(out, line.nationality);
    appendNumber(out, "persons", line.persons);
    if (format2 && line.hasBreakdown()) {
        appendNumber(out, "unaccompanied", line.unaccompanied);
        appendNumber(out, "women", line.women);
    }
    out += '}';
}

} // namespace

QByteArray of(const Incident &incident, bool removed)
{
    QList<NationalityCount> nationalities = incident.nationalities;
    std::sort(nationalities.begin(), nationalities.end(),
              [](const NationalityCount &a, const NationalityCount &b) { return a.nationality < b.nationality; });
    // Format 1 for every incident that format 1 holds whole, so that the entries written before schema 8
    // and the rows of their incidents still give the same bytes; format 2 ("format":2, its values under
    // "details" and each line's breakdown) for the others. Keys in the order QJsonObject keeps them (sorted),
    // so the text is canonical.
    const bool format2 = needsFormat2(incident);
    QByteArray out;
    out.reserve(256 + incident.notes.size() * 2);
    out += '{';
    appendField(out, "date", true);
    appendString(out, IncidentText::formatDate(incident.date));
    if (format2) {
        appendField(out, "details");
        appendDetails(out, incident.details);
    }
    appendField(out, "force_used");
    out += incident.forceUsed() ? "true" : "false";
    if (format2) {
        appendNumber(out, "format", 2);
    }
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
        appendLine(out, nationalities[i], format2);
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

namespace {

template <typename E>
std::optional<E> choiceOf(const QJsonObject &values, QStringView key)
{
    return Choices::fromCode<E>(values.value(key).toString().toUtf8());
}

int countOf(const QJsonObject &values, QStringView key)
{
    return values.value(key).toInt(-1);
}

std::optional<IncidentDetails> detailsOf(const QJsonObject &values)
{
    IncidentDetails d;
    const auto detection = choiceOf<Detection>(values, u"detection");
    const auto direction = choiceOf<Direction>(values, u"direction");
    const auto sector = choiceOf<BorderSector>(values, u"border_sector");
    const auto aid = choiceOf<AidGiven>(values, u"aid_given");
    const auto force = choiceOf<ForceType>(values, u"force_type");
    if (!detection || !direction || !sector || !aid || !force) {
        return std::nullopt;
    }
    d.detection = *detection;
    d.direction = *direction;
    d.borderSector = *sector;
    d.aidGiven = *aid;
    d.force = *force;
    d.countEstimated = values.value(u"count_estimated").toBool();
    d.injured = countOf(values, u"injured");
    d.dead = countOf(values, u"dead");
    d.missing = countOf(values, u"missing");
    d.facilitators = countOf(values, u"facilitators");
    d.refusalReasons = values.value(u"refusal_reasons").toString();
    const QString nationalities = values.value(u"facilitator_nationalities").toString();
    d.facilitatorNationalities = nationalities.isEmpty() ? QStringList() : nationalities.split(u' ');
    d.relatedTo = QUuid::fromString(values.value(u"related_to").toString());
    return d;
}

NationalityCount lineOf(const QJsonObject &line)
{
    return NationalityCount{
        line.value(u"nationality").toString(), line.value(u"persons").toInt(-1), line.value(u"men").toInt(),
        line.value(u"women").toInt(),          line.value(u"children").toInt(),  line.value(u"unaccompanied").toInt()};
}

} // namespace

std::optional<Read> read(const QByteArray &snapshot)
{
    QJsonParseError error{};
    const QJsonObject values = QJsonDocument::fromJson(snapshot, &error).object();
    if (error.error != QJsonParseError::NoError) {
        return std::nullopt;
    }
    Read read;
    Incident &incident = read.incident;
    incident.id = QUuid::fromString(values.value(u"incident_id").toString());
    incident.date = QDate::fromString(values.value(u"date").toString(), Qt::ISODate);
    const QString time = values.value(u"time").toString();
    incident.time = time.isEmpty() ? QTime() : QTime::fromString(time, QStringLiteral("HH:mm"));
    incident.location = values.value(u"location").toString();
    const auto outcome = outcomeFromText(values.value(u"outcome").toString());
    const auto details = values.contains(u"details") ? detailsOf(values.value(u"details").toObject())
                                                     : std::optional<IncidentDetails>(IncidentDetails{});
    if (!outcome || !details) {
        return std::nullopt;
    }
    incident.outcome = *outcome;
    incident.details = *details;
    if (!values.contains(u"details")) {
        incident.setForceUsed(values.value(u"force_used").toBool());
    }
    const QJsonArray lines = values.value(u"persons").toArray();
    for (const auto &line : lines) {
        incident.nationalities << lineOf(line.toObject());
    }
    incident.notes = values.value(u"notes").toString();
    incident.recordedBy = values.value(u"recorded_by").toString();
    incident.recordedAt = IncidentText::parseTimestamp(values.value(u"recorded_at").toString());
    read.removed = values.value(u"removed").toBool();
    // Whatever the reading above let pass or made up, only the very text `of` writes for it is the incident's.
    if (incident.id.isNull() || of(incident, read.removed) != snapshot) {
        return std::nullopt;
    }
    return read;
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
    // Both sides' keys: an amendment back to format 1 leaves the details on the "before" side only.
    QStringList keys = b.keys();
    for (const QString &key : a.keys()) {
        if (!b.contains(key)) {
            keys << key;
        }
    }
    keys.sort();
    QStringList lines;
    for (const QString &key : keys) {
        const QJsonValue old = a.value(key);
        const QJsonValue now = b.value(key);
        if (old != now) {
            lines << QStringLiteral("%1: %2 → %3").arg(key, shown(old), shown(now));
        }
    }
    return lines;
}

QString describe(const QByteArray &json)
{
    const QJsonObject values = objectOf(json);
    // Format 2 holds every detail; those at their defaults say nothing a person needs to read.
    const QJsonObject details = QJsonDocument::fromJson(json).object().value(u"details").toObject();
    const auto atDefault = [&details](const QString &key) {
        const QJsonValue value = details.value(key);
        return details.contains(key)
               && (value == QJsonValue(false) || value == QJsonValue(0) || value == QJsonValue(QStringLiteral("none"))
                   || value == QJsonValue(QStringLiteral("entry")));
    };
    QStringList parts;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (it.key() == QLatin1String("incident_id") || it.key() == QLatin1String("digest")
            || it.key() == QLatin1String("removed") || (it.value().isString() && it.value().toString().isEmpty())
            || atDefault(it.key())) {
            continue;
        }
        parts << QStringLiteral("%1: %2").arg(it.key(), shown(it.value()));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace borderlog::IncidentSnapshot
