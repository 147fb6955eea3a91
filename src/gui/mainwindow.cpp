// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "aboutbox.h"
#include "accessrules.h"
#include "accountabilityactions.h"
#include "applicationidentity.h"
#include "dailyreportdialog.h"
#include "dialogs.h"
#include "editmenu.h"
#include "exportdialog.h"
#include "filterbar.h"
#include "importcontroller.h"
#include "incidentform.h"
#include "incidentlog.h"
#include "incidenttablemodel.h"
#include "incidenttext.h"
#include "incidentundo.h"
#include "nationalitycatalog.h"
#include "preferencesdialog.h"
#include "registerserver.h"
#include "summarypanel.h"
#include "synccontroller.h"
#include "userguide.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace borderlog {

namespace {

const auto kGeometryKey = QStringLiteral("window/geometry");
const auto kStateKey = QStringLiteral("window/state");
const auto kSplitterKey = QStringLiteral("window/splitter");
const auto kHeaderKey = QStringLiteral("window/tableHeader");

} // namespace

MainWindow::MainWindow(IncidentLog &log, DatabaseOpener opener, ServerConnector connector, QWidget *parent)
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
    , m_sync(connector ? new SyncController(log, m_opener, std::move(connector), this) : nullptr)
    , m_pathLabel(new QLabel(this))
    , m_totalsLabel(new QLabel(this))
    , m_shownTotalsLabel(new QLabel(this))
    , m_emptyLogLabel(nullptr)
{
    m_ui->setupUi(this);
    placePanels();
    setUpTable();
    addAccountabilityMenus();
    addViewMenu();
    addEditMenu();
    connectActions();
    connectRegister();
    restoreSettings();
    updateFormForActor();
    updateStatus();
    showDatabase();
    m_form->focusFirstToFill(); // where the officer starts typing when the window opens
}

void MainWindow::placeStatusItems()
{
    // The status bar's items apart from one another, each with room around it.
    bool first = true;
    for (QLabel *item : {m_accountability->userLabel(), m_totalsLabel, m_pathLabel}) {
        if (!first) {
            auto *separator = new QFrame(this);
            separator->setFrameShape(QFrame::VLine);
            separator->setFrameShadow(QFrame::Sunken);
            statusBar()->addPermanentWidget(separator);
        }
        first = false;
        item->setContentsMargins(6, 0, 6, 0);
        statusBar()->addPermanentWidget(item);
    }
    if (m_sync != nullptr) {
        // Before the database's path, with its separator (both hidden while the register has joined no site).
        statusBar()->insertPermanentWidget(4, m_sync->statusWidget());
        m_ui->fileMenu->insertAction(m_ui->quitAction, m_sync->syncAction());
        m_ui->fileMenu->insertAction(m_ui->quitAction, m_sync->joinAction());
        m_ui->fileMenu->insertSeparator(m_ui->quitAction);
    }
}

void MainWindow::placePanels()
{
    // The form scrolls where its Details section, open, needs more height than the screen has.
    auto *formScroll = new QScrollArea(m_ui->formHolder);
    formScroll->setObjectName(QStringLiteral("formScroll"));
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setFocusPolicy(Qt::NoFocus);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->formHolder->layout()->addWidget(formScroll);
    m_shownTotalsLabel->setObjectName(QStringLiteral("shownTotalsLabel"));
    m_shownTotalsLabel->setWordWrap(true);
    m_ui->logHolder->layout()->addWidget(m_shownTotalsLabel);
    // The summary scrolls where a small screen (1366×768) has less room than its numbers and two charts.
    auto *summaryScroll = new QScrollArea(m_ui->summaryHolder);
    summaryScroll->setObjectName(QStringLiteral("summaryScroll"));
    summaryScroll->setWidget(m_summary);
    summaryScroll->setWidgetResizable(true);
    summaryScroll->setFrameShape(QFrame::NoFrame);
    summaryScroll->setFocusPolicy(Qt::NoFocus); // its fields take the keyboard, not the frame around them
    m_ui->summaryHolder->layout()->addWidget(summaryScroll);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setStretchFactor(2, 2);
    m_ui->splitter->setSizes({380, 700, 520});
    m_ui->sampleBanner->setAutoFillBackground(true);
    m_ui->sampleBanner->setBackgroundRole(QPalette::ToolTipBase);
    m_ui->sampleBanner->setForegroundRole(QPalette::ToolTipText);
    placeStatusItems();
    m_ui->filterBar->setLocations(m_log.locations().hierarchy().value_or(LocationHierarchy()));
    // One Tab order through the window: the form, then the log (filter bar, table), then the summary, each
    // area's own order kept.
    QList<QWidget *> order;
    for (QWidget *area : {m_ui->formHolder, m_ui->logHolder, m_ui->summaryHolder}) {
        for (QWidget *w = area->nextInFocusChain(); w != area; w = w->nextInFocusChain()) {
            if (area->isAncestorOf(w) && w->focusPolicy() != Qt::NoFocus) { // setTabOrder skips the others
                order << w;
            }
        }
    }
    for (qsizetype i = 1; i < order.size(); ++i) {
        setTabOrder(order[i - 1], order[i]);
    }
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
    m_emptyLogLabel = new QLabel(table->viewport());
    m_emptyLogLabel->setObjectName(QStringLiteral("emptyLogLabel"));
    m_emptyLogLabel->setAlignment(Qt::AlignCenter);
    m_emptyLogLabel->setWordWrap(true);
    m_emptyLogLabel->setMargin(24);
    m_emptyLogLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    (new QVBoxLayout(table->viewport()))->addWidget(m_emptyLogLabel); // follows the table's size
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyLog);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyLog);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyLog);
    updateEmptyLog();
    setInitialColumnWidths();
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
    // Coming to the log from the keyboard (Tab, F6) selects a row, so that F2 and Del act at once: the one
    // the cursor was on, else the newest.
    connect(qApp, &QApplication::focusChanged, this, [this, table](QWidget *, QWidget *now) {
        if (now == table && !table->selectionModel()->hasSelection() && m_model->rowCount() > 0) {
            table->selectRow(table->currentIndex().isValid() ? table->currentIndex().row() : 0);
        }
    });
}

