// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentgenerator.h"

#include <QtMath>

#include <algorithm>
#include <array>

namespace borderlog {

namespace {

const std::array kLocations = {"Druskininkai",          "Varėna",        "Šalčininkai", "Dieveniškės",
                               "Medininkai checkpoint", "Švenčionys",    "Adutiškis",   "Tverečius",
                               "Padvarionys",           "Kapčiamiestis", "Latežeris",   "Purvėnai",
                               "Lavoriškės checkpoint"};
// Ordered by how often they occur; weights fall off as 1/rank (Zipf).
const std::array kNationalities = {"IQ", "SY", "AF", "UA", "ZZ", "VN", "MD", "RU", "GE", "SO", "BY", "TR", "ER",
                                   "ET", "IR", "PK", "CM", "CD", "NG", "IN", "BD", "LK", "YE", "SD", "EG", "MA",
                                   "DZ", "TN", "GN", "CI", "ML", "SN", "KG", "TJ", "UZ", "XX", "CU", "LB", "PS"};
const std::array kNotes = {"",
                           "",
                           "",
                           "",
                           "",
                           "",
                           "",
                           "",
                           "",
                           "",
                           "",
                           "",
                           "",
                           "",
                           "",
                           "",
                           "",
                           "",
                           "",
                           "Group split up before the line.",
                           "Two minors in the group.",
                           "Brought back from the forest strip; medical help given.",
                           "Said they came on a flight from Baghdad to Minsk.",
                           "Asked for asylum at the line.",
                           "Fence damaged over 3 m.",
                           "Handed over to the police."};
// The first six outcomes only: the outcomes added in schema 7 are left out so that a seed generates the
// same register as it always did (the benchmarks' and the sample's figures stay comparable).
constexpr std::array kOutcomeWeights = {45.0, 30.0, 12.0, 8.0, 4.0, 1.0};

QList<double> cumulative(QList<double> weights)
{
    double sum = 0;
    for (double &w : weights) {
        sum += w;
        w = sum;
    }
    return weights;
}

} // namespace

IncidentGenerator::IncidentGenerator(const Settings &settings)
    : m_random(settings.seed)
    , m_from(settings.from)
{
    // Each day's weight: a summer wave, plus surges of a few weeks placed by the seed.
    const qint64 days = std::max<qint64>(1, settings.from.daysTo(settings.to) + 1);
    QList<std::pair<qint64, double>> surges;
    for (int i = 0; i < std::max<qint64>(1, days / 400); ++i) {
        surges << std::pair{qint64(uniform() * double(days)), 2.0 + 6.0 * uniform()};
    }
    QList<double> weights;
    weights.reserve(days);
    for (qint64 d = 0; d < days; ++d) {
        const int dayOfYear = settings.from.addDays(d).dayOfYear();
        double w = 1.0 + 0.6 * std::sin(2.0 * M_PI * (dayOfYear - 110) / 365.0);
        for (const auto &[centre, height] : surges) {
            const double distance = double(d - centre) / 12.0;
            w += height * std::exp(-distance * distance);
        }
        weights << w;
    }
    m_dayWeights = cumulative(weights);
    QList<double> locations;
    for (size_t i = 0; i < kLocations.size(); ++i) {
        locations << 1.0 / std::pow(double(i + 1), 0.8);
    }
    m_locationWeights = cumulative(locations);
    QList<double> nationalities;
    for (size_t i = 0; i < kNationalities.size(); ++i) {
        nationalities << 1.0 / std::pow(double(i + 1), 1.1);
    }
    m_nationalityWeights = cumulative(nationalities);
    m_outcomeWeights = cumulative(QList<double>(kOutcomeWeights.begin(), kOutcomeWeights.end()));
}

double IncidentGenerator::uniform()
{
    return double(m_random() >> 11) * 0x1.0p-53;
}

int IncidentGenerator::pick(const QList<double> &cumulative)
{
    const double target = uniform() * cumulative.last();
    return int(std::upper_bound(cumulative.cbegin(), cumulative.cend(), target) - cumulative.cbegin());
}

QDate IncidentGenerator::day()
{
    return m_from.addDays(pick(m_dayWeights));
}

Incident IncidentGenerator::next()
{
    Incident incident;
    const quint64 high = m_random();
    const quint64 low = m_random();
    // A version 4 (random) UUID from the generator's own bits.
    incident.id = QUuid(uint(high >> 32), ushort(high >> 16), ushort((high & 0x0fff) | 0x4000),
                        uchar(((low >> 56) & 0x3f) | 0x80), uchar(low >> 48), uchar(low >> 40), uchar(low >> 32),
                        uchar(low >> 24), uchar(low >> 16), uchar(low >> 8), uchar(low));
    incident.date = day();
    // Most crossings are tried at night.
    const int hour = uniform() < 0.7 ? (20 + int(uniform() * 10)) % 24 : int(uniform() * 24);
    incident.time = uniform() < 0.03 ? QTime() : QTime(hour, int(uniform() * 60));
    incident.location = QString::fromUtf8(kLocations[size_t(pick(m_locationWeights))]);
    // Group size: heavy-tailed (Pareto), 1 to a few hundred.
    const int size = std::min(600, int(std::pow(1.0 - uniform(), -1.0 / 1.25)) + int(uniform() * 2.0));
    const int lines = uniform() < 0.9 || size < 2 ? 1 : (uniform() < 0.8 || size < 3 ? 2 : 3);
    int left = size;
    for (int l = 0; l < lines; ++l) {
        QString nationality;
        do {
            nationality = QString::fromLatin1(kNationalities[size_t(pick(m_nationalityWeights))]);
        } while (std::any_of(incident.nationalities.cbegin(), incident.nationalities.cend(),
                             [&](const NationalityCount &n) { return n.nationality == nationality; }));
        const int persons = l == lines - 1 ? left : std::max(1, int(left * (0.5 + 0.4 * uniform())) - (lines - l - 1));
        incident.nationalities << NationalityCount{nationality, persons};
        left -= persons;
    }
    incident.outcome = kAllOutcomes[size_t(pick(m_outcomeWeights))];
    incident.setForceUsed(incident.outcome == Outcome::TurnedBack && uniform() < 0.05);
    incident.notes = QString::fromUtf8(kNotes[size_t(uniform() * kNotes.size())]);
    incident.recordedBy = QStringLiteral("officer.%1").arg(1 + int(uniform() * 40), 2, 10, QLatin1Char('0'));
    const QDateTime local(incident.date, incident.time.isValid() ? incident.time : QTime(12, 0), Qt::UTC);
    incident.recordedAt = local.addSecs(600 + qint64(uniform() * 14400));
    return incident;
}

} // namespace borderlog
