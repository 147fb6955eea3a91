#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "accessrules.h"
#include "accountabilityactions.h"
#include "exportdialog.h"
#include "filterbar.h"
#include "incidentcsv.h"
#include "incidentform.h"
#include "incidentlog.h"
#include "incidenttablemodel.h"
#include "incidenttext.h"
#include "summarypanel.h"

#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>

namespace borderlog {

namespace {

const auto kGeometryKey = QStringLiteral("window/geometry");
const auto kStateKey = QStringLiteral("window/state");
const auto kSplitterKey = QStringLiteral("window/splitter");
const auto kHeaderKey = QStringLiteral("window/tableHeader");
const auto kDatabaseKey = QStringLiteral("database/lastPath");

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
          log, this, [this] { return selectedIncident(); }, [this] { return m_summary->day(); }))
    , m_pathLabel(new QLabel(this))
    , m_totalsLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    m_ui->formHolder->layout()->addWidget(m_form);
    m_ui->summaryHolder->layout()->addWidget(m_summary);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setStretchFactor(2, 2);
    m_ui->splitter->setSizes({380, 700, 520});

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

    // Accountability: the day's sign-off, histories and the trail, accounts and locations.
    m_ui->editMenu->addSeparator();
    m_ui->editMenu->addAction(m_accountability->historyAction());
    m_accountability->historyAction()->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    table->addAction(m_accountability->historyAction());
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
    connect(m_accountability, &AccountabilityActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    const auto updateFormForActor = [this] {
        const Actor actor = m_log.session().actor();
        const bool accounts = m_log.session().usesAccounts().value_or(false);
        m_form->setEnabled((!accounts || actor.hasAccount()) && AccessRules::mayRecord(actor).ok());
    };
    connect(&m_log, &IncidentLog::actorChanged, this, updateFormForActor);
    connect(&m_log, &IncidentLog::databaseReplaced, this, updateFormForActor);
    updateFormForActor();

    statusBar()->addPermanentWidget(m_accountability->userLabel());
    statusBar()->addPermanentWidget(m_totalsLabel);
    statusBar()->addPermanentWidget(m_pathLabel);
    m_ui->filterBar->setLocations(m_log.reads().locations().value_or(QStringList()));

    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->newDatabaseAction, &QAction::triggered, this, [this] { chooseDatabase(true); });
    connect(m_ui->openDatabaseAction, &QAction::triggered, this, [this] { chooseDatabase(false); });
    connect(m_ui->exportAction, &QAction::triggered, this, &MainWindow::exportCsv);
    connect(m_ui->importAction, &QAction::triggered, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import CSV"), QString(), tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty()) {
            importCsv(path);
        }
    });
    connect(m_ui->newIncidentAction, &QAction::triggered, m_form, &IncidentForm::startNewIncident);
    connect(m_ui->amendAction, &QAction::triggered, this, &MainWindow::amendSelected);
    connect(m_ui->removeAction, &QAction::triggered, this, &MainWindow::removeSelected);
    connect(m_ui->openSampleAction, &QAction::triggered, this, &MainWindow::openSampleDatabase);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(table, &QTableView::doubleClicked, this, &MainWindow::amendSelected);
    connect(m_ui->filterBar, &FilterBar::filterChanged, m_model, &IncidentTableModel::setFilter);
    connect(m_ui->filterBar, &FilterBar::filterChanged, m_summary, &SummaryPanel::setFilter);
    connect(m_form, &IncidentForm::saved, this, &MainWindow::onSaved);
    connect(m_model, &IncidentTableModel::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(&m_log, &IncidentLog::incidentsChanged, this, &MainWindow::updateStatus);
    connect(&m_log, &IncidentLog::locationsChanged, this,
            [this] { m_ui->filterBar->setLocations(m_log.reads().locations().value_or(QStringList())); });
    connect(&m_log, &IncidentLog::databaseReplaced, this, &MainWindow::updateStatus);

    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    m_ui->splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    table->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray());
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
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
    std::optional<QString> reason;
    if (m_confirmRemoval) {
        reason = m_confirmRemoval(*incident);
    } else {
        bool ok = false;
        const QString text = QInputDialog::getText(
            this, tr("Remove incident"),
            tr("Remove the incident of %1 at %2 (%n person(s), %3)?\nIt stays in the audit trail and is left out "
               "of all tallies and exports.\n\nReason (required):",
               nullptr, incident->groupSize())
                .arg(IncidentText::formatDate(incident->date), incident->location, outcomeLabel(incident->outcome)),
            QLineEdit::Normal, QString(), &ok);
        if (ok) {
            reason = text;
        }
    }
    if (!reason) {
        return;
    }
    if (auto removed = m_log.incidents().remove(incident->id, *reason); !removed) {
        QMessageBox::warning(this, tr("Remove incident"), removed.message());
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
    auto repository = m_opener(path);
    if (!repository) {
        QMessageBox::warning(this, tr("Open database"), repository.message());
        return false;
    }
    // A database with accounts is shown only to someone who logged in to it.
    IncidentLog opened(std::move(repository).value());
    opened.session().setRecorder(m_log.session().recorder());
    if (!m_accountability->logInTo(opened)) {
        statusBar()->showMessage(tr("%1 was not opened: it needs a login").arg(QDir::toNativeSeparators(path)), 8000);
        return false;
    }
    m_log.switchTo(opened.release());
    QSettings().setValue(kDatabaseKey, path);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void MainWindow::chooseDatabase(bool create)
{
    const QString folder = QFileInfo(m_log.databaseLocation()).absolutePath();
    const QString filter = tr("Border Incident Log databases (*.sqlite *.db);;All files (*)");
    QString path = create ? QFileDialog::getSaveFileName(this, tr("New database"), folder, filter)
                          : QFileDialog::getOpenFileName(this, tr("Open database"), folder, filter);
    if (path.isEmpty()) {
        return;
    }
    if (create && QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".sqlite");
    }
    if (create && QFileInfo::exists(path)) {
        QMessageBox::warning(
            this, tr("New database"),
            tr("%1 already exists. Choose File > Open database to open it, or another name.").arg(path));
        return;
    }
    openDatabase(path);
}

