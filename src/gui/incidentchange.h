// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incident.h"
#include "result.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace borderlog {

class IncidentLog;

// One change the window made to one incident (recorded, amended or removed), as Edit > Undo takes it back and
// Edit > Redo makes it again. Each is a write of its own through IncidentCommands, validated, authorized and
// audited like any other, with the reason ChangeReason::kUndone or kRedone: undoing a record removes the
// incident, undoing a removal restores it, undoing an amendment amends it back (redo the other way round).
// Each is made only while the stored incident is still as this change expects it; when someone else has
// changed it since, or a rule refuses, nothing is written and the change is dropped from the stack.
class IncidentChange : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(IncidentChange)

public:
    // What the changes of one stack share: the register; whether one of them is being undone or redone now
    // (so that the register's announcements of it are not taken for new changes); who is told how each undo
    // (`undoing`) or redo went. When the database was only busy, the change stays where it was and the
    // failure says so (Failure::busy).
    struct Context
    {
        IncidentLog &log;
        std::function<void(const IncidentChange &change, bool undoing, const Result<void> &outcome)> told;
        bool applying = false;
    };

    static IncidentChange *recorded(Context &context, const Incident &incident);
    static IncidentChange *amended(Context &context, const Incident &before, const Incident &after);
    static IncidentChange *removed(Context &context, const Incident &incident);

    void undo() override;
    void redo() override;

private:
    // The incident as a change left it.
    struct State
    {
        Incident values;
        bool removed = false;
    };

    IncidentChange(Context &context, const QString &text, State before, State after);
    // The one write that takes the incident from `from` to `to`, refused unless it is stored as `from`.
    Result<void> move(const State &from, const State &to, const QString &reason);
    // Undo (from after to before) or redo; on a refusal the change is dropped, or kept where it was when the
    // database was only busy (the stack is stepped back by the one told, through the skip flags).
    void apply(bool undoing);

    Context &m_context;
    State m_before;
    State m_after;
    bool m_skipRedo = true; // the first redo, when pushed: the change is made already
    bool m_skipUndo = false;
};

} // namespace borderlog
