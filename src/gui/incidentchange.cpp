// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentchange.h"

#include "changestamp.h"
#include "incidentlog.h"

#include <QScopedValueRollback>

namespace borderlog {

IncidentChange::IncidentChange(Context &context, const QString &text, State before, State after)
    : m_context(context)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(text);
}

IncidentChange *IncidentChange::recorded(Context &context, const Incident &incident)
{
    // Undone, a recorded incident is removed; redone, the same incident (same incident_id) is restored.
    return new IncidentChange(context, tr("Record incident"), State{incident, true}, State{incident, false});
}

IncidentChange *IncidentChange::amended(Context &context, const Incident &before, const Incident &after)
{
    return new IncidentChange(context, tr("Amend incident"), State{before, false}, State{after, false});
}

IncidentChange *IncidentChange::removed(Context &context, const Incident &incident)
{
    return new IncidentChange(context, tr("Remove incident"), State{incident, false}, State{incident, true});
}

void IncidentChange::undo()
{
    if (m_skipUndo) {
        m_skipUndo = false;
        return;
    }
    apply(true);
}

void IncidentChange::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    apply(false);
}

void IncidentChange::apply(bool undoing)
{
    const Result<void> moved = undoing ? move(m_after, m_before, QString::fromLatin1(ChangeReason::kUndone))
                                       : move(m_before, m_after, QString::fromLatin1(ChangeReason::kRedone));
    if (!moved && moved.failure().busy) {
        // Nothing was written: the stack is stepped back over this change at once, which only skips.
        (undoing ? m_skipRedo : m_skipUndo) = true;
    } else if (!moved) {
        setObsolete(true); // QUndoStack deletes it when this returns
    }
    m_context.told(*this, undoing, moved);
}

Result<void> IncidentChange::move(const State &from, const State &to, const QString &reason)
{
    const QScopedValueRollback applying(m_context.applying, true);
    IncidentCommands &incidents = m_context.log.incidents();
    const QUuid id = from.values.id;
    if (from.removed) {
        auto restored = incidents.restore(id, reason, from.values);
        return restored ? Result<void>() : restored.failure();
    }
    if (to.removed) {
        return incidents.remove(id, reason, from.values);
    }
    auto amended = incidents.amend(to.values, reason, from.values);
    return amended ? Result<void>() : amended.failure();
}

} // namespace borderlog
