#include "incidenttablemodel.h"

#include "incidentlog.h"
#include "incidenttext.h"
#include "nationalitycatalog.h"

#include <QLocale>

namespace borderlog {

IncidentTableModel::IncidentTableModel(IncidentLog &log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    connect(&m_log, &IncidentLog::incidentsChanged, this, &IncidentTableModel::reload);
    reload();
}

int IncidentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_incidents.size());
}

int IncidentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Incident &incident = m_incidents.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DateColumn:
            return IncidentText::formatDate(incident.date);
        case TimeColumn:
            return IncidentText::formatTime(incident.time);
        case LocationColumn:
            return incident.location;
        case PersonsColumn:
            return incident.groupSize();
        case NationalitiesColumn: {
            QStringList lines;
            for (const auto &line : incident.persons) {
                lines << (incident.persons.size() == 1
                              ? NationalityCatalog::instance().name(line.nationality)
                              : QStringLiteral("%1 %2").arg(line.nationality).arg(line.persons));
            }
            return lines.join(QStringLiteral(", "));
        }
        case OutcomeColumn:
            return outcomeLabel(incident.outcome);
        case ForceUsedColumn:
            return incident.forceUsed ? tr("Yes") : tr("No");
        case NotesColumn:
            return incident.notes.section(QLatin1Char('\n'), 0, 0);
        case RecordedByColumn:
            return incident.recordedBy;
        }
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == NationalitiesColumn) {
            QStringList lines;
            for (const auto &line : incident.persons) {
                lines
                    << tr("%1: %2").arg(NationalityCatalog::instance().displayName(line.nationality)).arg(line.persons);
            }
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == NotesColumn && !incident.notes.isEmpty()) {
            return incident.notes;
        }
        if (index.column() == RecordedByColumn) {
            return tr("Recorded %1 UTC").arg(incident.recordedAt.toString(Qt::ISODate));
        }
    } else if (role == Qt::TextAlignmentRole) {
        if (index.column() == PersonsColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
    } else if (role == Qt::UserRole) {
        return incident.id;
    }
    return {};
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TimeColumn:
        return tr("Time");
    case LocationColumn:
        return tr("Location");
    case PersonsColumn:
        return tr("Persons");
    case NationalitiesColumn:
        return tr("Nationality");
    case OutcomeColumn:
        return tr("Outcome");
    case ForceUsedColumn:
        return tr("Force");
    case NotesColumn:
        return tr("Notes");
    case RecordedByColumn:
        return tr("Recorded by");
    }
    return {};
}

bool IncidentTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete;
}

void IncidentTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_complete) {
        return;
    }
    IncidentPageRequest request;
    request.filter = m_filter;
    request.order = m_order;
    request.descending = m_descending;
    request.limit = kPageSize;
    if (!m_incidents.isEmpty()) {
        request.after = m_incidents.last();
    }
    auto page = m_log.incidentPage(request);
    if (!page) {
        m_complete = true;
        emit loadFailed(page.message());
        return;
    }
    m_complete = page->size() < kPageSize;
    if (page->isEmpty()) {
        return;
    }
    // Views (and Qt's model tester) may ask for more while the rows are announced; one page at a time.
    const bool complete = m_complete;
    m_complete = true;
    beginInsertRows({}, int(m_incidents.size()), int(m_incidents.size() + page->size() - 1));
    m_incidents.append(*page);
    endInsertRows();
    m_complete = complete;
}

bool IncidentTableModel::isSortable(int column)
{
    return column == DateColumn || column == TimeColumn || column == PersonsColumn || column == OutcomeColumn;
}

void IncidentTableModel::sort(int column, Qt::SortOrder order)
{
    IncidentOrder wanted = IncidentOrder::DateTime;
    if (column == PersonsColumn) {
        wanted = IncidentOrder::Persons;
    } else if (column == OutcomeColumn) {
        wanted = IncidentOrder::Outcome;
    } else if (!isSortable(column)) {
        return;
    }
    m_order = wanted;
    m_descending = order == Qt::DescendingOrder;
    reload();
}

void IncidentTableModel::setFilter(const IncidentFilter &filter)
{
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    reload();
}

int IncidentTableModel::rowOf(const QUuid &id) const
{
    for (int row = 0; row < m_incidents.size(); ++row) {
        if (m_incidents[row].id == id) {
            return row;
        }
    }
    return -1;
}

void IncidentTableModel::reload()
{
    beginResetModel();
    m_incidents.clear();
    // No fetching while the reset is announced: views and testers react to it by asking for more.
    m_complete = true;
    endResetModel();
    m_complete = false;
    fetchMore({});
}

} // namespace borderlog