void MainWindow::setInitialColumnWidths()
{
    // Widths from what the columns hold in this font and language, so that date to outcome fit the log's
    // share of a 1366×768 screen; a header wider than its values is elided, its tooltip says what it is.
    auto *table = m_ui->incidentTable;
    const QFontMetrics metrics = table->fontMetrics();
    const auto fit = [this, table, &metrics](int column, const QString &widest, int limit = 0) {
        const int header = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 24;
        const int value = metrics.horizontalAdvance(widest) + 14;
        table->setColumnWidth(column, limit > 0 ? std::min(std::max(header, value), limit) : std::max(header, value));
    };
    QString longestOutcome;
    for (Outcome o : kOutcomesListed) {
        longestOutcome = std::max(longestOutcome, outcomeLabel(o), [&metrics](const QString &a, const QString &b) {
            return metrics.horizontalAdvance(a) < metrics.horizontalAdvance(b);
        });
    }
    fit(IncidentTableModel::DateColumn, QStringLiteral("2021-08-03"));
    fit(IncidentTableModel::TimeColumn, QStringLiteral("23:59"));
    fit(IncidentTableModel::PersonsColumn, QLocale().toString(10000));
    fit(IncidentTableModel::LocationColumn, QStringLiteral("Medininkai PKP"));
    fit(IncidentTableModel::NationalitiesColumn, QStringLiteral("IQ 12, SY 20"));
    fit(IncidentTableModel::OutcomeColumn, longestOutcome, metrics.horizontalAdvance(QString(22, u'n')));
    fit(IncidentTableModel::ForceUsedColumn, IncidentTableModel::tr("Yes"));
    table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
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
    auto *dailyReport = new QAction(tr("&Daily report…"), this);
    dailyReport->setObjectName(QStringLiteral("dailyReportAction"));
    dailyReport->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    connect(dailyReport, &QAction::triggered, this, [this] {
        DailyReportDialog dialog(m_log, m_summary->day(), this);
        dialog.exec();
        m_summary->followSinceSetting();
    });
    dayMenu->addAction(dailyReport);
    dayMenu->addSeparator();
    dayMenu->addAction(m_accountability->auditTrailAction());
    dayMenu->addAction(m_accountability->conflictsAction());
    m_accountability->signOffAction()->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    m_accountability->reopenAction()->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+R")));
    m_accountability->auditTrailAction()->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+A")));
    QMenu *adminMenu = new QMenu(tr("&Admin"), this);
    adminMenu->addAction(m_accountability->accountsAction());
    adminMenu->addAction(m_accountability->locationsAction());
    menuBar()->insertMenu(m_ui->helpMenu->menuAction(), dayMenu);
    menuBar()->insertMenu(m_ui->helpMenu->menuAction(), adminMenu);
    m_ui->fileMenu->insertAction(m_ui->quitAction, m_accountability->switchUserAction());
    auto *preferences = new QAction(tr("Pre&ferences…"), this);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, [this] {
        const QString before = PreferencesDialog::language();
        PreferencesDialog dialog(m_log.locations().hierarchy().value_or(LocationHierarchy()), this);
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
        m_form->reloadLocations(); // the station's locations first
        if (PreferencesDialog::language() != before) {
            showMessage(tr("The language chosen takes effect when the app is started again."), 10000);
        }
    });
    m_ui->fileMenu->insertAction(m_ui->quitAction, preferences);
    m_ui->fileMenu->insertAction(m_ui->quitAction, m_accountability->changePasswordAction());
    m_ui->fileMenu->insertSeparator(m_ui->quitAction);
}

