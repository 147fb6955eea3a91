// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incident.h"
#include "incidentline.h"

#include <QList>
#include <QUuid>

#include <array>

namespace borderlog::postgres {

class PgConnection;
class PgResult;

// How the national register's incident rows read back as incidents and as the CSV's lines: the one home of the
// columns selected and their order.
namespace PgIncidentRows {

// The incident's columns over borderlog.incident i, in the order incidentFrom() reads them.
extern const char *const kColumns;
// The same followed by one nationality line's (over borderlog.incident_line n): what lineFrom() reads.
const QByteArray &lineColumns();
// How many columns kColumns has: a line's own columns come after them.
constexpr int kColumnCount = 22;
constexpr int kLineColumnCount = kColumnCount + 6;
using LineStorage = std::array<QByteArray, kLineColumnCount>;

Incident incidentFrom(const PgResult &rows, int row);
NationalityCount nationalityFrom(const PgResult &rows, int row, int column);
// Fills each incident's nationality lines (one query for the list).
void loadNationalities(PgConnection &connection, QList<Incident> &incidents);

// One row of lineColumns() as the CSV's line: its values are kept in `storage` until the next call.
void lineFrom(const PgResult &rows, int row, IncidentLine &line, LineStorage &storage);

} // namespace PgIncidentRows

} // namespace borderlog::postgres
