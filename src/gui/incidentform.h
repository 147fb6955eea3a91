// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incident.h"
#include "result.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class IncidentForm;
}

class QLabel;

class QTimer;

namespace borderlog {

class IncidentDetailsEditor;
class IncidentLog;

// The entry form: records a new incident or amends one picked in the table. Keyboard first:
// Ctrl+Return saves, Escape cancels an amendment. Broken rules are shown next to their fields; after
// a save, date and location stay for the next group and everything else is cleared.
class IncidentForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentForm)

public:
    explicit IncidentForm(IncidentLog &log, QWidget *parent = nullptr);
    ~IncidentForm() override;

    IncidentDetailsEditor *detailsEditor() const { return m_details; }
    // Loads an existing incident for amendment.
    void editIncident(const Incident &incident);
    // What the form takes now: a new incident, an amendment (the national register takes amendments only). The
    // form is enabled while it holds what it may save.
    void setAllowed(bool recording, bool amending);
    bool isEditing() const { return !m_editing.id.isNull(); }
    // The incident as the form holds it now, before the register's rules are checked.
    Incident draft() const;
    // Field errors from the last save attempt, as shown next to the fields.
    QStringList shownErrors() const;
    // Whether a save found the database busy and waits to be tried again (closing now would lose it).
    bool hasWaitingSave() const { return m_queued.has_value(); }
    // Whether the form holds something typed that is not saved: for a new incident, anything beyond the
    // date, time and location kept for the next group; for an amendment, any change or a reason.
    bool hasUnsavedInput() const;

public slots:
    bool save();
    void startNewIncident();
    // After an amendment, saved or cancelled: a new incident on today's date at the last location used for a
    // new one (not the amended incident's).
    void returnToNewIncident();
    // The keyboard focus to the first field a new incident needs: the location until one was used, else the
    // nationality.
    void focusFirstToFill();
    void reloadLocations();

signals:
    void saved(const Incident &incident, bool amended);
    // Back to a new incident where the register takes none (the national register): the form is disabled, and the
    // keyboard's focus should go elsewhere.
    void closedForRecording();

private:
    // A location the register does not know yet is never added by accident: a half-typed name is completed
    // or confirmed as new first. False when the officer goes back to the field.
    bool confirmLocation();
    void showErrors(const QList<FieldError> &errors);
    void showFormMessage(const QString &message);
    void clearErrors();
    QLabel *errorLabelFor(const QString &field) const;
    // The field an error label belongs to (where the cursor goes for the first error).
    QWidget *fieldOf(const QLabel *errorLabel) const;
    void updateGroupSize();
    // A save that found the database busy with another program's write (a large import) is tried again
    // every few seconds while the form holds the same values; nothing typed is lost meanwhile.
    void queueSave(const Incident &incident);
    void retryQueuedSave();

    // The Details section below the notes, following the form's lines, outcome and force.
    void addDetailsSection();
    // The detection method last saved at this desktop's station: a new incident's default there.
    static Detection rememberedDetection();
    static void rememberDetection(Detection detection);

    std::unique_ptr<Ui::IncidentForm> m_ui;
    IncidentLog &m_log;
    IncidentDetailsEditor *m_details = nullptr;
    Incident m_editing; // the incident being amended; null id for a new one
    QTimer *m_retry = nullptr;
    std::optional<Incident> m_queued; // the values of the save waiting for the database
    QString m_queuedReason;
    QString m_confirmedLocation; // a new location the officer confirmed adding
    bool m_recordingAllowed = true;
    bool m_amendingAllowed = true;
};

} // namespace borderlog
