// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account.h"
#include "incidentchange.h"

#include <QObject>

class QAction;
class QUndoCommand;
class QUndoStack;
class QWidget;

namespace borderlog {

class IncidentLog;

// Edit > Undo and Redo for the incidents the window records, amends and removes in this session: a QUndoStack
// of IncidentChange, one pushed for each such change its register announces (RegisterEvents). Emptied when
// another database is opened and when someone else acts (another login, a logout): a change is taken back
// only by whoever made it, on the database it was made on.
class IncidentUndo : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentUndo)

public:
    IncidentUndo(IncidentLog &log, QWidget *window);
    ~IncidentUndo() override;

    QUndoStack *stack() const { return m_stack; }
    // "Undo Record incident", Ctrl+Z; "Redo …", Ctrl+Shift+Z (the platform's keys).
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

signals:
    // A message for the status bar.
    void message(const QString &text);

private:
    void push(IncidentChange *change);
    void onActorChanged();
    // Told by a change how its undo or redo went, while the stack is at work; a refusal is shown afterwards.
    void told(const IncidentChange &change, bool undoing, const Result<void> &outcome);
    // `kept`: the change, when the database was busy and it stays on the stack.
    void showRefusal(const QString &change, const QUndoCommand *kept, bool undoing, const Failure &failure);

    IncidentLog &m_log;
    QWidget *m_window;
    IncidentChange::Context m_context;
    QUndoStack *m_stack;
    QAction *m_undo;
    QAction *m_redo;
    Actor m_actor; // who made the changes on the stack
};

} // namespace borderlog
