// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidenttablemodel.h"

#include "incidentlog.h"
#include "incidenttext.h"
#include "nationalitycatalog.h"
#include "registerevents.h"

#include <QLocale>

#include <algorithm>
#include <limits>

namespace borderlog {

IncidentTableModel::IncidentTableModel(IncidentLog &log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    // A save reloads the rows only when the saved incident is (or was) one the table shows.
    const RegisterEvents &events = m_log.events();
    connect(&events, &RegisterEvents::incidentRecorded, this, [this](const Incident &i) { reloadIfShown({i}); });
    connect(&events, &RegisterEvents::incidentRemoved, this, [this](const Incident &i) { reloadIfShown({i}); });
    connect(&events, &RegisterEvents::incidentRestored, this, [this](const Incident &i) { reloadIfShown({i}); });
    connect(&events, &RegisterEvents::incidentAmended, this, [this](const Incident &before, const Incident &after) {
        reloadIfShown({before, after});
    });
    connect(&events, &RegisterEvents::incidentsReloaded, this, &IncidentTableModel::reload);
    connect(&m_log, &IncidentLog::databaseReplaced, this, &IncidentTableModel::reload);
    reload();
}

void IncidentTableModel::reloadIfShown(std::initializer_list<Incident> touched)
{
    if (std::any_of(touched.begin(), touched.end(), [this](const Incident &i) { return m_filter.covers(i); })) {
        reload();
    }
}

int IncidentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
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
    const Incident &incident = incidentAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayed(incident, index.column());
    case Qt::ToolTipRole:
        return toolTip(incident, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == PersonsColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::UserRole:
        return incident.id;
    default:
        return {};
    }
}

int IncidentTableModel::filteredPersons(const Incident &incident) const
{
    if (m_filter.nationality.isEmpty()) {
        return incident.groupSize();
    }
    int persons = 0;
    for (const auto &line : incident.nationalities) {
        if (line.nationality == m_filter.nationality) {
            persons += line.persons;
        }
    }
    return persons;
}

QVariant IncidentTableModel::displayed(const Incident &incident, int column) const
{
    switch (column) {
    case DateColumn:
        return IncidentText::formatDate(incident.date);
    case TimeColumn:
        return IncidentText::formatTime(incident.time);
    case LocationColumn:
        return incident.location;
    case PersonsColumn:
        // A mixed group under a nationality filter: the filtered nationality's share, as the tally counts it.
        if (const int share = filteredPersons(incident); share != incident.groupSize()) {
            return tr("%1: %2 of %3").arg(m_filter.nationality).arg(share).arg(incident.groupSize());
        }
        return incident.groupSize();
    case NationalitiesColumn: {
        QStringList lines;
        for (const auto &line : incident.nationalities) {
            lines << (incident.nationalities.size() == 1
                          ? NationalityCatalog::instance().name(line.nationality)
                          : QStringLiteral("%1 %2").arg(line.nationality).arg(line.persons));
        }
        return lines.join(QStringLiteral(", "));
    }
    case OutcomeColumn:
        return outcomeLabel(incident.outcome);
    case ForceUsedColumn:
        return incident.forceUsed() ? tr("Yes") : tr("No");
    case NotesColumn:
        return incident.notes.section(QLatin1Char('\n'), 0, 0);
    case RecordedByColumn:
        return incident.recordedBy;
    }
    return {};
}

