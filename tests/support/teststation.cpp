// SPDX-License-Identifier: GPL-3.0-or-later
#include "teststation.h"

namespace borderlog::test {

QString passwordOf(const QString &name)
{
    return name + QStringLiteral("-password");
}

Station::Station()
{
    log().session().setClock([] { return QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC); });
    noLoginDelay(log());
    REQUIRE(log().accounts().add(QStringLiteral("chief"), Role::Admin, passwordOf(QStringLiteral("chief"))).ok());
    as(QStringLiteral("chief"));
    for (const auto &[name, role] :
         {std::pair{QStringLiteral("ona"), Role::Officer}, std::pair{QStringLiteral("jonas"), Role::Officer},
          std::pair{QStringLiteral("rasa"), Role::Supervisor}}) {
        REQUIRE(log().accounts().add(name, role, passwordOf(name)).ok());
    }
    REQUIRE(log().locations().add(kLocation).ok());
}

void Station::as(const QString &name)
{
    REQUIRE(log().session().logIn(name, passwordOf(name)).ok());
}

Incident Station::record(const QString &officer, const QDate &date, int persons)
{
    as(officer);
    auto recorded = log().incidents().record(draft(date, kLocation, QStringLiteral("IQ"), persons));
    INFO(recorded.message().toStdString());
    REQUIRE(recorded.ok());
    return *recorded;
}

Incident Station::removedBy(const QString &officer, const QDate &date)
{
    const Incident recorded = record(officer, date, 6);
    REQUIRE(log().incidents().remove(recorded.id, QStringLiteral("entered twice")).ok());
    return recorded;
}

} // namespace borderlog::test
