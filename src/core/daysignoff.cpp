// SPDX-License-Identifier: GPL-3.0-or-later
#include "daysignoff.h"

#include "incidenttext.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace borderlog {

QByteArray DaySignOff::toJson() const
{
    const QJsonObject object{
        {QStringLiteral("date"), IncidentText::formatDate(date)},
        {QStringLiteral("incidents"), incidents},
        {QStringLiteral("persons"), persons},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace borderlog
