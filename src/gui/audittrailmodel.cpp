// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittrailmodel.h"

#include "auditpayload.h"
#include "changestamp.h"
#include "displaytext.h"

namespace borderlog {

AuditTrailModel::AuditTrailModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AuditTrailModel::setEntries(QList<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AuditTrailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTrailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTrailModel::actionName(AuditAction action)
{
    switch (action) {
    case AuditAction::Adopt:
        return tr("Taken over");
    case AuditAction::Add:
        return tr("Recorded");
    case AuditAction::Amend:
        return tr("Amended");
    case AuditAction::Remove:
        return tr("Removed");
    case AuditAction::Restore:
        return tr("Restored");
    case AuditAction::Import:
        return tr("Imported");
    case AuditAction::SignOff:
        return tr("Day signed off");
    case AuditAction::Reopen:
        return tr("Day reopened");
    case AuditAction::AccountAdd:
        return tr("Account added");
    case AuditAction::AccountDisable:
        return tr("Account disabled");
    case AuditAction::AccountEnable:
        return tr("Account enabled");
    case AuditAction::PasswordChange:
        return tr("Password changed");
    case AuditAction::PasswordReset:
        return tr("Password reset");
    case AuditAction::LoginFailed:
        return tr("Failed login");
    case AuditAction::LocationAdd:
        return tr("Location added");
    case AuditAction::LocationChange:
        return tr("Location changed");
    case AuditAction::LocationMerge:
        return tr("Locations merged");
    case AuditAction::DistrictAdd:
        return tr("District added");
    case AuditAction::DistrictChange:
        return tr("District changed");
    case AuditAction::StationAdd:
        return tr("Station added");
    case AuditAction::StationChange:
        return tr("Station changed");
    case AuditAction::TallyRepair:
        return tr("Tallies rebuilt");
    case AuditAction::NationalChange:
        return tr("Changed by headquarters");
    }
    return {};
}

QString AuditTrailModel::reasonText(const QString &reason)
{
    if (reason == QLatin1String(ChangeReason::kUndone)) {
        return tr("undone", "the reason of a change taken back with Edit > Undo");
    }
    if (reason == QLatin1String(ChangeReason::kRedone)) {
        return tr("redone", "the reason of a change made again with Edit > Redo");
    }
    return reason;
}

QString AuditTrailModel::changes(const AuditEntry &entry)
{
    return DisplayText::escaped(AuditPayload::describe(entry));
}

QVariant AuditTrailModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size()) {
        return {};
    }
    const AuditEntry &e = m_entries[index.row()];
    if (role == Qt::ToolTipRole && index.column() == SequenceColumn) {
        return tr("Hash %1\nPrevious %2")
            .arg(DisplayText::escaped(QString::fromLatin1(e.hash)),
                 DisplayText::escaped(QString::fromLatin1(e.previousHash)));
    }
    if (role == Qt::ToolTipRole && index.column() == ChangesColumn) {
        return changes(e);
    }
    if (role == Qt::ToolTipRole && index.column() == TimeColumn) { // as the trail stores it
        return AuditEntry::formatTime(e.at);
    }
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn) {
        return DisplayText::escaped(reasonText(e.reason));
    }
    if (role == Qt::TextAlignmentRole && index.column() == SequenceColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case SequenceColumn:
        return e.sequence;
    case TimeColumn:
        // Local time with its zone, as the incidents' times are local ("2021-08-03 14:05:00 EEST").
        return e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
    case UserColumn: // every stored text escaped: a line feed or a control character must not show as itself
        return DisplayText::escaped(e.user);
    case ActionColumn:
        return actionName(e.action);
    case IncidentColumn:
        return DisplayText::escaped(e.incidentId.left(8));
    case ChangesColumn:
        return changes(e);
    case ReasonColumn:
        return DisplayText::escaped(reasonText(e.reason));
    default:
        return {};
    }
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case SequenceColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case IncidentColumn:
        return tr("Incident");
    case ChangesColumn:
        return tr("Values");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace borderlog
