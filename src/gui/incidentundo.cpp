// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentundo.h"

#include "dialogs.h"
#include "incidentlog.h"

#include <QAction>
#include <QUndoStack>
#include <QWidget>

namespace borderlog {

IncidentUndo::IncidentUndo(IncidentLog &log, QWidget *window)
    : QObject(window)
    , m_log(log)
    , m_window(window)
    , m_context{log, [this](const IncidentChange &change, bool undoing,
                            const Result<void> &outcome) { told(change, undoing, outcome); }}
    , m_stack(new QUndoStack(this))
    , m_undo(m_stack->createUndoAction(this))
    , m_redo(m_stack->createRedoAction(this))
    , m_actor(log.session().actor())
{
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_undo->setShortcuts(QKeySequence::Undo);
    // The platform's Redo keys, and Ctrl+Shift+Z on every platform (some have only Ctrl+Y).
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (const QKeySequence shiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z); !redoKeys.contains(shiftZ)) {
        redoKeys.prepend(shiftZ);
    }
    m_redo->setShortcuts(redoKeys);
    const RegisterEvents &events = log.events();
    connect(&events, &RegisterEvents::incidentRecorded, this,
            [this](const Incident &incident) { push(IncidentChange::recorded(m_context, incident)); });
    connect(&events, &RegisterEvents::incidentAmended, this, [this](const Incident &before, const Incident &after) {
        push(IncidentChange::amended(m_context, before, after));
    });
    connect(&events, &RegisterEvents::incidentRemoved, this,
            [this](const Incident &incident) { push(IncidentChange::removed(m_context, incident)); });
    connect(&events, &RegisterEvents::databaseSwitched, m_stack, &QUndoStack::clear);
    connect(&events, &RegisterEvents::actorChanged, this, &IncidentUndo::onActorChanged);
}

IncidentUndo::~IncidentUndo() = default;

void IncidentUndo::push(IncidentChange *change)
{
    if (m_context.applying) {
        delete change; // the announcement of an undo or redo under way, not a change of its own
        return;
    }
    m_stack->push(change);
}

void IncidentUndo::onActorChanged()
{
    const Actor actor = m_log.session().actor();
    if (actor.name != m_actor.name || actor.role != m_actor.role) {
        m_stack->clear();
    }
    m_actor = actor;
}

void IncidentUndo::told(const IncidentChange &change, bool undoing, const Result<void> &outcome)
{
    if (outcome) {
        emit message(undoing ? tr("Undone: %1").arg(change.text()) : tr("Redone: %1").arg(change.text()));
        return;
    }
    // The stack is still at work: the refusal is shown, and the stack stepped back, once it is done. A change
    // refused for good is deleted by then; only a kept one is looked for again.
    const QUndoCommand *kept = outcome.failure().busy ? &change : nullptr;
    QMetaObject::invokeMethod(
        this,
        [this, text = change.text(), kept, undoing, failure = outcome.failure()] {
            showRefusal(text, kept, undoing, failure);
        },
        Qt::QueuedConnection);
}

void IncidentUndo::showRefusal(const QString &change, const QUndoCommand *kept, bool undoing, const Failure &failure)
{
    const QString title = undoing ? tr("Undo") : tr("Redo");
    if (kept) {
        // The change stayed where it was: the stack steps back over it (the change only skips), unless the
        // stack has moved on meanwhile (cleared, or a new change pushed).
        const int at = undoing ? m_stack->index() : m_stack->index() - 1;
        if (at >= 0 && at < m_stack->count() && m_stack->command(at) == kept) {
            undoing ? m_stack->redo() : m_stack->undo();
        }
        Dialogs::warn(m_window, title,
                      (undoing ? tr("“%1” was not undone: %2\nNothing was changed; try again once the other program "
                                    "is done.")
                               : tr("“%1” was not redone: %2\nNothing was changed; try again once the other program "
                                    "is done."))
                          .arg(change, failure.message));
        return;
    }
    Dialogs::warn(m_window, title,
                  (undoing ? tr("“%1” cannot be undone: %2\nNothing was changed, and the change is taken off the "
                                "Edit menu.")
                           : tr("“%1” cannot be redone: %2\nNothing was changed, and the change is taken off the "
                                "Edit menu."))
                      .arg(change, failure.message));
}

} // namespace borderlog
