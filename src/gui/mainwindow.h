#pragma once

#include "incident.h"
#include "registerstore.h"

#include <QMainWindow>

#include <functional>
#include <memory>

namespace Ui {
class MainWindow;
}

class QLabel;

namespace borderlog {

class AccountabilityActions;
class IncidentForm;
class IncidentLog;
class IncidentTableModel;
class SummaryPanel;

// Opens (or creates) the database at a path; the app wires in the storage it uses.
using DatabaseOpener = std::function<Result<std::unique_ptr<RegisterStore>>(const QString &path)>;

// The window of `borderlog`: entry form on the left, the log table with its filter bar in the
// middle, the supervisor's summary with charts on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(IncidentLog &log, DatabaseOpener opener, QWidget *parent = nullptr);
    ~MainWindow() override;

    IncidentForm *form() const { return m_form; }
    IncidentTableModel *model() const { return m_model; }
    SummaryPanel *summary() const { return m_summary; }
    AccountabilityActions *accountability() const { return m_accountability; }
    Ui::MainWindow &ui() { return *m_ui; }

    // Asked before an incident is removed: the reason, or nothing when the person cancels. A dialog by
    // default, replaced in tests.
    using RemovalConfirmation = std::function<std::optional<QString>(const Incident &)>;
    void setRemovalConfirmation(RemovalConfirmation confirm) { m_confirmRemoval = std::move(confirm); }
    // Tests: import problems are kept in lastImportMessage() instead of shown in a dialog.
    void setQuietImport(bool quiet) { m_quietImport = quiet; }
    QString lastImportMessage() const { return m_lastImportMessage; }

    // Switches to the database at path; on failure tells why and keeps the current one.
    bool openDatabase(const QString &path);
    // Imports an incidents CSV into the open database, all or nothing; tells the result. Returns whether
    // the file was imported.
    bool importCsv(const QString &path);
    // Opens the sample database, creating it from the bundled sample on first use.
    bool openSampleDatabase();
    // Resource path of the bundled sample (incidents CSV).
    static QString sampleResource();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void chooseDatabase(bool create);
    void exportCsv();
    void amendSelected();
    void removeSelected();
    void showAbout();
    void updateStatus();
    void onSaved(const Incident &incident, bool amended);
    std::optional<Incident> selectedIncident() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    IncidentLog &m_log;
    DatabaseOpener m_opener;
    IncidentForm *m_form;
    IncidentTableModel *m_model;
    SummaryPanel *m_summary;
    AccountabilityActions *m_accountability;
    QLabel *m_pathLabel;
    QLabel *m_totalsLabel;
    RemovalConfirmation m_confirmRemoval;
    bool m_quietImport = false;
    QString m_lastImportMessage;
};

} // namespace borderlog
