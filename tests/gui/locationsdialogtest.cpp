// SPDX-License-Identifier: GPL-3.0-or-later
#include "locationsdialog.h"

#include "dialogs.h"
#include "filterbar.h"
#include "testdatabase.h"

#include <QComboBox>
#include <QLabel>
#include <QTreeWidget>

using namespace borderlog;

namespace {

QTreeWidgetItem *itemNamed(QTreeWidget *tree, const QString &name)
{
    const auto found = tree->findItems(name, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? nullptr : found.first();
}

QString stationOf(IncidentLog &log, const QString &location)
{
    const auto tree = log.locations().hierarchy();
    REQUIRE(tree.ok());
    const LocationRecord *stored = tree->location(location);
    REQUIRE(stored != nullptr);
    return stored->district + QStringLiteral(" › ") + stored->station;
}

} // namespace

TEST_CASE("The Locations dialog builds the hierarchy, moves, renames, merges and retires, and says what is wrong",
          "[places][gui]")
{
    test::TestDatabase db;
    IncidentLog &log = db.log();
    for (const char *where : {"Medininkų pt", "Medininkai checkpoint"}) {
        REQUIRE(log.incidents()
                    .record(test::draft(QDate(2021, 8, 2), QString::fromUtf8(where), QStringLiteral("IQ"), 3))
                    .ok());
    }
    LocationsDialog dialog(log);
    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("locationTree"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("messageLabel"));
    REQUIRE(tree != nullptr);
    REQUIRE(itemNamed(tree, QStringLiteral("Unassigned")) != nullptr);

    Dialogs::setNextAnswer(Dialogs::Answer::text(QStringLiteral("Vilnius")));
    dialog.addDistrict();
    REQUIRE(itemNamed(tree, QStringLiteral("Vilnius")) != nullptr);
    CHECK(tree->currentItem()->text(0) == QStringLiteral("Vilnius"));
    Dialogs::setNextAnswer(Dialogs::Answer::text(QStringLiteral("Medininkai")));
    dialog.addStation();
    REQUIRE(itemNamed(tree, QStringLiteral("Medininkai")) != nullptr);

    tree->setCurrentItem(itemNamed(tree, QStringLiteral("Medininkai checkpoint")));
    Dialogs::setNextAnswer(Dialogs::Answer::text(QStringLiteral("Vilnius › Medininkai")));
    dialog.moveSelected();
    CHECK(stationOf(log, QStringLiteral("Medininkai checkpoint")) == QStringLiteral("Vilnius › Medininkai"));
    CHECK(tree->currentItem()->parent()->text(0) == QStringLiteral("Medininkai"));

    // A rename to another location's name is refused with the field and the rule; nothing changes.
    const QString head = log.audit().head()->toString();
    Dialogs::setNextAnswer(Dialogs::Answer::text(QStringLiteral("MEDININKŲ PT")));
    dialog.renameSelected();
    CHECK(message->text().startsWith(QStringLiteral("location: ")));
    CHECK(log.audit().head()->toString() == head);

    Dialogs::setNextAnswer(Dialogs::Answer::text(QStringLiteral("Medininkai BCP")));
    dialog.renameSelected();
    CHECK(itemNamed(tree, QStringLiteral("Medininkai BCP")) != nullptr);

    tree->setCurrentItem(itemNamed(tree, QStringLiteral("Medininkų pt")));
    Dialogs::setNextAnswer(Dialogs::Answer::text(QStringLiteral("Medininkai BCP")));
    Dialogs::setNextAnswer(Dialogs::Answer::yes());
    dialog.mergeSelected();
    const auto merged = log.reads().tally({}, TallyGrouping::Location);
    REQUIRE(merged.ok());
    REQUIRE(merged->rows().size() == 1);
    CHECK(merged->rows().first().persons == 6);
    CHECK(itemNamed(tree, QStringLiteral("Medininkų pt"))->text(3).contains(QStringLiteral("Medininkai BCP")));

    tree->setCurrentItem(itemNamed(tree, QStringLiteral("Medininkai BCP")));
    dialog.toggleRetired();
    CHECK(itemNamed(tree, QStringLiteral("Medininkai BCP"))->text(3) == QStringLiteral("retired"));
    CHECK(log.locations().hierarchy()->choosable().isEmpty());
    dialog.toggleRetired();
    CHECK(log.locations().hierarchy()->choosable() == QStringList{QStringLiteral("Medininkai BCP")});
    const auto verified = log.audit().verify();
    REQUIRE(verified.ok());
    CHECK(verified->ok());
}

TEST_CASE("The filter bar offers each district and station above its locations, and filters by any of them",
          "[places][gui]")
{
    test::TestDatabase db;
    IncidentLog &log = db.log();
    REQUIRE(log.locations().addDistrict(DistrictRecord{QStringLiteral("Vilnius"), {}, false}).ok());
    REQUIRE(log.locations()
                .addStation(StationRecord{QStringLiteral("Vilnius"), QStringLiteral("Medininkai"), {}, false})
                .ok());
    LocationRecord checkpoint;
    checkpoint.name = QStringLiteral("Medininkai checkpoint");
    checkpoint.district = QStringLiteral("Vilnius");
    checkpoint.station = QStringLiteral("Medininkai");
    REQUIRE(log.locations().add(checkpoint).ok());
    REQUIRE(log.locations().add(QStringLiteral("Somewhere")).ok());
    FilterBar bar;
    bar.setLocations(*log.locations().hierarchy());
    auto *combo = bar.findChild<QComboBox *>(QStringLiteral("locationCombo"));
    REQUIRE(combo != nullptr);
    QStringList shown;
    for (int i = 0; i < combo->count(); ++i) {
        shown << combo->itemText(i);
    }
    CHECK(shown
          == QStringList{QStringLiteral("All locations"), QStringLiteral("Unassigned (district)"),
                         QStringLiteral("  Unassigned (station)"), QStringLiteral("    Somewhere"),
                         QStringLiteral("Vilnius (district)"), QStringLiteral("  Medininkai (station)"),
                         QStringLiteral("    Medininkai checkpoint")});
    combo->setCurrentIndex(5);
    CHECK(bar.filter().district == QStringLiteral("Vilnius"));
    CHECK(bar.filter().station == QStringLiteral("Medininkai"));
    CHECK(bar.filter().location.isEmpty());
    combo->setCurrentIndex(6);
    CHECK(bar.filter().location == QStringLiteral("Medininkai checkpoint"));
    // Read again (a location added elsewhere), the choice stays.
    bar.setLocations(*log.locations().hierarchy());
    CHECK(combo->currentIndex() == 6);
}
