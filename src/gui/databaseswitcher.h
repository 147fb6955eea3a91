// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registerstore.h"

#include <QObject>

#include <functional>
#include <memory>

class QTemporaryDir;
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
    // Asks for the national register's server (a postgresql:// address) and opens it.
    void chooseServer();
    // Opens the database and makes it the one the app opens at its next plain start.
    bool open(const QString &path);
    // The sample database: a throwaway copy, built afresh from the bundled sample each time. What is
    // recorded in it is gone when another database is opened or the app quits, and the app never opens it
    // at a start.
    bool openSample();
    // Whether the open database is the sample.
    bool showsSample() const { return m_sampleFolder != nullptr; }
    // Resource path of the bundled sample (incidents CSV).
    static QString sampleResource();

signals:
    // For the status bar, shown for timeout milliseconds.
    void message(const QString &text, int timeout);
    // The sample's incidents were just imported into the opened sample database.
    void sampleBuilt();

private:
    // Opens the database at `path`: the sample's when `sampleFolder` (its copy's folder) is given.
    bool open(const QString &path, std::unique_ptr<QTemporaryDir> sampleFolder);
    bool buildSample();

    IncidentLog &m_log;
    DatabaseOpener m_opener;
    AccountabilityActions &m_accountability;
    QWidget *m_window;
    std::unique_ptr<QTemporaryDir> m_sampleFolder; // the sample's copy while it is open
};

} // namespace borderlog
