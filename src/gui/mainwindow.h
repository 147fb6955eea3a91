// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaseswitcher.h"
#include "incident.h"
#include "synccontroller.h"

#include <QMainWindow>

#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}

class QLabel;

namespace borderlog {

class AccountabilityActions;
class ImportController;
class IncidentForm;
class IncidentLog;
class IncidentTableModel;
class SummaryPanel;
class SyncController;

// The window of `borderlog`: entry form on the left, the log table with its filter bar in the
// middle, the supervisor's summary with charts on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Without a connector the window has no sync with the national register.
    MainWindow(IncidentLog &log, DatabaseOpener opener, ServerConnector connector = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    IncidentForm *form() const { return m_form; }
    IncidentTableModel *model() const { return m_model; }
    SummaryPanel *summary() const { return m_summary; }
    AccountabilityActions *accountability() const { return m_accountability; }
    ImportController *importer() const { return m_import; }
    SyncController *sync() const { return m_sync; }

    // Switches to the database at path; on failure tells why and keeps the current one.
    bool openDatabase(const QString &path);
    // Starts the import of an incidents CSV into the open database, all or nothing, on a thread of its own;
    // tells the result (ImportController::finished). Returns whether the import started.
    bool importCsv(const QString &path);
    // Opens the sample database, creating it from the bundled sample on first use.
    bool openSampleDatabase();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void placePanels();
    void placeStatusItems();
    // View: show or hide the form, the log and the summary; F6 / Ctrl+Tab (and with Shift, backwards) move
    // the keyboard between them.
    void addViewMenu();
    void focusArea(int step);
    void setUpTable();
    void setInitialColumnWidths();
    void addAccountabilityMenus();
    void addEditMenu();
    void connectActions();
    void connectRegister();
    void restoreSettings();
    // The first start's size and place: what fits the screen the window opens on.
    void fitToScreen();
    void updateFormForActor();
    void exportCsv();
    void amendSelected();
    void removeSelected();
    void updateStatus();
    void updateShownTotals();
    // An empty log says what to do instead of showing a blank table.
    void updateEmptyLog();
    // The title names the open database; the sample is marked as what it is.
    void showDatabase();
    // Whether what the form holds may go: true when it holds nothing unsaved or the officer says so.
    bool mayDiscardForm(const QString &title);
    void startNewIncident();
    void showMessage(const QString &text, int timeout);
    void onSaved(const Incident &incident, bool amended);
    std::optional<Incident> selectedIncident() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    IncidentLog &m_log;
    DatabaseOpener m_opener;
    IncidentForm *m_form;
    IncidentTableModel *m_model;
    SummaryPanel *m_summary;
    AccountabilityActions *m_accountability;
    DatabaseSwitcher *m_databases;
    ImportController *m_import;
    SyncController *m_sync;
    QLabel *m_pathLabel;
    QLabel *m_totalsLabel;
    QLabel *m_shownTotalsLabel; // under the log: what the filter shows, counted as the tally counts it
    QLabel *m_emptyLogLabel;    // over the log's table while it has no rows
};

} // namespace borderlog