void MainWindow::addViewMenu()
{
    QMenu *viewMenu = new QMenu(tr("&View"), this);
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    const std::pair<QWidget *, QString> areas[] = {{m_ui->formHolder, tr("&Entry form")},
                                                   {m_ui->logHolder, tr("&Log")},
                                                   {m_ui->summaryHolder, tr("&Summary and charts")}};
    const auto settings = ApplicationIdentity::settings();
    QList<QAction *> toggles;
    for (const auto &[holder, text] : areas) {
        QWidget *const area = holder; // a lambda captures a variable, not a structured binding (C++17)
        auto *toggle = viewMenu->addAction(text);
        toggle->setObjectName(area->objectName() + QStringLiteral("Toggle"));
        toggle->setCheckable(true);
        const QString key = QStringLiteral("window/show_%1").arg(area->objectName());
        toggle->setChecked(settings->value(key, true).toBool());
        area->setVisible(toggle->isChecked());
        toggles << toggle;
        connect(toggle, &QAction::toggled, this, [area, key](bool shown) {
            area->setVisible(shown);
            ApplicationIdentity::settings()->setValue(key, shown);
        });
    }
    // One area always stays: the last one shown cannot be hidden.
    auto keepOne = [toggles] {
        const auto shown = std::count_if(toggles.cbegin(), toggles.cend(), [](QAction *a) { return a->isChecked(); });
        for (QAction *toggle : toggles) {
            toggle->setEnabled(!(shown == 1 && toggle->isChecked()));
        }
    };
    for (QAction *toggle : toggles) {
        connect(toggle, &QAction::toggled, this, keepOne);
    }
    if (std::none_of(toggles.cbegin(), toggles.cend(), [](QAction *a) { return a->isChecked(); })) {
        toggles.first()->setChecked(true);
    }
    keepOne();
    viewMenu->addSeparator();
    auto *next = viewMenu->addAction(tr("&Next area"), this, [this] { focusArea(1); });
    next->setShortcuts({QKeySequence(Qt::Key_F6), QKeySequence(Qt::CTRL | Qt::Key_Tab)});
    auto *previous = viewMenu->addAction(tr("&Previous area"), this, [this] { focusArea(-1); });
    previous->setShortcuts(
        {QKeySequence(Qt::SHIFT | Qt::Key_F6), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab)});
    menuBar()->insertMenu(m_ui->helpMenu->menuAction(), viewMenu);
}

