// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incident.h"

#include <QByteArray>
#include <QStringList>

namespace borderlog {

// An incident's values as one canonical JSON text (keys in a fixed order, no spaces): what the audit trail
// keeps before and after every change and what `audit verify` compares with the rows.
namespace IncidentSnapshot {

QByteArray of(const Incident &incident, bool removed = false);

// An incident read back from its snapshot, and whether the snapshot marks it removed.
struct Read
{
    Incident incident;
    bool removed = false;
};
// The incident a snapshot holds, when the snapshot is exactly what `of` writes for it (every byte: keys, order,
// format, spacing); nothing for any other text. What a register takes from elsewhere (a change pulled from the
// national register) is read with it, so that the values kept are the very ones the sealed text says.
std::optional<Read> read(const QByteArray &snapshot);

// The snapshot with its location replaced by `location`, every other byte as it was: what the snapshot would
// have been under another name of the same location (renames and merges of locations happen between
// the entries of one incident; `audit verify` compares them under one name).
QByteArray relocated(const QByteArray &snapshot, const QString &location);
// The location a snapshot names.
QString locationOf(const QByteArray &snapshot);

// What changed between two snapshots, one line per field as a person reads it:
// "outcome: turned_back → detained". Empty when before is empty (a new incident).
QStringList differences(const QByteArray &before, const QByteArray &after);

// Any values the audit trail keeps (an incident, an account, a sign-off, an import's count) as a person
// reads them: "location: Medininkai; outcome: detained", without empty fields, digests and flags.
QString describe(const QByteArray &json);

} // namespace IncidentSnapshot

} // namespace borderlog
