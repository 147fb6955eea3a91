// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incident.h"

#include <QDate>
#include <QList>

#include <random>

namespace borderlog {

// Deterministic, realistic incidents for tests and benchmarks: several border sections, a skewed
// nationality mix, group sizes from 1 to hundreds, seasonal waves and a few surges. The same settings
// give the same incidents on every machine (own distributions over std::mt19937_64, whose output the
// C++ standard fixes; the standard distributions are not portable).
class IncidentGenerator
{
public:
    struct Settings
    {
        quint64 seed = 1;
        QDate from{2015, 1, 1};
        QDate to{2024, 12, 31};
    };

    explicit IncidentGenerator(const Settings &settings);

    Incident next();

private:
    double uniform(); // [0, 1)
    int pick(const QList<double> &cumulative);
    QDate day();

    std::mt19937_64 m_random;
    QDate m_from;
    QList<double> m_dayWeights; // cumulative
    QList<double> m_locationWeights;
    QList<double> m_nationalityWeights;
    QList<double> m_outcomeWeights;
};

} // namespace borderlog