void MainWindow::focusArea(int step)
{
    // The log's keyboard place is its table; the form's and the summary's their first field.
    const QList<QWidget *> areas{m_ui->formHolder, m_ui->logHolder, m_ui->summaryHolder};
    qsizetype current = 0;
    for (qsizetype i = 0; i < areas.size(); ++i) {
        if (areas[i]->isAncestorOf(QApplication::focusWidget())) {
            current = i;
        }
    }
    for (qsizetype n = 1; n <= areas.size(); ++n) {
        QWidget *area = areas[(current + step * n % areas.size() + areas.size()) % areas.size()];
        if (!area->isVisible()) {
            continue;
        }
        QWidget *target = area == m_ui->logHolder ? m_ui->incidentTable : area;
        if (target == area) {
            for (QWidget *w = area->nextInFocusChain(); w != area; w = w->nextInFocusChain()) {
                if (area->isAncestorOf(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
                    target = w;
                    break;
                }
            }
        }
        target->setFocus(Qt::ShortcutFocusReason);
        return;
    }
}

// Edit: undo and redo of this session's incident changes, and the clipboard for the focused field.
void MainWindow::addEditMenu()
{
    auto *undo = new IncidentUndo(m_log, this);
    connect(undo, &IncidentUndo::message, this, [this](const QString &text) { showMessage(text, 8000); });
    menuBar()->insertMenu(m_ui->editMenu->menuAction(), new EditMenu(*undo, this));
}

void MainWindow::connectActions()
{
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    // Another database, or a new incident, replaces what the form holds: asked first when it holds anything.
    connect(m_ui->newDatabaseAction, &QAction::triggered, m_databases, [this] {
        if (mayDiscardForm(tr("New database"))) {
            m_databases->choose(true);
        }
    });
    connect(m_ui->openDatabaseAction, &QAction::triggered, m_databases, [this] {
        if (mayDiscardForm(tr("Open database"))) {
            m_databases->choose(false);
        }
    });
    if (m_sync != nullptr) {
        // Where the app can reach a server: the national register opens in the same window (headquarters).
        auto *openNational = new QAction(tr("Open the national re&gister…"), this);
        openNational->setObjectName(QStringLiteral("openNationalRegisterAction"));
        const QList<QAction *> file = m_ui->fileMenu->actions();
        const qsizetype afterOpen = file.indexOf(m_ui->openDatabaseAction) + 1;
        m_ui->fileMenu->insertAction(afterOpen < file.size() ? file.at(afterOpen) : nullptr, openNational);
        connect(openNational, &QAction::triggered, m_databases, [this] {
            if (mayDiscardForm(tr("Open the national register"))) {
                m_databases->chooseServer();
            }
        });
    }
    connect(m_ui->openSampleAction, &QAction::triggered, m_databases, [this] {
        if (mayDiscardForm(tr("Sample database"))) {
            m_databases->openSample();
        }
    });
    connect(m_ui->exportAction, &QAction::triggered, this, &MainWindow::exportCsv);
    connect(m_ui->importAction, &QAction::triggered, m_import, &ImportController::chooseAndImport);
    connect(m_ui->newIncidentAction, &QAction::triggered, this, &MainWindow::startNewIncident);
    connect(m_ui->amendAction, &QAction::triggered, this, &MainWindow::amendSelected);
    connect(m_form, &IncidentForm::closedForRecording, m_ui->incidentTable,
            [this] { m_ui->incidentTable->setFocus(Qt::OtherFocusReason); });
    connect(m_ui->removeAction, &QAction::triggered, this, &MainWindow::removeSelected);
    connect(m_ui->userGuideAction, &QAction::triggered, this, [this] { UserGuide::open(this); });
    connect(m_ui->aboutAction, &QAction::triggered, this, [this] { AboutBox::show(this, m_log); });
    connect(m_ui->filterBar, &FilterBar::filterChanged, m_model, &IncidentTableModel::setFilter);
    connect(m_ui->filterBar, &FilterBar::filterChanged, m_summary, &SummaryPanel::setFilter);
    connect(m_ui->filterBar, &FilterBar::filterChanged, this, &MainWindow::updateShownTotals);
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
            [this] { m_ui->filterBar->setLocations(m_log.locations().hierarchy().value_or(LocationHierarchy())); });
    connect(&m_log, &IncidentLog::databaseReplaced, this, &MainWindow::updateStatus);
    connect(&m_log, &IncidentLog::databaseReplaced, this, &MainWindow::showDatabase);
}

void MainWindow::restoreSettings()
{
    const auto settings = ApplicationIdentity::settings();
    // A geometry saved on a bigger monitor is moved and shrunk onto this screen by restoreGeometry itself.
    if (!restoreGeometry(settings->value(kGeometryKey).toByteArray())) {
        fitToScreen();
    }
    restoreState(settings->value(kStateKey).toByteArray());
    m_ui->splitter->restoreState(settings->value(kSplitterKey).toByteArray());
    m_ui->incidentTable->horizontalHeader()->restoreState(settings->value(kHeaderKey).toByteArray());
    // The columns' widths and places are kept; the order always starts newest first.
    m_ui->incidentTable->horizontalHeader()->setSortIndicator(IncidentTableModel::DateColumn, Qt::DescendingOrder);
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
    const int form = std::max(m_form->minimumSizeHint().width(), 340);
    // The summary gets its minimum and its scroll bar, or three tenths of a wider screen for the charts.
    const int summary = std::max({m_summary->minimumSizeHint().width() + 24, 420, room.width() * 3 / 10});
    m_ui->splitter->setSizes({form, std::max(room.width() - form - summary, 400), summary});
}

void MainWindow::updateFormForActor()
{
    const Actor actor = m_log.session().actor();
    const bool accounts = m_log.session().usesAccounts().value_or(false);
    const bool writable = m_log.acceptsChanges();
    const bool mayAct = (!accounts || actor.hasAccount()) && AccessRules::mayRecord(actor).ok();
    // The national register takes headquarters' amendments, removals and restores, and no new incident.
    m_form->setAllowed(writable && mayAct, m_log.acceptsAmendments() && mayAct);
    for (QAction *action : {m_ui->newIncidentAction, m_ui->importAction}) {
        action->setEnabled(writable);
    }
    for (QAction *action : {m_ui->amendAction, m_ui->removeAction}) {
        action->setEnabled(m_log.acceptsAmendments());
    }
}

