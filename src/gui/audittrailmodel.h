// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditentry.h"

#include <QAbstractTableModel>

namespace borderlog {

// Entries of the audit trail as a table: sequence, time, user, action, incident, what changed, reason.
class AuditTrailModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTrailModel)

public:
    enum Column {
        SequenceColumn,
        TimeColumn,
        UserColumn,
        ActionColumn,
        IncidentColumn,
        ChangesColumn,
        ReasonColumn,
        ColumnCount,
    };

    explicit AuditTrailModel(QObject *parent = nullptr);

    void setEntries(QList<AuditEntry> entries);
    const AuditEntry &entryAt(int row) const { return m_entries[row]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What an entry changed, as a person reads it.
    static QString changes(const AuditEntry &entry);
    static QString actionName(AuditAction action);
    // The entry's reason as stored, but the program's own (ChangeReason) in the reader's language.
    static QString reasonText(const QString &reason);

private:
    QList<AuditEntry> m_entries;
};

} // namespace borderlog
