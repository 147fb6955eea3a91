// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "aboutbox.h"
#include "accessrules.h"
#include "accountabilityactions.h"
#include "dialogs.h"
#include "exportdialog.h"
#include "filterbar.h"
#include "importcontroller.h"
#include "incidentform.h"
#include "incidentlog.h"
#include "incidenttablemodel.h"
#include "incidenttext.h"
#include "summarypanel.h"
#include "userguide.h"

#include <QCloseEvent>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QSettings>

#include <algorithm>

namespace borderlog {

namespace {

const auto kGeometryKey = QStringLiteral("window/geometry");
const auto kStateKey = QStringLiteral("window/state");
const auto kSplitterKey = QStringLiteral("window/splitter");
const auto kHeaderKey = QStringLiteral("window/tableHeader");

} // namespace

MainWindow::MainWindow(IncidentLog &log, DatabaseOpener opener, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_log(log)
    , m_opener(std::move(opener))
    , m_form(new IncidentForm(log, this))
    , m_model(new IncidentTableModel(log, this))
    , m_summary(new SummaryPanel(log, this))
    , m_accountability(new AccountabilityActions(
          log, m_opener, this, [this] { return selectedIncident(); }, [this] { return m_summary->day(); }))
    , m_databases(new DatabaseSwitcher(log, m_opener, *m_accountability, this))
    , m_import(new ImportController(log, m_opener, this))
    , m_pathLabel(new QLabel(this))
    , m_totalsLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    placePanels();
    setUpTable();
    addAccountabilityMenus();
    connectActions();
    connectRegister();
    restoreSettings();
    updateFormForActor();
    updateStatus();
}

void MainWindow::placePanels()
{
    m_ui->formHolder->layout()->addWidget(m_form);
    // The summary scrolls where a small screen (1366×768) has less room than its numbers and two charts.
    auto *summaryScroll = new QScrollArea(m_ui->summaryHolder);
    summaryScroll->setObjectName(QStringLiteral("summaryScroll"));
    summaryScroll->setWidget(m_summary);
    summaryScroll->setWidgetResizable(true);
    summaryScroll->setFrameShape(QFrame::NoFrame);
    m_ui->summaryHolder->layout()->addWidget(summaryScroll);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setStretchFactor(2, 2);
    m_ui->splitter->setSizes({380, 700, 520});
    statusBar()->addPermanentWidget(m_accountability->userLabel());
    statusBar()->addPermanentWidget(m_totalsLabel);
    statusBar()->addPermanentWidget(m_pathLabel);
    m_ui->filterBar->setLocations(m_log.reads().locations().value_or(QStringList()));
}

void MainWindow::setUpTable()
{
    auto *table = m_ui->incidentTable;
    table->setModel(m_model);
    table->horizontalHeader()->setSortIndicator(IncidentTableModel::DateColumn, Qt::DescendingOrder);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    table->verticalHeader()->setVisible(false);
    for (int c : {IncidentTableModel::DateColumn, IncidentTableModel::TimeColumn, IncidentTableModel::PersonsColumn,
                  IncidentTableModel::ForceUsedColumn}) {
        table->resizeColumnToContents(c);
    }
    table->setColumnWidth(IncidentTableModel::DateColumn, 95);
    table->setColumnWidth(IncidentTableModel::LocationColumn, 130);
    table->setColumnWidth(IncidentTableModel::NationalitiesColumn, 130);
    table->setColumnWidth(IncidentTableModel::OutcomeColumn, 110);
    // Only the date order can be read by position; other headers keep the date order.
    connect(table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [table](int column, Qt::SortOrder order) {
                if (!IncidentTableModel::isSortable(column)) {
                    table->horizontalHeader()->setSortIndicator(IncidentTableModel::DateColumn, order);
                }
            });
    // Amend and Remove act on the table's selection, so their keys belong to the table.
    for (QAction *action : {m_ui->amendAction, m_ui->removeAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        table->addAction(action);
    }
    connect(table, &QTableView::doubleClicked, this, &MainWindow::amendSelected);
}

// The day's sign-off, histories and the trail, accounts and locations.
void MainWindow::addAccountabilityMenus()
{
    m_ui->editMenu->addSeparator();
    m_ui->editMenu->addAction(m_accountability->historyAction());
    m_accountability->historyAction()->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->incidentTable->addAction(m_accountability->historyAction());
    QMenu *dayMenu = new QMenu(tr("&Day"), this);
    dayMenu->addAction(m_accountability->signOffAction());
    dayMenu->addAction(m_accountability->reopenAction());
    dayMenu->addSeparator();
    dayMenu->addAction(m_accountability->auditTrailAction());
    QMenu *adminMenu = new QMenu(tr("&Admin"), this);
    adminMenu->addAction(m_accountability->accountsAction());
    adminMenu->addAction(m_accountability->addLocationAction());
    menuBar()->insertMenu(m_ui->helpMenu->menuAction(), dayMenu);
    menuBar()->insertMenu(m_ui->helpMenu->menuAction(), adminMenu);
    m_ui->fileMenu->insertAction(m_ui->quitAction, m_accountability->switchUserAction());
    m_ui->fileMenu->insertSeparator(m_ui->quitAction);
}

void MainWindow::connectActions()
{
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->newDatabaseAction, &QAction::triggered, m_databases, [this] { m_databases->choose(true); });
    connect(m_ui->openDatabaseAction, &QAction::triggered, m_databases, [this] { m_databases->choose(false); });
    connect(m_ui->openSampleAction, &QAction::triggered, m_databases, &DatabaseSwitcher::openSample);
    connect(m_ui->exportAction, &QAction::triggered, this, &MainWindow::exportCsv);
    connect(m_ui->importAction, &QAction::triggered, m_import, &ImportController::chooseAndImport);
    connect(m_ui->newIncidentAction, &QAction::triggered, m_form, &IncidentForm::startNewIncident);
    connect(m_ui->amendAction, &QAction::triggered, this, &MainWindow::amendSelected);
    connect(m_ui->removeAction, &QAction::triggered, this, &MainWindow::removeSelected);
    connect(m_ui->userGuideAction, &QAction::triggered, this, [this] { UserGuide::open(this); });
    connect(m_ui->aboutAction, &QAction::triggered, this, [this] { AboutBox::show(this, m_log); });
    connect(m_ui->filterBar, &FilterBar::filterChanged, m_model, &IncidentTableModel::setFilter);
    connect(m_ui->filterBar, &FilterBar::filterChanged, m_summary, &SummaryPanel::setFilter);
    connect(m_form, &IncidentForm::saved, this, &MainWindow::onSaved);
    connect(m_model, &IncidentTableModel::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_accountability, &AccountabilityActions::message, this,
            [this](const QString &text) { showMessage(text, 10000); });
    connect(m_databases, &DatabaseSwitcher::message, this, &MainWindow::showMessage);
    connect(m_databases, &DatabaseSwitcher::sampleBuilt, m_summary, &SummaryPanel::showLatestDay);
    connect(m_import, &ImportController::message, this, &MainWindow::showMessage);
    // One import at a time; the window is otherwise in use while it runs.
    connect(m_import, &ImportController::importingChanged, m_ui->importAction,
            [this](bool importing) { m_ui->importAction->setEnabled(!importing); });
}

void MainWindow::connectRegister()
{
    connect(&m_log, &IncidentLog::actorChanged, this, &MainWindow::updateFormForActor);
    connect(&m_log, &IncidentLog::databaseReplaced, this, &MainWindow::updateFormForActor);
    connect(&m_log, &IncidentLog::incidentsChanged, this, &MainWindow::updateStatus);
    connect(&m_log, &IncidentLog::locationsChanged, this,
            [this] { m_ui->filterBar->setLocations(m_log.reads().locations().value_or(QStringList())); });
    connect(&m_log, &IncidentLog::databaseReplaced, this, &MainWindow::updateStatus);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    // A geometry saved on a bigger monitor is moved and shrunk onto this screen by restoreGeometry itself.
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        fitToScreen();
    }
    restoreState(settings.value(kStateKey).toByteArray());
    m_ui->splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    m_ui->incidentTable->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray());
}

