// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace borderlog {

class IncidentLog;

// Help > About Border Incident Log: the program and its version, the Qt and database engine it runs on, the open
// database, the licence, and a link to the user guide.
class AboutBox
{
    Q_DECLARE_TR_FUNCTIONS(AboutBox)

public:
    // The box's rich text for the register the window shows; guide is the user guide's file, empty when none.
    static QString text(const IncidentLog &log, const QString &guide);
    static void show(QWidget *parent, const IncidentLog &log);
};

} // namespace borderlog
