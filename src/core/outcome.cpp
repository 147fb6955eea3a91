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
    case Outcome::AdmittedHumanitarian:
        return QStringLiteral("admitted_humanitarian");
    case Outcome::OrderToLeave:
        return QStringLiteral("order_to_leave");
    }
    return QStringLiteral("other");
}

namespace {

// The English labels: the sources of their translations, and what a file or an option may give instead of
// a code, in every language (a CSV that imports under LANG=C imports under lt_LT.UTF-8 too).
const char *englishLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::TurnedBack:
        return QT_TRANSLATE_NOOP("Outcome", "Turned back");
    case Outcome::Detained:
        return QT_TRANSLATE_NOOP("Outcome", "Detained");
    case Outcome::AsylumRequest:
        return QT_TRANSLATE_NOOP("Outcome", "Asylum request");
    case Outcome::Prevented:
        return QT_TRANSLATE_NOOP("Outcome", "Prevented");
    case Outcome::Absconded:
        return QT_TRANSLATE_NOOP("Outcome", "Absconded");
    case Outcome::Other:
        return QT_TRANSLATE_NOOP("Outcome", "Other");
    case Outcome::AdmittedHumanitarian:
        return QT_TRANSLATE_NOOP("Outcome", "Admitted on humanitarian grounds");
    case Outcome::OrderToLeave:
        return QT_TRANSLATE_NOOP("Outcome", "Order to leave");
    }
    return "";
}

} // namespace

QString outcomeLabel(Outcome outcome)
{
    return QCoreApplication::translate("Outcome", englishLabel(outcome));
}

std::optional<Outcome> outcomeFromText(QStringView text)
{
    const QString wanted = text.trimmed().toString();
    for (Outcome o : kAllOutcomes) {
        if (wanted.compare(outcomeCode(o), Qt::CaseInsensitive) == 0
            || wanted.compare(QLatin1String(englishLabel(o)), Qt::CaseInsensitive) == 0) {
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
