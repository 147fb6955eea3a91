// SPDX-License-Identifier: GPL-3.0-or-later
#include "daysignoffs.h"

#include "accessrules.h"
#include "displaytext.h"
#include "incidenttext.h"
#include "registerevents.h"
#include "session.h"

#include <spdlog/spdlog.h>

namespace borderlog {

Result<std::optional<DaySignOff>> DaySignOffs::status(const QDate &date) const
{
    return m_handle.store().signedDays().find(date);
}

Result<QList<DaySignOff>> DaySignOffs::between(const QDate &from, const QDate &to) const
{
    return m_handle.store().signedDays().between(from, to);
}

Result<DaySignOff> DaySignOffs::signOff(const QDate &date)
{
    auto by = m_session.authorize(AccessRules::maySignOff);
    if (!by) {
        return by.failure();
    }
    if (!date.isValid() || date >= m_session.today()) {
        return Failure::invalid(QList<FieldError>{{QStringLiteral("date"), notEndedRule(date)}});
    }
    auto day = m_handle.store().signedDays().signOff(date, m_session.stamp(*by));
    if (!day) {
        return day;
    }
    spdlog::info("day {} signed off, audit head {}", IncidentText::formatDate(date).toStdString(),
                 day->headHash.constData());
    emit m_events.dayChanged(date);
    return day;
}

QString DaySignOffs::notEndedRule(const QDate &date)
{
    return tr("day %1 has not ended yet; a day is signed off after midnight").arg(IncidentText::formatDate(date));
}

std::optional<QString> DaySignOffs::signOffProblem(const QDate &date) const
{
    if (!date.isValid() || date >= m_session.today()) {
        return notEndedRule(date);
    }
    const auto signedOff = status(date);
    if (!signedOff) {
        return signedOff.message();
    }
    if (*signedOff) {
        return tr("day %1 is signed off already (by %2)")
            .arg(IncidentText::formatDate(date), DisplayText::escaped((*signedOff)->signedBy));
    }
    return std::nullopt;
}

std::optional<QString> DaySignOffs::reopenProblem(const QDate &date) const
{
    const auto signedOff = status(date);
    if (!signedOff) {
        return signedOff.message();
    }
    if (!*signedOff) {
        return tr("day %1 is open: there is nothing to reopen").arg(IncidentText::formatDate(date));
    }
    return std::nullopt;
}

Result<void> DaySignOffs::reopen(const QDate &date, const QString &reason)
{
    auto by = m_session.authorize([&](const Actor &actor) { return AccessRules::mayReopen(actor, reason); });
    if (!by) {
        return by.failure();
    }
    if (auto reopened = m_handle.store().signedDays().reopen(date, m_session.stamp(*by, reason)); !reopened) {
        return reopened;
    }
    spdlog::info("day {} reopened", IncidentText::formatDate(date).toStdString());
    emit m_events.dayChanged(date);
    return {};
}

} // namespace borderlog
