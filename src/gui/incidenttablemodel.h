// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incident.h"
#include "incidentfilter.h"
#include "registerstore.h"

#include <QAbstractTableModel>
#include <QHash>

#include <initializer_list>

namespace borderlog {

class IncidentLog;

// The log table over the whole register, in date order (newest first by default), without loading it:
// the row count and each day's first row come from the per-day counts, and rows are read in blocks
// of kBlockSize when a view asks for them (a day's position plus keyset paging). At most
// kMaxCachedBlocks blocks stay in memory, so memory does not grow with the number of rows, and a
// jump to any row reads one block. Reloads when the register announces a change.
class IncidentTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentTableModel)

public:
    enum Column {
        DateColumn,
        TimeColumn,
        LocationColumn,
        PersonsColumn,
        NationalitiesColumn,
        OutcomeColumn,
        ForceUsedColumn,
        NotesColumn,
        RecordedByColumn,
        ColumnCount
    };

    explicit IncidentTableModel(IncidentLog &log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const IncidentFilter &filter);
    const IncidentFilter &filter() const { return m_filter; }
    // The incident of a row, read in place from its block (read first if needed); rows past the end give
    // an empty incident. The reference stays valid until the next row is read or the model reloads.
    const Incident &incidentAt(int row) const;
    // The row of an incident among the blocks in memory, or -1.
    int rowOf(const QUuid &id) const;
    static bool isSortable(int column);
    int cachedRowCount() const;

    static constexpr int kBlockSize = 200;
    static constexpr int kMaxCachedBlocks = 64;

signals:
    void loadFailed(const QString &message);

private:
    QVariant displayed(const Incident &incident, int column) const;
    QVariant toolTip(const Incident &incident, int column) const;
    // With a nationality filter, that nationality's persons in the incident (the summary and the tally count
    // those); the group's size otherwise.
    int filteredPersons(const Incident &incident) const;
    void reload();
    // Reloads when any of the incidents a change touched is one the filter covers.
    void reloadIfShown(std::initializer_list<Incident> touched);
    const QList<Incident> *block(int number) const;

    IncidentLog &m_log;
    IncidentFilter m_filter;
    bool m_descending = true; // newest first
    int m_rowCount = 0;
    QList<QDate> m_days;        // days with incidents, in the table's order
    QList<qint64> m_firstRowOf; // the row of each day's first incident
    mutable QHash<int, QList<Incident>> m_blocks;
    mutable QList<int> m_recentBlocks; // least recently used first
};

} // namespace borderlog
