// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcheck.h"

#include "accessrules.h"
#include "incidentrules.h"
#include "locationnames.h"

namespace borderlog {

ImportCheck::ImportCheck(IncidentSource &inner, Actor importer, Register state, LocationNames &spellings,
                         std::function<Incident(Incident)> complete)
    : m_inner(inner)
    , m_importer(std::move(importer))
    , m_state(std::move(state))
    , m_spellings(spellings)
    , m_complete(std::move(complete))
{}

bool ImportCheck::next(Incident &incident)
{
    if (!m_inner.next(incident)) {
        return false;
    }
    if (incident.recordedBy.trimmed().isEmpty()) {
        incident.recordedBy = m_importer.name;
    }
    incident.location = m_spellings.canonical(incident.location);
    incident = m_complete(std::move(incident));
    for (const auto &e : IncidentRules::check(incident, m_state.now) + problemsOf(incident)) {
        m_problems << QStringLiteral("%1: %2: %3").arg(m_inner.where(), e.field, e.rule);
    }
    return true;
}

QList<FieldError> ImportCheck::problemsOf(const Incident &incident) const
{
    QList<FieldError> errors;
    if (m_state.signedDays.contains(incident.date)) {
        errors << FieldError{QString::fromLatin1(IncidentRules::kDate), IncidentRules::signedDayRule(incident.date)};
    }
    if (m_state.known && !m_state.known->contains(incident.location)) {
        errors << FieldError{QString::fromLatin1(IncidentRules::kLocation),
                             IncidentRules::unknownLocationRule(incident.location)};
    }
    if (auto named = AccessRules::mayImportRecordedBy(m_importer, incident.recordedBy); !named) {
        errors << FieldError{QString::fromLatin1(IncidentRules::kRecordedBy), named.message()};
    }
    return errors;
}

} // namespace borderlog
