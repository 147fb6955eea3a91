// SPDX-License-Identifier: GPL-3.0-or-later
#include "outcome.h"

#include <QCoreApplication>
#include <QStringList>

namespace borderlog {

QString outcomeCode(Outcome outcome)
{
    switch (outcome) {
    case Outcome::TurnedBack:
        return QStringLiteral("turned_back");
    case Outcome::Detained:
        return QStringLiteral("detained");
    case Outcome::AsylumRequest:
        return QStringLiteral("asylum_request");
    case Outcome::Prevented:
        return QStringLiteral("prevented");
    case Outcome::Absconded:
        return QStringLiteral("absconded");
    case Outcome::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

QString outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::TurnedBack:
        return QCoreApplication::translate("Outcome", "Turned back");
    case Outcome::Detained:
        return QCoreApplication::translate("Outcome", "Detained");
    case Outcome::AsylumRequest:
        return QCoreApplication::translate("Outcome", "Asylum request");
    case Outcome::Prevented:
        return QCoreApplication::translate("Outcome", "Prevented");
    case Outcome::Absconded:
        return QCoreApplication::translate("Outcome", "Absconded");
    case Outcome::Other:
        return QCoreApplication::translate("Outcome", "Other");
    }
    return {};
}

std::optional<Outcome> outcomeFromText(QStringView text)
{
    const QString wanted = text.trimmed().toString();
    for (Outcome o : kAllOutcomes) {
        if (wanted.compare(outcomeCode(o), Qt::CaseInsensitive) == 0
            || wanted.compare(outcomeLabel(o), Qt::CaseInsensitive) == 0) {
            return o;
        }
    }
    return std::nullopt;
}

QString outcomeCodeList()
{
    QStringList codes;
    for (Outcome o : kAllOutcomes) {
        codes << outcomeCode(o);
    }
    return codes.join(QStringLiteral(", "));
}

} // namespace borderlog
