// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentfilter.h"
#include "pgconnection.h"

#include <QCoreApplication>
#include <QStringList>

namespace borderlog::postgres {

// An IncidentFilter as the conditions of a query on the national register, each value a bound parameter ($1,
// $2, …, numbered in the order they are added): over the incidents (alias i) or over a day or month tally
// (alias t, its period column named). The one home of what a filter selects there, as FilterSql is SQLite's.
// The national register files each incident under its site's station, and every station under one district,
// Unassigned (it knows no frontier districts yet): a district filter selects everything or nothing.
class PgFilterSql
{
    Q_DECLARE_TR_FUNCTIONS(PgFilterSql)

public:
    // Incidents that are not removed.
    static PgFilterSql incidents(const IncidentFilter &filter);
    // Rows of a tally table; `byNationality`: the rows of each nationality, else the rows of all together.
    // The filter's dates bound the period column unless `from` and `to` (ISO days or months) are given.
    static PgFilterSql tallies(const IncidentFilter &filter, bool byNationality, const QString &period);

    // A further condition with its own values ("(…) > ($4, $5)"): `placeholder` numbers each.
    QString placeholder(const QByteArray &value);
    QString placeholder(qint64 value);
    void add(const QString &condition) { m_conditions << condition; }

    // " WHERE …", or nothing when nothing restricts.
    QString where() const;
    const PgParameters &parameters() const { return m_parameters; }

private:
    QStringList m_conditions;
    PgParameters m_parameters;
};

} // namespace borderlog::postgres