void MainWindow::showMessage(const QString &text, int timeout)
{
    statusBar()->showMessage(text, timeout);
}

MainWindow::~MainWindow() = default;

bool MainWindow::mayDiscardForm(const QString &title)
{
    if (m_form->hasWaitingSave()) {
        return Dialogs::confirm(this, title,
                                tr("An incident is still waiting to be saved: another program is writing to the "
                                   "database. Discard it?"));
    }
    if (!m_form->hasUnsavedInput()) {
        return true;
    }
    return Dialogs::confirm(this, title,
                            m_form->isEditing() ? tr("The amendment in the form is not saved. Discard it?")
                                                : tr("The incident in the form is not saved. Discard it?"));
}

void MainWindow::startNewIncident()
{
    if (!mayDiscardForm(tr("New incident"))) {
        return;
    }
    // Leaving an amendment returns to today and the last location of a new incident.
    if (m_form->isEditing()) {
        m_form->returnToNewIncident();
    } else {
        m_form->startNewIncident();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mayDiscardForm(tr("Quit"))) {
        event->ignore();
        return;
    }
    const auto settings = ApplicationIdentity::settings();
    settings->setValue(kGeometryKey, saveGeometry());
    settings->setValue(kStateKey, saveState());
    settings->setValue(kSplitterKey, m_ui->splitter->saveState());
    settings->setValue(kHeaderKey, m_ui->incidentTable->horizontalHeader()->saveState());
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
    m_totalsLabel->setText(IncidentText::incidentsAndPersons(sum.incidents, sum.persons));
    updateShownTotals();
}

void MainWindow::updateEmptyLog()
{
    const bool empty = m_model->rowCount() == 0;
    m_emptyLogLabel->setVisible(empty);
    if (!empty) {
        return;
    }
    m_emptyLogLabel->setText(
        m_model->filter() == IncidentFilter()
            ? tr("No incidents yet.\nRecord the first one in the form (Ctrl+Return saves), import a CSV (File › Import "
                 "CSV…), or look around in the sample (Help › Open sample database).")
            : tr("No incidents match the filter.\nClear shows them all."));
}

void MainWindow::updateShownTotals()
{
    const IncidentFilter &filter = m_model->filter();
    m_shownTotalsLabel->setVisible(filter != IncidentFilter());
    if (filter == IncidentFilter()) {
        return;
    }
    const auto shown = m_log.reads().tally(filter, TallyGrouping::Year);
    if (!shown) {
        m_shownTotalsLabel->setText(shown.message());
        return;
    }
    const TallyRow sum = shown->total();
    QString text = tr("Shown: %1").arg(IncidentText::incidentsAndPersons(sum.incidents, sum.persons));
    if (!filter.nationality.isEmpty()) {
        text += u' '
                + tr("(persons of %1 only, as in the summary and a tally export)")
                      .arg(NationalityCatalog::instance().displayName(filter.nationality));
    }
    m_shownTotalsLabel->setText(text);
}

void MainWindow::showDatabase()
{
    // The program's name ends the title in every language (the ministry's scripts look for it); ending with
    // it, it is not appended a second time as the application's display name.
    const bool sample = m_databases->showsSample();
    const QString location = m_log.databaseLocation();
    const QString name = sample                      ? tr("Sample data")
                         : isServerAddress(location) ? tr("National register")
                                                     : QFileInfo(location).fileName();
    setWindowTitle(QStringLiteral("%1 — Border Incident Log").arg(name));
    m_ui->sampleBanner->setVisible(sample);
}

void MainWindow::onSaved(const Incident &incident, bool amended)
{
    const QString what = amended ? tr("Amended") : tr("Saved");
    statusBar()->showMessage(
        tr("%1: %2, %3, %n person(s), %4", nullptr, incident.groupSize())
            .arg(what, IncidentText::formatDate(incident.date), incident.location, outcomeLabel(incident.outcome)),
        8000);
    // The summary stays on the day being looked at; a new incident puts the log back to newest first.
    if (!amended) {
        m_ui->incidentTable->horizontalHeader()->setSortIndicator(IncidentTableModel::DateColumn, Qt::DescendingOrder);
    }
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
    const auto incident = selectedIncident();
    if (!incident || (m_form->isEditing() && m_form->draft().id == incident->id)) {
        return;
    }
    if (mayDiscardForm(tr("Amend incident"))) {
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
        tr("Remove the incident of %1 at %2 (%n person(s), %3)?\nIt stays in the audit trail and is left out of "
           "all "
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
