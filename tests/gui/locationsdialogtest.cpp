// SPDX-License-Identifier: GPL-3.0-or-later
#include "locationsdialog.h"

#include "dialogs.h"
#include "testdatabase.h"

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
