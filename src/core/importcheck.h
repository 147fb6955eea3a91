// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account.h"
#include "incidentsource.h"
#include "result.h"

#include <QDate>
#include <QSet>

#include <functional>

namespace borderlog {

class LocationNames;

// The one validation of an import's incidents, whatever the source checked already: each incident is
// completed (incident_id, recorded_by, recorded_at when missing, the register's spelling of its location)
// and checked against IncidentRules, the signed days, the known locations (with accounts) and whose name
// the importer may put in recorded_by. Problems are collected with the source's own (by line), so that the
// store writes nothing when there is any. The store checks the signed days once more inside its write,
// where a sign-off cannot slip in.
class ImportCheck final : public IncidentSource
{
public:
    struct Register
    {
        QDateTime now; // the border's local date and time (IncidentRules::check)
        QSet<QDate> signedDays;
        const LocationNames *known = nullptr; // with accounts: the locations an admin added; else null
    };
    ImportCheck(IncidentSource &inner, Actor importer, Register state, LocationNames &spellings,
                std::function<Incident(Incident)> complete);

    bool next(Incident &incident) override;
    QString where() const override { return m_inner.where(); }
    QStringList problems() const override { return m_inner.problems() + m_problems; }
    double progress() const override { return m_inner.progress(); }

private:
    QList<FieldError> problemsOf(const Incident &incident) const;

    IncidentSource &m_inner;
    Actor m_importer;
    Register m_state;
    LocationNames &m_spellings; // learns the file's new locations, so that one spelling files them all
    std::function<Incident(Incident)> m_complete;
    QStringList m_problems;
};

} // namespace borderlog
