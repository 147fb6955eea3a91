#include "incidenttablemodel.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace borderlog;

TEST_CASE("The log table reads page by page and passes Qt's model checks", "[gui][model]")
{
    test::TestDatabase db;
    QList<Incident> many;
    for (int i = 0; i < 450; ++i) {
        many << test::draft(QDate(2021, 8, 1).addDays(i % 20), QStringLiteral("Varėna"),
                            i % 2 ? QStringLiteral("IQ") : QStringLiteral("SY"), 1 + i % 9);
    }
    REQUIRE(db.log().importIncidents(many).ok());

    IncidentTableModel model(db.log());
    CHECK(model.rowCount() == IncidentTableModel::kPageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 2 * IncidentTableModel::kPageSize);
    model.fetchMore({});
    CHECK(model.rowCount() == 450);
    CHECK_FALSE(model.canFetchMore({}));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Newest first.
    CHECK(model.data(model.index(0, IncidentTableModel::DateColumn)).toString() == QStringLiteral("2021-08-20"));

    model.sort(IncidentTableModel::PersonsColumn, Qt::DescendingOrder);
    CHECK(model.data(model.index(0, IncidentTableModel::PersonsColumn)).toInt() == 9);

    IncidentFilter syrians;
    syrians.nationality = QStringLiteral("SY");
    model.setFilter(syrians);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    CHECK(model.rowCount() == 225);
    CHECK(model.data(model.index(0, IncidentTableModel::NationalitiesColumn)).toString() == QStringLiteral("Syria"));
}

TEST_CASE("The log table reloads when the register changes", "[gui][model]")
{
    test::TestDatabase db;
    IncidentTableModel model(db.log());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    const auto added =
        db.log().recordIncident(test::draft(QDate(2021, 8, 2), QStringLiteral("Varėna"), QStringLiteral("IQ"), 12));
    REQUIRE(added.ok());
    REQUIRE(model.rowCount() == 1);
    CHECK(model.data(model.index(0, IncidentTableModel::PersonsColumn)).toInt() == 12);
    CHECK(model.data(model.index(0, IncidentTableModel::OutcomeColumn)).toString() == QStringLiteral("Detained"));
    CHECK(model.rowOf(added->id) == 0);
    REQUIRE(db.log().removeIncident(added->id).ok());
    CHECK(model.rowCount() == 0);
}
