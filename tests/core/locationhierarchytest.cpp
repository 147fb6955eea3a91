// SPDX-License-Identifier: GPL-3.0-or-later
#include "locationhierarchy.h"

#include "catchqt.h"
#include "incidentsnapshot.h"
#include "locationnames.h"

#include <QLocale>

using namespace borderlog;

namespace {

LocationRecord at(const QString &name, const QString &station, bool retired = false, const QString &mergedInto = {})
{
    LocationRecord location;
    location.name = name;
    location.district = QStringLiteral("Vilnius");
    location.station = station;
    location.retired = retired;
    location.mergedInto = mergedInto;
    return location;
}

} // namespace

TEST_CASE("The form offers the desktop's station's locations first, without retired or merged ones", "[places]")
{
    QLocale::setDefault(QLocale(QLocale::Lithuanian, QLocale::Lithuania));
    LocationHierarchy tree;
    tree.locations = {
        at(QStringLiteral("Tauragė marker"), QStringLiteral("Šumskas")),
        at(QStringLiteral("Šalčininkai road"), QStringLiteral("Medininkai")),
        at(QStringLiteral("Salos"), QStringLiteral("Šumskas")),
        at(QStringLiteral("Medininkai BCP"), QStringLiteral("Medininkai")),
        at(QStringLiteral("Old post"), QStringLiteral("Medininkai"), true),
        at(QStringLiteral("Medininkų pt"), QStringLiteral("Medininkai"), false, QStringLiteral("Medininkai BCP"))};
    CHECK(tree.choosable(QStringLiteral("vilnius"), QStringLiteral("MEDININKAI"))
          == QStringList{QStringLiteral("Medininkai BCP"), QStringLiteral("Šalčininkai road"), QStringLiteral("Salos"),
                         QStringLiteral("Tauragė marker")});
    CHECK(tree.choosable()
          == QStringList{QStringLiteral("Medininkai BCP"), QStringLiteral("Salos"), QStringLiteral("Šalčininkai road"),
                         QStringLiteral("Tauragė marker")});
    // A merged name is another spelling of the location it went into; a retired one is still known.
    LocationNames names = LocationNames::of(tree);
    CHECK(names.canonical(QStringLiteral("medininkų PT")) == QStringLiteral("Medininkai BCP"));
    CHECK(names.canonical(QStringLiteral("old post")) == QStringLiteral("Old post"));
    QLocale::setDefault(QLocale::c());
}

TEST_CASE("A snapshot relocated differs in its location only, whatever the other texts hold", "[places][audit]")
{
    const QByteArray snapshot = R"({"date":"2021-08-02","force_used":false,"incident_id":"x","location":"A \"q\"",)"
                                R"("notes":",\"location\":\"A \\\"q\\\"\"","outcome":"detained"})";
    const QByteArray moved = IncidentSnapshot::relocated(snapshot, QStringLiteral("Medininkai BCP"));
    CHECK(moved
          == R"({"date":"2021-08-02","force_used":false,"incident_id":"x","location":"Medininkai BCP",)"
             R"("notes":",\"location\":\"A \\\"q\\\"\"","outcome":"detained"})");
    CHECK(IncidentSnapshot::locationOf(moved) == QStringLiteral("Medininkai BCP"));
}
