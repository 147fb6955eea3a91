// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidenttablemodel.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSet>

using namespace borderlog;

TEST_CASE("The log table shows every incident once, newest first, reading blocks on demand", "[gui][model]")
{
    test::TestDatabase db;
    REQUIRE(db.log().incidents().import(test::generatedIncidents(2500, 11)).ok());

    IncidentTableModel model(db.log());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 2500);
    CHECK(model.cachedRowCount() <= 2 * IncidentTableModel::kBlockSize); // nothing read beyond what was shown

    // A jump to the last row reads one block.
    const Incident last = model.incidentAt(2499);
    CHECK_FALSE(last.id.isNull());
    CHECK(model.cachedRowCount() <= 3 * IncidentTableModel::kBlockSize);

    QSet<QUuid> seen;
    QDate previous = QDate(9999, 12, 31);
    bool ordered = true;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Incident incident = model.incidentAt(row);
        seen.insert(incident.id);
        ordered = ordered && incident.date <= previous;
        previous = incident.date;
    }
    CHECK(seen.size() == 2500);
    CHECK(ordered);
    // Memory stays bounded however far the table is scrolled.
    CHECK(model.cachedRowCount() <= IncidentTableModel::kMaxCachedBlocks * IncidentTableModel::kBlockSize);

    model.sort(IncidentTableModel::DateColumn, Qt::AscendingOrder);
    CHECK(model.incidentAt(0).date <= model.incidentAt(2499).date);
}

TEST_CASE("The log table follows the filter", "[gui][model]")
{
    test::TestDatabase db;
    QList<Incident> many;
    for (int i = 0; i < 450; ++i) {
        many << test::draft(QDate(2021, 8, 1).addDays(i % 20), QStringLiteral("Varėna"),
                            i % 2 ? QStringLiteral("IQ") : QStringLiteral("SY"), 1 + i % 9);
    }
    REQUIRE(db.log().incidents().import(many).ok());
    IncidentTableModel model(db.log());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 450);
    CHECK(model.data(model.index(0, IncidentTableModel::DateColumn)).toString() == QStringLiteral("2021-08-20"));

    IncidentFilter syrians;
    syrians.nationality = QStringLiteral("SY");
    model.setFilter(syrians);
    CHECK(model.rowCount() == 225);
    CHECK(model.data(model.index(0, IncidentTableModel::NationalitiesColumn)).toString() == QStringLiteral("Syria"));
    CHECK(model.data(model.index(224, IncidentTableModel::NationalitiesColumn)).toString() == QStringLiteral("Syria"));

    IncidentFilter range;
    range.from = QDate(2021, 8, 3);
    range.to = QDate(2021, 8, 4);
    model.setFilter(range);
    CHECK(model.rowCount() == 46); // 23 on each day
    CHECK(model.data(model.index(45, IncidentTableModel::DateColumn)).toString() == QStringLiteral("2021-08-03"));
}

TEST_CASE("The log table reloads when the register changes", "[gui][model]")
{
    test::TestDatabase db;
    IncidentTableModel model(db.log());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    const auto added =
        db.log().incidents().record(test::draft(QDate(2021, 8, 2), QStringLiteral("Varėna"), QStringLiteral("IQ"), 12));
    REQUIRE(added.ok());
    REQUIRE(model.rowCount() == 1);
    CHECK(model.data(model.index(0, IncidentTableModel::PersonsColumn)).toInt() == 12);
    CHECK(model.data(model.index(0, IncidentTableModel::OutcomeColumn)).toString() == QStringLiteral("Detained"));
    CHECK(model.rowOf(added->id) == 0);
    REQUIRE(db.log().incidents().remove(added->id, QStringLiteral("entered twice")).ok());
    CHECK(model.rowCount() == 0);
}
