// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>

namespace borderlog::sqlite {

class SqliteDatabase;

// The last entry of the audit trail as SEQ:HASH ("0:" without entries, empty without a trail): tells
// afterwards whether a database holds what it held before a restore or what the backup held.
QString auditHeadOf(SqliteDatabase &db);

// Removes a database file and its companions (-journal, -wal, -shm).
void removeDatabaseFiles(const QString &path);

// The record of a restore in progress, <database>.restore-in-progress, locked while the restore runs: the
// backup, the start time, the audit trail heads before and of the backup, the copy kept aside and the
// staged copy, each line synced as it is written. A program that finds the record unlocked knows that a
// restore was interrupted, and what it left.
class RestoreMarker
{
    Q_DECLARE_TR_FUNCTIONS(RestoreMarker)

public:
    explicit RestoreMarker(const QString &databasePath);
    ~RestoreMarker();
    RestoreMarker(const RestoreMarker &) = delete;
    RestoreMarker &operator=(const RestoreMarker &) = delete;

    // Whether this restore holds the record (false when another restore runs, or it could not be made).
    bool held() const { return m_fd >= 0; }
    // Whether another restore of the same database holds it.
    bool busy() const { return m_busy; }
    void record(const QString &key, const QString &value);
    // The restore ended (done or failed cleanly): the record goes.
    void finished() { m_finished = true; }

    // What an interrupted restore of the database left, in words (the record is removed, so it is said
    // once); nothing while a restore runs or when none was interrupted.
    static std::optional<QString> takeInterruptedNotice(const QString &databasePath);

private:
    // What the database holds now, told apart by the audit trail heads the record kept.
    static QString outcomeOf(const QMap<QString, QString> &values, const QString &now);

    QString m_path;
    int m_fd = -1;
    bool m_busy = false;
    bool m_finished = false;
};

} // namespace borderlog::sqlite
