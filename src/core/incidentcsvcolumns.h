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
    // Schema 8, appended: a nationality line's breakdown, then the incident's details (IncidentDetails).
    Men,
    Women,
    Children,
    UnaccompaniedMinors,
    DetectionColumn,
    DirectionColumn,
    BorderSectorColumn,
    CountEstimated,
    Injured,
    Dead,
    Missing,
    AidGivenColumn,
    ForceTypeColumn,
    RefusalReasonsColumn,
    Facilitators,
    FacilitatorNationalities,
    RelatedTo,
    ColumnCount
};

// The columns of the layout before schema 8 (`export --columns v1`): IncidentId … RecordedAt.
inline constexpr int kV1ColumnCount = RecordedAt + 1;

} // namespace borderlog::IncidentCsv
