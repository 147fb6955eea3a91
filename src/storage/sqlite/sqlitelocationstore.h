// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registerstore.h"

#include <QCoreApplication>

namespace borderlog::sqlite {

class SqliteDatabase;
class StoreContext;

// LocationStore on SQLite: the district, station and location tables. Each change reads the values before it
// inside its write transaction, so that its audit entry says what it changed even when another program
// changed the place a moment earlier.
class SqliteLocationStore final : public LocationStore
{
    Q_DECLARE_TR_FUNCTIONS(SqliteLocationStore)

public:
    explicit SqliteLocationStore(StoreContext &context)
        : m_context(context)
    {}

    Result<QStringList> names() override;
    Result<LocationHierarchy> hierarchy() override;
    Result<void> add(const LocationRecord &location, const ChangeStamp &stamp) override;
    Result<void> change(const QString &name, const LocationRecord &after, const ChangeStamp &stamp) override;
    Result<void> merge(const QString &from, const QString &into, const ChangeStamp &stamp) override;
    Result<void> addDistrict(const DistrictRecord &district, const ChangeStamp &stamp) override;
    Result<void> changeDistrict(const QString &name, const DistrictRecord &after, const ChangeStamp &stamp) override;
    Result<void> addStation(const StationRecord &station, const ChangeStamp &stamp) override;
    Result<void> changeStation(const QString &district, const QString &name, const StationRecord &after,
                               const ChangeStamp &stamp) override;

    // The whole tree, read on `db` (inside the caller's transaction).
    static LocationHierarchy read(SqliteDatabase &db);

private:
    // The row id of the station, or a failure naming it when there is none.
    Result<qint64> stationId(const QString &district, const QString &station);

    StoreContext &m_context;
};

} // namespace borderlog::sqlite