QVariant IncidentTableModel::toolTip(const Incident &incident, int column) const
{
    if (column == PersonsColumn && filteredPersons(incident) != incident.groupSize()) {
        return tr("%n person(s) of the group are %1; the summary and the tallies count these.", nullptr,
                  filteredPersons(incident))
            .arg(NationalityCatalog::instance().displayName(m_filter.nationality));
    }
    if (column == NationalitiesColumn) {
        QStringList lines;
        for (const auto &line : incident.nationalities) {
            lines << tr("%1: %2").arg(NationalityCatalog::instance().displayName(line.nationality)).arg(line.persons);
        }
        return lines.join(QLatin1Char('\n'));
    }
    if (column == NotesColumn && !incident.notes.isEmpty()) {
        return incident.notes;
    }
    if (column == RecordedByColumn) {
        return tr("Recorded %1").arg(QLocale().toString(incident.recordedAt.toLocalTime(), QLocale::LongFormat));
    }
    return {};
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        return isSortable(section) ? tr("Click to show the newest or the oldest first")
                                   : tr("The log is in date and time order only (click Date or Time)");
    }
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

const QList<Incident> *IncidentTableModel::block(int number) const
{
    if (const auto it = m_blocks.constFind(number); it != m_blocks.cend()) {
        if (m_recentBlocks.last() != number) { // a view asks for many cells of one block in a row
            m_recentBlocks.removeOne(number);
            m_recentBlocks.append(number);
        }
        return &it.value();
    }
    const qint64 firstRow = qint64(number) * kBlockSize;
    if (firstRow >= m_rowCount) {
        return nullptr;
    }
    // The day that holds the block's first row, and that row's place within the day.
    const auto next = std::upper_bound(m_firstRowOf.cbegin(), m_firstRowOf.cend(), firstRow);
    const qsizetype day = (next - m_firstRowOf.cbegin()) - 1;
    IncidentPageRequest request;
    request.filter = m_filter;
    request.descending = m_descending;
    request.day = m_days.at(day);
    request.skipInDay = int(firstRow - m_firstRowOf.at(day));
    request.limit = kBlockSize;
    auto page = m_log.reads().page(request);
    if (!page) {
        emit const_cast<IncidentTableModel *>(this)->loadFailed(page.message());
        return nullptr;
    }
    if (m_blocks.size() >= kMaxCachedBlocks && !m_recentBlocks.isEmpty()) {
        m_blocks.remove(m_recentBlocks.takeFirst());
    }
    m_recentBlocks.append(number);
    return &m_blocks.insert(number, std::move(page).value()).value();
}

const Incident &IncidentTableModel::incidentAt(int row) const
{
    static const Incident kNone;
    const QList<Incident> *rows = block(row / kBlockSize);
    const int offset = row % kBlockSize;
    return rows && offset < rows->size() ? rows->at(offset) : kNone;
}

int IncidentTableModel::cachedRowCount() const
{
    int rows = 0;
    for (const auto &b : m_blocks) {
        rows += int(b.size());
    }
    return rows;
}

bool IncidentTableModel::isSortable(int column)
{
    return column == DateColumn || column == TimeColumn;
}

void IncidentTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || m_descending == (order == Qt::DescendingOrder)) {
        return;
    }
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
    for (auto it = m_blocks.cbegin(); it != m_blocks.cend(); ++it) {
        for (qsizetype i = 0; i < it.value().size(); ++i) {
            if (it.value()[i].id == id) {
                return it.key() * kBlockSize + int(i);
            }
        }
    }
    return -1;
}

void IncidentTableModel::reload()
{
    beginResetModel();
    m_blocks.clear();
    m_recentBlocks.clear();
    m_days.clear();
    m_firstRowOf.clear();
    m_rowCount = 0;
    auto counted = m_log.reads().dailyCounts(m_filter);
    if (!counted) {
        endResetModel();
        emit loadFailed(counted.message());
        return;
    }
    QList<std::pair<QDate, qint64>> counts = std::move(counted).value();
    if (m_descending) {
        std::reverse(counts.begin(), counts.end());
    }
    qint64 row = 0;
    for (const auto &[day, incidents] : counts) {
        m_days << day;
        m_firstRowOf << row;
        row += incidents;
    }
    // A view holds rows as int; two billion incidents are beyond any border register.
    m_rowCount = int(std::min<qint64>(row, std::numeric_limits<int>::max()));
    endResetModel();
}

} // namespace borderlog
