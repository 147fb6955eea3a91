// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registerstore.h"

#include <QObject>

#include <functional>
#include <memory>

class QWidget;

namespace borderlog {

class AccountabilityActions;
class IncidentLog;

// Opens (or creates) the database at a path; the app wires in the storage it uses.
using DatabaseOpener = std::function<Result<std::unique_ptr<RegisterStore>>(const QString &path)>;

// File > New database, Open database and Help > Sample database: switches the window's register to
// another file, after a login when that file uses accounts; on failure tells why and keeps the current one.
class DatabaseSwitcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseSwitcher)

public:
    DatabaseSwitcher(IncidentLog &log, DatabaseOpener opener, AccountabilityActions &accountability, QWidget *window);
    ~DatabaseSwitcher() override;

    // Asks for a file, new or existing, and opens it.
    void choose(bool create);
    bool open(const QString &path);
    // The sample database, created from the bundled sample on first use.
    bool openSample();
    // Resource path of the bundled sample (incidents CSV).
    static QString sampleResource();

signals:
    // For the status bar, shown for timeout milliseconds.
    void message(const QString &text, int timeout);
    // The sample's incidents were just imported into the opened sample database.
    void sampleBuilt();

private:
    bool buildSample();

    IncidentLog &m_log;
    DatabaseOpener m_opener;
    AccountabilityActions &m_accountability;
    QWidget *m_window;
};

} // namespace borderlog
