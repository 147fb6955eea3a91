// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incident.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

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
    // How much of the input has been read, from 0 to 1, or -1 when that is not known (a pipe).
    virtual double progress() const { return -1; }
};

// Told on the importing thread, once per thousand incidents or so, how much of the source has been read
// (IncidentSource::progress); returning false stops the import, which then writes nothing.
using ImportProgress = std::function<bool(double read)>;

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
    double progress() const override
    {
        return m_incidents.isEmpty() ? 1.0 : double(m_next) / double(m_incidents.size());
    }

private:
    const QList<Incident> &m_incidents;
    qsizetype m_next = 0;
};

} // namespace borderlog
