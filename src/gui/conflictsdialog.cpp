// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictsdialog.h"

#include "dialogs.h"
#include "displaytext.h"
#include "incidentlog.h"
#include "incidentsnapshot.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace borderlog {

ConflictsDialog::ConflictsDialog(IncidentLog &log, QWidget *parent)
    : QDialog(parent)
    , m_log(log)
    , m_list(new QTreeWidget(this))
    , m_versions(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_keepSite(new QPushButton(tr("Keep the &station's version…"), this))
    , m_keepNational(new QPushButton(tr("Keep the &national version…"), this))
{
    setWindowTitle(tr("Conflicts with the stations"));
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Parked"), tr("Site"), tr("What"), tr("Incident")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_versions->setObjectName(QStringLiteral("conflictVersions"));
    m_versions->setReadOnly(true);
    m_summary->setWordWrap(true);
    m_keepSite->setObjectName(QStringLiteral("keepSiteButton"));
    m_keepNational->setObjectName(QStringLiteral("keepNationalButton"));
    // Enter in the list never starts a decision: Close is the default.
    m_keepSite->setAutoDefault(false);
    m_keepNational->setAutoDefault(false);
    m_summary->setTextFormat(Qt::PlainText);
    m_list->setAccessibleName(tr("Open conflicts"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    buttons->addButton(m_keepSite, QDialogButtonBox::ActionRole);
    buttons->addButton(m_keepNational, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 2);
    auto *versionsLabel = new QLabel(tr("&Versions (the national one → the station's):"), this);
    versionsLabel->setBuddy(m_versions);
    layout->addWidget(versionsLabel);
    layout->addWidget(m_versions, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keepSite, &QPushButton::clicked, this, &ConflictsDialog::keepSiteVersion);
    connect(m_keepNational, &QPushButton::clicked, this, &ConflictsDialog::keepNationalVersion);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ConflictsDialog::showSelected);
    resize(760, 480);
    reload();
}

ConflictsDialog::~ConflictsDialog() = default;

int ConflictsDialog::conflictCount() const
{
    return int(m_conflicts.size());
}

void ConflictsDialog::reload()
{
    m_list->clear();
    m_conflicts.clear();
    m_summary->clear();
    if (ConflictStore *store = m_log.conflicts(); store != nullptr) {
        auto open = store->open();
        if (open) {
            m_conflicts = *open;
        } else {
            m_summary->setText(open.message());
        }
    }
    if (m_conflicts.isEmpty()) {
        if (m_summary->text().isEmpty()) {
            m_summary->setText(tr("No conflicts wait for a decision."));
        }
    } else {
        m_summary->setText(tr("%n conflict(s) wait for a decision. Each one is settled with a reason, kept with who "
                              "settled it and when.",
                              nullptr, int(m_conflicts.size())));
    }
    for (const NationalConflict &conflict : std::as_const(m_conflicts)) {
        const bool notTaken = conflict.kind == NationalConflict::Kind::NotTaken;
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, QLocale().toString(conflict.parkedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, conflict.site);
        item->setText(2, notTaken ? tr("Not taken by the station (headquarters' entry %1)").arg(conflict.sequence)
                                  : tr("Station's change (its entry %1)").arg(conflict.sequence));
        // The incident as a person finds it in the log: its day and place, then the start of its id.
        const auto incident = IncidentSnapshot::read(notTaken ? conflict.nationalVersion : conflict.siteVersion);
        item->setText(3, incident
                             ? QStringLiteral("%1  %2  (%3)")
                                   .arg(QLocale().toString(incident->incident.date, QLocale::ShortFormat),
                                        DisplayText::escaped(incident->incident.location), conflict.incidentId.left(8))
                             : conflict.incidentId.left(8));
        item->setToolTip(3, conflict.incidentId);
    }
    if (m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    showSelected();
}

std::optional<NationalConflict> ConflictsDialog::selected() const
{
    const int row = m_list->currentItem() != nullptr ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    if (row < 0 || row >= m_conflicts.size()) {
        return std::nullopt;
    }
    return m_conflicts.at(row);
}

void ConflictsDialog::showSelected()
{
    const auto conflict = selected();
    m_keepSite->setEnabled(conflict && conflict->kind == NationalConflict::Kind::Conflict);
    m_keepNational->setEnabled(conflict.has_value());
    if (!conflict) {
        m_versions->clear();
        return;
    }
    if (conflict->kind == NationalConflict::Kind::NotTaken) {
        m_versions->setPlainText(
            tr("The station did not take this change of headquarters': %1\n\nKeeping the national version sends the "
               "incident to the station again, as it stands.")
                .arg(DisplayText::escaped(conflict->detail)));
        return;
    }
    const QStringList differences = IncidentSnapshot::differences(conflict->nationalVersion, conflict->siteVersion);
    QStringList lines;
    for (const QString &difference : differences) {
        lines << DisplayText::escaped(difference);
    }
    m_versions->setPlainText(lines.isEmpty() ? tr("The two versions hold the same values.") : lines.join(u'\n'));
}

bool ConflictsDialog::keepSiteVersion()
{
    return settle(true);
}

bool ConflictsDialog::keepNationalVersion()
{
    return settle(false);
}

bool ConflictsDialog::settle(bool site)
{
    const auto conflict = selected();
    ConflictStore *store = m_log.conflicts();
    if (!conflict || store == nullptr) {
        return false;
    }
    const QString title = site ? tr("Keep the station's version") : tr("Keep the national version");
    const auto reason = Dialogs::askText(
        this, title,
        site ? tr("The station's version becomes the national one, and the station takes it at its next sync.\n\n"
                  "Reason (required):")
             : tr("The national version stays.\n\nReason (required):"));
    if (!reason) {
        return false;
    }
    const auto settled =
        site ? store->keepSiteVersion(conflict->id, *reason) : store->keepNationalVersion(conflict->id, *reason);
    if (!settled) {
        Dialogs::warn(this, title, settled.message());
        return false;
    }
    reload();
    return true;
}

} // namespace borderlog
