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

// What changed between two snapshots, one line per field as a person reads it:
// "outcome: turned_back → detained". Empty when before is empty (a new incident).
QStringList differences(const QByteArray &before, const QByteArray &after);

// Any values the audit trail keeps (an incident, an account, a sign-off, an import's count) as a person
// reads them: "location: Medininkai; outcome: detained", without empty fields, digests and flags.
QString describe(const QByteArray &json);

} // namespace IncidentSnapshot

} // namespace borderlog
