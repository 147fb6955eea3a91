#pragma once

#include "incident.h"
#include "incidentfilter.h"
#include "incidentrepository.h"

#include <QAbstractTableModel>

namespace borderlog {

class IncidentLog;

// The log table: incidents read from the register page by page (canFetchMore/fetchMore with keyset
// paging), never the whole database. Reloads when the register announces a change.
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
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const IncidentFilter &filter);
    const IncidentFilter &filter() const { return m_filter; }
    const Incident &incidentAt(int row) const { return m_incidents.at(row); }
    int rowOf(const QUuid &id) const;
    static bool isSortable(int column);

    static constexpr int kPageSize = 200;

signals:
    void loadFailed(const QString &message);

private:
    void reload();

    IncidentLog &m_log;
    IncidentFilter m_filter;
    IncidentOrder m_order = IncidentOrder::DateTime;
    bool m_descending = true; // newest first
    QList<Incident> m_incidents;
    bool m_complete = false;
};

} // namespace borderlog
