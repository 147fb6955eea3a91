// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incident.h"
#include "result.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QToolButton;

namespace borderlog {

// The entry form's "Details" section: who was in the group (per nationality line), how it was detected,
// casualties, aid, the kind of force, refusal reasons, facilitators and a related incident. Closed, its
// fields are hidden and Tab passes them by; Ctrl+D (or its button) opens and closes it. Built in code: its
// breakdown rows follow the form's nationality lines.
class IncidentDetailsEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentDetailsEditor)

public:
    explicit IncidentDetailsEditor(QWidget *parent = nullptr);

    // Loads an incident's details and its lines' breakdowns (`lines` in the form's order).
    void load(const IncidentDetails &details, const QList<NationalityCount> &lines);
    // A new incident's: every field at its default but the detection, the station's last one.
    void reset(Detection detection);
    // The details as shown; the kind of force only when `forceUsed` (unspecified unless a kind is chosen).
    IncidentDetails details(bool forceUsed) const;
    // What the typed fields hold that no rule can read (a facilitator's nationality, the related incident_id).
    QList<FieldError> textProblems() const;
    // The breakdown of line `index` (the form's order) into `line`.
    void applyBreakdown(int index, NationalityCount &line) const;
    // One breakdown row per nationality line, labelled with its text; rows keep their values by position.
    void setLineLabels(const QStringList &labels);
    // The form's line `index` was removed: its breakdown row goes, the later ones move up with their lines.
    void removeLine(int index);
    // Refusal reasons are for turned back only; the kind of force for force used only.
    void setOutcome(Outcome outcome);
    void setForceUsed(bool used);

    bool isOpen() const;
    void setOpen(bool open);
    // Whether anything differs from a new incident's defaults (a count, a reason, a related incident …).
    bool hasInput() const;
    QToolButton *toggleButton() const { return m_toggle; }

signals:
    void changed();

private:
    struct BreakdownRow
    {
        QWidget *widget;
        QSpinBox *men;
        QSpinBox *women;
        QSpinBox *children;
        QSpinBox *unaccompanied;
    };

    void buildFields();
    void buildBreakdown();
    QComboBox *buildForceCombo();
    QListWidget *buildReasonsList();
    QSpinBox *countSpin(int maximum);
    template <typename E>
    QComboBox *choiceCombo();
    template <typename E>
    static void select(QComboBox *combo, E value);
    template <typename E>
    static E chosen(const QComboBox *combo);
    void addBreakdownRow();

    QToolButton *m_toggle;
    QWidget *m_body;
    QFormLayout *m_form = nullptr;
    QWidget *m_breakdown = nullptr;
    QList<BreakdownRow> m_rows;
    QComboBox *m_detection = nullptr;
    QComboBox *m_direction = nullptr;
    QComboBox *m_sector = nullptr;
    QCheckBox *m_estimated = nullptr;
    QSpinBox *m_injured = nullptr;
    QSpinBox *m_dead = nullptr;
    QSpinBox *m_missing = nullptr;
    QComboBox *m_aid = nullptr;
    QComboBox *m_force = nullptr;
    QListWidget *m_reasons = nullptr;
    QSpinBox *m_facilitators = nullptr;
    QLineEdit *m_facilitatorNationalities = nullptr;
    QLineEdit *m_related = nullptr;
    bool m_turnedBack = true; // refusal reasons are read for turned back only (not whether the list is enabled:
                              // a disabled form disables it too)
};

} // namespace borderlog