bool MainWindow::importCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import CSV"), tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return false;
    }
    IncidentCsv::Reader reader(file, QFileInfo(path).fileName(), m_log.session().today());
    // A million rows take about twenty seconds: a progress window appears after half a second, and Cancel
    // stops the import with nothing written. It is window-modal, so nothing else can be done meanwhile.
    QProgressDialog progress(tr("Importing %1 …").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 1000, this);
    progress.setWindowTitle(tr("Import CSV"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    // The closed file dialog's place is repainted before the window is busy.
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    const auto imported = m_log.incidents().import(reader, [&progress](double read) {
        if (read < 0) {
            progress.setRange(0, 0); // a pipe: how much is left is not known
        }
        // Below the maximum while the import still writes after reading the last row.
        progress.setValue(read < 0 ? 0 : int(read * 999));
        return !progress.wasCanceled();
    });
    QGuiApplication::restoreOverrideCursor();
    const bool cancelled = progress.wasCanceled(); // before hide(): closing the window counts as Cancel
    progress.hide();
    if (cancelled && !imported) {
        m_lastImportMessage =
            tr("The import of %1 was cancelled; nothing was written.").arg(QFileInfo(path).fileName());
        statusBar()->showMessage(m_lastImportMessage, 15000);
        return false;
    }
    if (!imported) {
        QMessageBox box(QMessageBox::Warning, tr("Import CSV"),
                        tr("%1 was not imported; nothing was written.").arg(QFileInfo(path).fileName()),
                        QMessageBox::Ok, this);
        box.setDetailedText(imported.message());
        box.setInformativeText(imported.message().section(u'\n', 0, 4));
        if (!m_quietImport) {
            box.exec();
        }
        m_lastImportMessage = imported.message();
        return false;
    }
    m_lastImportMessage = tr("%1 incidents added, %2 skipped (already in the database)")
                              .arg(QLocale().toString(imported->added), QLocale().toString(imported->skipped));
    if (imported->conflicts > 0) {
        m_lastImportMessage += u'\n'
                               + tr("%n skipped incident(s) differ from the stored ones, which were kept: %1", nullptr,
                                    int(imported->conflicts))
                                     .arg(imported->firstConflicts.join(QStringLiteral(", ")));
    }
    statusBar()->showMessage(tr("Imported %1: %2").arg(QFileInfo(path).fileName(), m_lastImportMessage), 15000);
    return true;
}

QString MainWindow::sampleResource()
{
    return QStringLiteral(":/borderlog/sample/eastern-borders-sample.csv");
}

bool MainWindow::openSampleDatabase()
{
    const QString path = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                             .filePath(QStringLiteral("sample/borderlog-sample.sqlite"));
    if (!openDatabase(path)) {
        return false;
    }
    const auto existing = m_log.reads().count({});
    if (existing && *existing > 0) {
        return true;
    }
    QFile sample(sampleResource());
    if (!sample.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Sample database"), tr("The bundled sample data is missing."));
        return false;
    }
    // The sample's last date is in the past, so the import never meets the "not in the future" rule.
    IncidentCsv::Reader reader(sample, sampleResource(), m_log.session().today());
    const auto imported = m_log.incidents().import(reader);
    if (!imported) {
        QMessageBox::warning(this, tr("Sample database"), imported.message());
        return false;
    }
    m_summary->showLatestDay();
    statusBar()->showMessage(tr("Sample database: %n incident(s) built from Frontex's public Eastern Borders Route "
                                "figures (see Help > About)",
                                nullptr, int(imported->added)),
                             15000);
    return true;
}

void MainWindow::exportCsv()
{
    ExportDialog dialog(m_log, m_ui->filterBar->filter(), this);
    if (dialog.exec() == QDialog::Accepted) {
        statusBar()->showMessage(dialog.summary(), 15000);
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Border Incident Log"),
        tr("<h3>Border Incident Log %1</h3>"
           "<p>A register of attempted border crossings for border guard shift officers and their supervisors.</p>"
           "<p>Database: %2</p>"
           "<p>The sample database holds the monthly detections of Frontex's Eastern Borders Route by nationality "
           "(2009 to April 2025, public data), spread over days, border sections and groups; its 2 and 3 August "
           "2021 follow the figures Lithuania's State Border Guard Service published (287 detained, about 180 "
           "turned back).</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QCoreApplication::applicationVersion(), m_log.databaseLocation().toHtmlEscaped()));
}

} // namespace borderlog
