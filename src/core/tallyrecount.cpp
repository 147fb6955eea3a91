// SPDX-License-Identifier: GPL-3.0-or-later
#include "tallyrecount.h"

#include "incidenttext.h"
#include "outcome.h"

#include <QDate>

#include <algorithm>

namespace borderlog {

namespace {

// Keys pack a period (a Julian day, or year * 12 + month), a location, an outcome and a nationality.
constexpr int kNationalityBits = 16;
constexpr int kOutcomeBits = 3;
static_assert(kAllOutcomes.size() <= (1u << kOutcomeBits), "the recount key holds every outcome");
constexpr int kLocationBits = 21;

quint16 packNationality(const QString &alpha2)
{
    return alpha2.size() == 2 ? quint16((alpha2.at(0).unicode() << 8) | alpha2.at(1).unicode()) : 0;
}

QString unpackNationality(quint16 packed)
{
    if (packed == 0) {
        return {};
    }
    const QChar letters[2] = {QChar(packed >> 8), QChar(packed & 0xff)};
    return QString(letters, 2);
}

qint64 monthNumber(int year, int month)
{
    return qint64(year) * 12 + (month - 1);
}

bool byNationality(TallyRecount::Table table)
{
    return table == TallyRecount::Table::DailyNationality || table == TallyRecount::Table::MonthlyNationality;
}

bool monthly(TallyRecount::Table table)
{
    return table == TallyRecount::Table::Monthly || table == TallyRecount::Table::MonthlyNationality;
}

} // namespace

quint64 TallyRecount::key(qint64 period, int location, int outcome, quint16 nationality)
{
    return (quint64(period) << (kNationalityBits + kOutcomeBits + kLocationBits))
           | (quint64(location) << (kNationalityBits + kOutcomeBits)) | (quint64(outcome) << kNationalityBits)
           | nationality;
}

int TallyRecount::locationIndex(const QString &name)
{
    const auto it = m_locationIndex.constFind(name);
    if (it != m_locationIndex.cend()) {
        return it.value();
    }
    const int index = int(m_locations.size());
    m_locations << name;
    m_locationIndex.insert(name, index);
    return index;
}

void TallyRecount::addIncident(const Incident &incident)
{
    const int location = locationIndex(incident.location);
    const int outcome = outcomeIndex(incident.outcome);
    const qint64 day = incident.date.toJulianDay();
    const qint64 month = monthNumber(incident.date.year(), incident.date.month());
    const auto count = [&](Table table, qint64 period, quint16 nationality, qint64 persons,
                           const GroupBreakdown &breakdown) {
        Counts &c = m_rows[int(table)][key(period, location, outcome, nationality)];
        c.incidents += 1;
        c.persons += persons;
        c.breakdown += breakdown;
    };
    GroupBreakdown all;
    for (const auto &line : incident.nationalities) {
        all += GroupBreakdown::of(line);
    }
    count(Table::Daily, day, 0, incident.groupSize(), all);
    count(Table::Monthly, month, 0, incident.groupSize(), all);
    for (const auto &line : incident.nationalities) {
        const quint16 nationality = packNationality(line.nationality);
        count(Table::DailyNationality, day, nationality, line.persons, GroupBreakdown::of(line));
        count(Table::MonthlyNationality, month, nationality, line.persons, GroupBreakdown::of(line));
    }
}

void TallyRecount::addStoredRow(Table table, const QString &period, const QString &location, const QString &nationality,
                                const QString &outcome, qint64 incidents, qint64 persons,
                                const GroupBreakdown &breakdown)
{
    qint64 periodNumber = -1;
    if (monthly(table)) {
        const QDate first = QDate::fromString(period + QStringLiteral("-01"), Qt::ISODate);
        if (first.isValid() && period.size() == 7) {
            periodNumber = monthNumber(first.year(), first.month());
        }
    } else if (const QDate day = QDate::fromString(period, Qt::ISODate); day.isValid() && period.size() == 10) {
        periodNumber = day.toJulianDay();
    }
    const auto code = outcomeFromText(outcome);
    const auto letter = [](QChar c) { return c >= u'A' && c <= u'Z'; };
    const bool nationalityOk = byNationality(table)
                                   ? nationality.size() == 2 && letter(nationality[0]) && letter(nationality[1])
                                   : nationality.isEmpty();
    if (periodNumber < 0 || !code || !nationalityOk || outcomeCode(*code) != outcome) {
        ++m_differences; // a row no recount can produce
        m_found << Difference{table, 0, Counts{incidents, persons, breakdown, true}, Counts{}};
        return;
    }
    const quint64 k = key(periodNumber, locationIndex(location), outcomeIndex(*code), packNationality(nationality));
    Counts &counted = m_rows[int(table)][k];
    if (counted.stored || counted.incidents != incidents || counted.persons != persons
        || counted.breakdown != breakdown) {
        ++m_differences;
        m_found << Difference{table, k, Counts{incidents, persons, breakdown, true}, counted};
    }
    counted.stored = true;
}

QStringList TallyRecount::finish()
{
    for (int t = 0; t < 4; ++t) {
        for (const auto &[k, counts] : m_rows[t]) {
            if (!counts.stored && counts.incidents != 0) {
                ++m_differences;
                m_found << Difference{Table(t), k, Counts{}, counts};
            }
        }
    }
    std::sort(m_found.begin(), m_found.end(), [](const Difference &a, const Difference &b) {
        return std::pair(int(a.table), a.key) < std::pair(int(b.table), b.key);
    });
    QStringList described;
    for (qsizetype i = 0; i < std::min<qsizetype>(m_found.size(), 5); ++i) {
        described << describe(m_found[i]);
    }
    return described;
}

QString TallyRecount::describe(const Difference &d) const
{
    const QString table = d.table == Table::Daily              ? tr("daily tally")
                          : d.table == Table::DailyNationality ? tr("daily tally by nationality")
                          : d.table == Table::Monthly          ? tr("monthly tally")
                                                               : tr("monthly tally by nationality");
    if (d.key == 0) {
        return tr("the %1 has a row no incident can produce: it was written outside the program").arg(table);
    }
    const qint64 period = qint64(d.key >> (kNationalityBits + kOutcomeBits + kLocationBits));
    const int location = int((d.key >> (kNationalityBits + kOutcomeBits)) & ((1u << kLocationBits) - 1));
    const int outcome = int((d.key >> kNationalityBits) & ((1u << kOutcomeBits) - 1));
    const QString nationality = unpackNationality(quint16(d.key & 0xffff));
    const QString periodText = monthly(d.table)
                                   ? QStringLiteral("%1-%2").arg(period / 12).arg(period % 12 + 1, 2, 10, QChar(u'0'))
                                   : IncidentText::formatDate(QDate::fromJulianDay(period));
    const QString where =
        QStringLiteral("%1, %2, %3, %4")
            .arg(periodText, m_locations.value(location), nationality.isEmpty() ? tr("all nationalities") : nationality,
                 outcomeCode(kAllOutcomes[size_t(outcome)]));
    if (d.stored.incidents == d.counted.incidents && d.stored.persons == d.counted.persons) {
        return tr("the %1 of %2 holds %3 men, %4 women, %5 children and %6 unaccompanied minors, but the incidents "
                  "count %7, %8, %9 and %10: it was changed outside the program ('borderlog-cli repair --tallies' "
                  "rebuilds the tallies from the incidents)")
            .arg(table, where)
            .arg(d.stored.breakdown.men)
            .arg(d.stored.breakdown.women)
            .arg(d.stored.breakdown.children)
            .arg(d.stored.breakdown.unaccompanied)
            .arg(d.counted.breakdown.men)
            .arg(d.counted.breakdown.women)
            .arg(d.counted.breakdown.children)
            .arg(d.counted.breakdown.unaccompanied);
    }
    return tr("the %1 of %2 holds %3 incidents and %4 persons, but the incidents count %5 and %6: it was changed "
              "outside the program ('borderlog-cli repair --tallies' rebuilds the tallies from the incidents)")
        .arg(table, where)
        .arg(d.stored.incidents)
        .arg(d.stored.persons)
        .arg(d.counted.incidents)
        .arg(d.counted.persons);
}

} // namespace borderlog