void MainWindow::fitToScreen()
{
    // The designed size where the screen has room, else the whole available area less a title bar and frame;
    // centred. Maximized on a small screen (a station laptop at 1366×768).
    const QRect available = screen()->availableGeometry();
    const QSize room = available.size() - QSize(16, 40);
    const QSize designed(1560, 940);
    resize(designed.boundedTo(room).expandedTo(minimumSizeHint()));
    move(available.center() - QPoint(width() / 2, height() / 2));
    if (room.width() < designed.width() || room.height() < designed.height()) {
        setWindowState(windowState() | Qt::WindowMaximized);
    }
    // The form and the summary at the widths their contents need, the log in what is left.
    const int form = std::max(m_form->minimumSizeHint().width(), 300);
    const int summary = std::max(m_summary->minimumSizeHint().width() + 24, 440); // and its scroll bar
    m_ui->splitter->setSizes({form, std::max(room.width() - form - summary, 400), summary});
}

void MainWindow::updateFormForActor()
{
    const Actor actor = m_log.session().actor();
    const bool accounts = m_log.session().usesAccounts().value_or(false);
    m_form->setEnabled((!accounts || actor.hasAccount()) && AccessRules::mayRecord(actor).ok());
}

void MainWindow::showMessage(const QString &text, int timeout)
{
    statusBar()->showMessage(text, timeout);
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_form->hasWaitingSave()
        && !Dialogs::confirm(this, tr("Quit"),
                             tr("An incident is still waiting to be saved: another program is writing to the "
                                "database. Quit anyway and lose it?"))) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_ui->splitter->saveState());
    settings.setValue(kHeaderKey, m_ui->incidentTable->horizontalHeader()->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::updateStatus()
{
    m_pathLabel->setText(QDir::toNativeSeparators(m_log.databaseLocation()));
    const auto totals = m_log.reads().tally({}, TallyGrouping::Year);
    if (!totals) {
        m_totalsLabel->setText(totals.message());
        return;
    }
    const TallyRow sum = totals->total();
    const QLocale locale;
    m_totalsLabel->setText(
        tr("%1 incidents, %2 persons").arg(locale.toString(sum.incidents), locale.toString(sum.persons)));
}

void MainWindow::onSaved(const Incident &incident, bool amended)
{
    const QString what = amended ? tr("Amended") : tr("Saved");
    statusBar()->showMessage(
        tr("%1: %2, %3, %n person(s), %4", nullptr, incident.groupSize())
            .arg(what, IncidentText::formatDate(incident.date), incident.location, outcomeLabel(incident.outcome)),
        8000);
    m_summary->setDay(incident.date);
    const int row = m_model->rowOf(incident.id);
    if (row >= 0) {
        m_ui->incidentTable->selectRow(row);
        m_ui->incidentTable->scrollTo(m_model->index(row, 0));
    }
}

std::optional<Incident> MainWindow::selectedIncident() const
{
    const QModelIndexList rows = m_ui->incidentTable->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    return m_model->incidentAt(rows.first().row());
}

void MainWindow::amendSelected()
{
    if (const auto incident = selectedIncident()) {
        m_form->editIncident(*incident);
    }
}

void MainWindow::removeSelected()
{
    const auto incident = selectedIncident();
    if (!incident) {
        return;
    }
    const auto reason = Dialogs::askText(
        this, tr("Remove incident"),
        tr("Remove the incident of %1 at %2 (%n person(s), %3)?\nIt stays in the audit trail and is left out of all "
           "tallies and exports.\n\nReason (required):",
           nullptr, incident->groupSize())
            .arg(IncidentText::formatDate(incident->date), incident->location, outcomeLabel(incident->outcome)));
    if (!reason) {
        return;
    }
    if (auto removed = m_log.incidents().remove(incident->id, *reason); !removed) {
        Dialogs::warn(this, tr("Remove incident"), removed.message());
        return;
    }
    if (m_form->isEditing() && m_form->draft().id == incident->id) {
        m_form->startNewIncident();
    }
    statusBar()->showMessage(
        tr("Removed the incident of %1 at %2").arg(IncidentText::formatDate(incident->date), incident->location), 8000);
}

bool MainWindow::openDatabase(const QString &path)
{
    return m_databases->open(path);
}

bool MainWindow::importCsv(const QString &path)
{
    return m_import->importFile(path);
}

bool MainWindow::openSampleDatabase()
{
    return m_databases->openSample();
}

void MainWindow::exportCsv()
{
    ExportDialog dialog(m_log, m_opener, m_ui->filterBar->filter(), this);
    if (dialog.exec() == QDialog::Accepted) {
        statusBar()->showMessage(dialog.summary(), 15000);
    }
}

} // namespace borderlog
