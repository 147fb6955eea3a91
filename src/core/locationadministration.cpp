// SPDX-License-Identifier: GPL-3.0-or-later
#include "locationadministration.h"

#include "accessrules.h"
#include "displaytext.h"
#include "incidentrules.h"
#include "locationnames.h"
#include "registerevents.h"
#include "session.h"
#include "textlength.h"

#include <spdlog/spdlog.h>

namespace borderlog {

namespace {

constexpr auto kDistrict = "district";
constexpr auto kStation = "station";
constexpr auto kCode = "code";
constexpr auto kLatitude = "latitude";
constexpr auto kLongitude = "longitude";
constexpr int kMaxCodeLength = 16;

FieldError fieldError(const char *field, const QString &rule)
{
    return FieldError{QString::fromLatin1(field), rule};
}

void checkName(const char *field, const QString &name, QList<FieldError> &errors)
{
    if (auto problem = IncidentRules::nameProblem(field, name)) {
        errors << *problem;
    }
}

void checkCode(const QString &code, QList<FieldError> &errors)
{
    if (characterCount(code) > kMaxCodeLength || DisplayText::hasControl(code) || code.trimmed() != code) {
        errors << fieldError(kCode, LocationAdministration::tr("must be at most %1 characters, without control "
                                                               "characters or leading/trailing spaces")
                                        .arg(kMaxCodeLength));
    }
}

void checkCoordinates(const LocationRecord &location, QList<FieldError> &errors)
{
    if (location.latitude.has_value() != location.longitude.has_value()) {
        errors << fieldError(location.latitude ? kLongitude : kLatitude,
                             LocationAdministration::tr("is required with the other coordinate"));
        return;
    }
    if (location.latitude && !(*location.latitude >= -90.0 && *location.latitude <= 90.0)) {
        errors << fieldError(kLatitude, LocationAdministration::tr("must be between -90 and 90 degrees"));
    }
    if (location.longitude && !(*location.longitude >= -180.0 && *location.longitude <= 180.0)) {
        errors << fieldError(kLongitude, LocationAdministration::tr("must be between -180 and 180 degrees"));
    }
}

// The station `location` names, in its stored spelling; an error when there is none.
void placeInStation(const LocationHierarchy &tree, LocationRecord &location, QList<FieldError> &errors)
{
    const StationRecord *station = tree.station(location.district, location.station);
    if (station == nullptr) {
        errors << fieldError(kStation, LocationAdministration::tr("there is no station “%1” in district “%2”")
                                           .arg(location.station.trimmed(), location.district.trimmed()));
        return;
    }
    location.district = station->district;
    location.station = station->name;
}

Result<void> failed(const QList<FieldError> &errors)
{
    return Failure::invalid(errors);
}

} // namespace

struct LocationAdministration::Context
{
    ChangeStamp stamp;
    LocationHierarchy tree;
};

Result<LocationAdministration::Context> LocationAdministration::begin() const
{
    auto by = m_session.authorize(AccessRules::mayManageLocations);
    if (!by) {
        return by.failure();
    }
    auto tree = m_handle.store().locations().hierarchy();
    if (!tree) {
        return tree.failure();
    }
    return Context{m_session.stamp(*by), std::move(tree).value()};
}

Result<void> LocationAdministration::done(Result<void> changed, const char *what)
{
    if (changed) {
        spdlog::info("{}", what);
        emit m_events.locationsChanged();
    }
    return changed;
}

Result<LocationHierarchy> LocationAdministration::hierarchy() const
{
    return m_handle.store().locations().hierarchy();
}

Result<void> LocationAdministration::add(const QString &name)
{
    LocationRecord location;
    location.name = name.trimmed();
    location.district = LocationHierarchy::unassigned();
    location.station = LocationHierarchy::unassigned();
    return add(location);
}

Result<void> LocationAdministration::add(const LocationRecord &location)
{
    auto context = begin();
    if (!context) {
        return context.failure();
    }
    LocationRecord added = location;
    added.name = location.name.trimmed();
    if (context->tree.location(added.name) != nullptr) {
        return {}; // known already, in this or another spelling
    }
    QList<FieldError> errors;
    checkName(IncidentRules::kLocation, added.name, errors);
    checkCode(added.code, errors);
    checkCoordinates(added, errors);
    placeInStation(context->tree, added, errors);
    if (!errors.isEmpty()) {
        return failed(errors);
    }
    return done(m_handle.store().locations().add(added, context->stamp), "add location");
}

Result<void> LocationAdministration::change(const QString &name, const LocationRecord &after)
{
    auto context = begin();
    if (!context) {
        return context.failure();
    }
    const LocationRecord *before = context->tree.location(name);
    if (before == nullptr) {
        return failed({fieldError(IncidentRules::kLocation, tr("there is no location “%1”").arg(name.trimmed()))});
    }
    if (!before->mergedInto.isEmpty()) {
        return Failure::refused(
            tr("location “%1” was merged into “%2”; change “%2” instead").arg(before->name, before->mergedInto));
    }
    LocationRecord changed = after;
    changed.mergedInto.clear();
    QList<FieldError> errors;
    checkName(IncidentRules::kLocation, changed.name, errors);
    if (const LocationRecord *other = context->tree.location(changed.name); other != nullptr && other != before) {
        errors << fieldError(
            IncidentRules::kLocation,
            tr("“%1” is the name of another location already; merge the two instead").arg(other->name));
    }
    checkCode(changed.code, errors);
    checkCoordinates(changed, errors);
    placeInStation(context->tree, changed, errors);
    if (!errors.isEmpty()) {
        return failed(errors);
    }
    return done(m_handle.store().locations().change(before->name, changed, context->stamp), "change location");
}

Result<void> LocationAdministration::merge(const QString &from, const QString &into)
{
    auto context = begin();
    if (!context) {
        return context.failure();
    }
    QList<FieldError> errors;
    const LocationRecord *merged = context->tree.location(from);
    const LocationRecord *kept = context->tree.location(into);
    for (const auto &[record, name] : {std::pair{merged, from}, std::pair{kept, into}}) {
        if (record == nullptr) {
            errors << fieldError(IncidentRules::kLocation, tr("there is no location “%1”").arg(name.trimmed()));
        } else if (!record->mergedInto.isEmpty()) {
            errors << fieldError(
                IncidentRules::kLocation,
                tr("location “%1” was merged into “%2” already").arg(record->name, record->mergedInto));
        }
    }
    if (errors.isEmpty() && merged == kept) {
        errors << fieldError(IncidentRules::kLocation, tr("a location cannot be merged into itself"));
    }
    if (!errors.isEmpty()) {
        return failed(errors);
    }
    return done(m_handle.store().locations().merge(merged->name, kept->name, context->stamp), "merge locations");
}

Result<void> LocationAdministration::addDistrict(const DistrictRecord &district)
{
    auto context = begin();
    if (!context) {
        return context.failure();
    }
    const DistrictRecord added{district.name.trimmed(), district.code, false};
    if (context->tree.district(added.name) != nullptr) {
        return {};
    }
    QList<FieldError> errors;
    checkName(kDistrict, added.name, errors);
    checkCode(added.code, errors);
    if (!errors.isEmpty()) {
        return failed(errors);
    }
    return done(m_handle.store().locations().addDistrict(added, context->stamp), "add district");
}

Result<void> LocationAdministration::changeDistrict(const QString &name, const DistrictRecord &after)
{
    auto context = begin();
    if (!context) {
        return context.failure();
    }
    const DistrictRecord *before = context->tree.district(name);
    QList<FieldError> errors;
    if (before == nullptr) {
        return failed({fieldError(kDistrict, tr("there is no district “%1”").arg(name.trimmed()))});
    }
    checkName(kDistrict, after.name, errors);
    if (const DistrictRecord *other = context->tree.district(after.name); other != nullptr && other != before) {
        errors << fieldError(kDistrict, tr("“%1” is the name of another district already").arg(other->name));
    }
    checkCode(after.code, errors);
    if (!errors.isEmpty()) {
        return failed(errors);
    }
    return done(m_handle.store().locations().changeDistrict(before->name, after, context->stamp), "change district");
}

Result<void> LocationAdministration::addStation(const StationRecord &station)
{
    auto context = begin();
    if (!context) {
        return context.failure();
    }
    StationRecord added{station.district.trimmed(), station.name.trimmed(), station.code, false};
    const DistrictRecord *district = context->tree.district(added.district);
    if (district == nullptr) {
        return failed({fieldError(kDistrict, tr("there is no district “%1”").arg(added.district))});
    }
    added.district = district->name;
    if (context->tree.station(added.district, added.name) != nullptr) {
        return {};
    }
    QList<FieldError> errors;
    checkName(kStation, added.name, errors);
    checkCode(added.code, errors);
    if (!errors.isEmpty()) {
        return failed(errors);
    }
    return done(m_handle.store().locations().addStation(added, context->stamp), "add station");
}

Result<void> LocationAdministration::changeStation(const QString &district, const QString &name,
                                                   const StationRecord &after)
{
    auto context = begin();
    if (!context) {
        return context.failure();
    }
    const StationRecord *before = context->tree.station(district, name);
    if (before == nullptr) {
        return failed({fieldError(
            kStation, tr("there is no station “%1” in district “%2”").arg(name.trimmed(), district.trimmed()))});
    }
    QList<FieldError> errors;
    checkName(kStation, after.name, errors);
    if (const StationRecord *other = context->tree.station(before->district, after.name);
        other != nullptr && other != before) {
        errors << fieldError(
            kStation,
            tr("“%1” is the name of another station of district “%2” already").arg(other->name, before->district));
    }
    checkCode(after.code, errors);
    if (!errors.isEmpty()) {
        return failed(errors);
    }
    return done(m_handle.store().locations().changeStation(before->district, before->name, after, context->stamp),
                "change station");
}

} // namespace borderlog
