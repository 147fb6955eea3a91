// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace borderlog::IncidentCsv {

// The columns of an incidents CSV in their standard order (IncidentCsv::header()): the reader's and the
// writer's index into a row.
enum Column {
    IncidentId,
    Date,
    Time,
    Location,
    Nationality,
    Persons,
    OutcomeColumn,
    ForceUsed,
    Notes,
    RecordedBy,
    RecordedAt,
    ColumnCount
};

} // namespace borderlog::IncidentCsv
