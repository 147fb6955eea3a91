// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutbox.h"

#include "applicationidentity.h"
#include "dialogs.h"
#include "incidentlog.h"
#include "userguide.h"

#include <QDir>
#include <QLocale>
#include <QUrl>
#include <QtGlobal>

namespace borderlog {

namespace {

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(text);
}

} // namespace

QString AboutBox::text(const IncidentLog &log, const QString &guide)
{
    const QString guideLine = guide.isEmpty()
                                  ? tr("User guide: not installed.")
                                  : tr("User guide: <a href=\"%1\">%2</a>")
                                        .arg(QUrl::fromLocalFile(guide).toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                             QDir::toNativeSeparators(guide).toHtmlEscaped());
    return QStringLiteral("<h3>Border Incident Log %1</h3>").arg(ApplicationIdentity::version())
           + paragraph(tr("A register of attempted border crossings for border guard shift officers and their "
                          "supervisors."))
           + paragraph(tr("Runs on Qt %1 (built with Qt %2) and %3.")
                           .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
                                log.databaseEngine().toHtmlEscaped()))
           + paragraph(tr("Database: %1").arg(QDir::toNativeSeparators(log.databaseLocation()).toHtmlEscaped()))
           + paragraph(guideLine)
           + paragraph(tr("The sample database holds the monthly detections of Frontex's Eastern Borders Route by "
                          "nationality (2009 to April 2025, public data), spread over days, border sections and "
                          "groups; its 2 and 3 August 2021 follow the figures Lithuania's State Border Guard Service "
                          "published (287 detained, about 180 turned back)."))
           + paragraph(tr("Border Incident Log is free software: you may share and change it under the GNU General "
                          "Public License, version 3 or later (GPL-3.0-or-later). It comes with no warranty."));
}

void AboutBox::show(QWidget *parent, const IncidentLog &log)
{
    Dialogs::about(parent, tr("About Border Incident Log"),
                   text(log, UserGuide::find(UserGuide::folders(), QLocale())));
}

} // namespace borderlog
