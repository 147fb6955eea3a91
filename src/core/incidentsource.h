#pragma once

#include "incident.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace borderlog {

// A stream of incidents to import: read one at a time, so that an import of any size needs memory for
// one incident, not the whole file. A source that found problems says so; the import then writes nothing.
class IncidentSource
{
public:
    virtual ~IncidentSource() = default;

    // The next incident, or false at the end.
    virtual bool next(Incident &incident) = 0;
    // Where the last incident came from, for messages ("file.csv:12").
    virtual QString where() const = 0;
    // Problems found so far (one line each); an import with problems writes nothing.
    virtual QStringList problems() const = 0;
    bool failed() const { return !problems().isEmpty(); }
};

// Incidents already in memory.
class IncidentListSource final : public IncidentSource
{
public:
    explicit IncidentListSource(const QList<Incident> &incidents)
        : m_incidents(incidents)
    {}

    bool next(Incident &incident) override
    {
        if (m_next >= m_incidents.size()) {
            return false;
        }
        incident = m_incidents[m_next++];
        return true;
    }
    QString where() const override { return QStringLiteral("incident %1").arg(m_next); }
    QStringList problems() const override { return {}; }

private:
    const QList<Incident> &m_incidents;
    qsizetype m_next = 0;
};

} // namespace borderlog
