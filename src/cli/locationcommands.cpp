// SPDX-License-Identifier: GPL-3.0-or-later
// borderlog-cli's frontier hierarchy: district, station and location add, rename, retire, reinstate and list;
// location move, merge and set.
#include "command.h"
#include "commandcontext.h"
#include "commandoptions.h"
#include "incidentlog.h"
#include "terminal.h"

#include <QLocale>

namespace borderlog {

using namespace CommandOptions;
using Terminal::printOut;
using Terminal::tr;

namespace {

// --latitude and --longitude as numbers (with a point, whatever the language); false after a usage error.
bool readCoordinates(const CommandContext &context, LocationRecord &location, int *status)
{
    for (const auto &[option, value] :
         {std::pair{&kLatitude, &location.latitude}, std::pair{&kLongitude, &location.longitude}}) {
        if (!context.isSet(*option)) {
            continue;
        }
        bool ok = false;
        const double degrees = QLocale::c().toDouble(context.value(*option).trimmed(), &ok);
        if (!ok) {
            *status =
                CommandContext::usageError(tr("%1: must be a number of degrees with a decimal point, such as 54.5389")
                                               .arg(option->names().first()));
            return false;
        }
        *value = degrees;
    }
    return true;
}

// The values `location set`, `location move` and `location add` give; the others stay as stored.
bool readLocationOptions(const CommandContext &context, LocationRecord &location, int *status)
{
    if (context.isSet(kDistrict)) {
        location.district = context.value(kDistrict).trimmed();
    }
    if (context.isSet(kStation)) {
        location.station = context.value(kStation).trimmed();
    }
    if (context.isSet(kCode)) {
        location.code = context.value(kCode);
    }
    return readCoordinates(context, location, status);
}

QString stateText(bool retired)
{
    return retired ? tr(" (retired)") : QString();
}

void printTree(const LocationHierarchy &tree)
{
    QString out;
    for (const auto &district : tree.districts) {
        out += district.name + (district.code.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(district.code))
               + stateText(district.retired) + u'\n';
        for (const auto &station : tree.stations) {
            if (station.district != district.name) {
                continue;
            }
            out += QStringLiteral("  ") + station.name
                   + (station.code.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(station.code))
                   + stateText(station.retired) + u'\n';
            for (const auto &l : tree.locations) {
                if (l.district != district.name || l.station != station.name) {
                    continue;
                }
                out += QStringLiteral("    ") + l.name
                       + (l.code.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(l.code));
                if (l.latitude && l.longitude) {
                    out += QStringLiteral(" %1, %2").arg(QString::number(*l.latitude, 'f', 6),
                                                         QString::number(*l.longitude, 'f', 6));
                }
                out += l.mergedInto.isEmpty() ? stateText(l.retired) : tr(" (merged into %1)").arg(l.mergedInto);
                out += u'\n';
            }
        }
    }
    printOut(out);
}

int listLocations(CommandContext &context)
{
    if (context.isSet(kTree)) {
        auto tree = context.log().locations().hierarchy();
        if (!tree) {
            return context.fail(tree.failure());
        }
        printTree(*tree);
        return CommandContext::Success;
    }
    auto names = context.log().reads().locations();
    if (!names) {
        return context.fail(names.failure());
    }
    printOut(names->isEmpty() ? QString() : names->join(u'\n') + u'\n');
    return CommandContext::Success;
}

int finished(CommandContext &context, const Result<void> &result)
{
    return result ? CommandContext::Success : context.fail(result.failure());
}

int addLocation(CommandContext &context)
{
    LocationRecord location;
    location.name = context.argument(1);
    location.district = LocationHierarchy::unassigned();
    location.station = LocationHierarchy::unassigned();
    int status = CommandContext::Success;
    if (context.isSet(kDistrict) != context.isSet(kStation)) {
        return context.usageError(tr("location add: give both --district and --station, or neither"));
    }
    if (!readLocationOptions(context, location, &status)) {
        return status;
    }
    return finished(context, context.log().locations().add(location));
}

// rename, move, retire, reinstate and set: the stored values, changed as the arguments and options say.
int changeLocation(CommandContext &context, const QString &action)
{
    auto tree = context.log().locations().hierarchy();
    if (!tree) {
        return context.fail(tree.failure());
    }
    const LocationRecord *stored = tree->location(context.argument(1));
    LocationRecord after = stored != nullptr ? *stored : LocationRecord{};
    int status = CommandContext::Success;
    if (action == u"rename") {
        after.name = context.argument(2);
    } else if (action == u"retire" || action == u"reinstate") {
        after.retired = action == u"retire";
    } else if (!readLocationOptions(context, after, &status)) {
        return status;
    }
    return finished(context, context.log().locations().change(context.argument(1), after));
}

int location(CommandContext &context)
{
    const QString action = context.argument(0);
    const qsizetype names = context.arguments().size() - 1;
    const bool twoNames = action == u"rename" || action == u"merge";
    const bool oneName =
        action == u"add" || action == u"move" || action == u"retire" || action == u"reinstate" || action == u"set";
    if (!((action == u"list" && names == 0) || (oneName && names == 1) || (twoNames && names == 2))) {
        return context.usageError(tr("location: use 'location add NAME', 'location rename NAME NEW-NAME', "
                                     "'location move NAME --district D --station S', 'location merge NAME INTO', "
                                     "'location retire NAME', 'location reinstate NAME', 'location set NAME', "
                                     "or 'location list [--tree]'"));
    }
    if (action == u"move" && !(context.isSet(kDistrict) && context.isSet(kStation))) {
        return context.usageError(tr("location move: give --district and --station"));
    }
    const auto access = action == u"list" ? CommandContext::Access::Read : CommandContext::Access::Write;
    if (const int opened = context.openDatabase(access); opened != CommandContext::Success) {
        return opened;
    }
    if (action == u"list") {
        return listLocations(context);
    }
    if (action == u"add") {
        return addLocation(context);
    }
    if (action == u"merge") {
        return finished(context, context.log().locations().merge(context.argument(1), context.argument(2)));
    }
    return changeLocation(context, action);
}

// district add|rename|retire|reinstate and station add|rename|retire|reinstate.
bool placeUsage(const QString &action, qsizetype names, qsizetype nameCount)
{
    const bool known = action == u"add" || action == u"rename" || action == u"retire" || action == u"reinstate";
    return known && names == nameCount + (action == u"rename" ? 1 : 0);
}

int district(CommandContext &context)
{
    const QString action = context.argument(0);
    if (!placeUsage(action, context.arguments().size() - 1, 1)) {
        return context.usageError(tr("district: use 'district add NAME [--code CODE]', 'district rename NAME "
                                     "NEW-NAME', 'district retire NAME' or 'district reinstate NAME'"));
    }
    if (const int opened = context.openDatabase(CommandContext::Access::Write); opened != CommandContext::Success) {
        return opened;
    }
    LocationAdministration &places = context.log().locations();
    const QString name = context.argument(1);
    if (action == u"add") {
        return finished(context, places.addDistrict(DistrictRecord{name, context.value(kCode), false}));
    }
    auto tree = places.hierarchy();
    if (!tree) {
        return context.fail(tree.failure());
    }
    const DistrictRecord *stored = tree->district(name);
    DistrictRecord after = stored != nullptr ? *stored : DistrictRecord{};
    if (action == u"rename") {
        after.name = context.argument(2);
    } else {
        after.retired = action == u"retire";
    }
    if (context.isSet(kCode)) {
        after.code = context.value(kCode);
    }
    return finished(context, places.changeDistrict(name, after));
}

int station(CommandContext &context)
{
    const QString action = context.argument(0);
    if (!placeUsage(action, context.arguments().size() - 1, 2)) {
        return context.usageError(tr("station: use 'station add DISTRICT NAME [--code CODE]', 'station rename "
                                     "DISTRICT NAME NEW-NAME', 'station retire DISTRICT NAME' or 'station "
                                     "reinstate DISTRICT NAME'"));
    }
    if (const int opened = context.openDatabase(CommandContext::Access::Write); opened != CommandContext::Success) {
        return opened;
    }
    LocationAdministration &places = context.log().locations();
    const QString inDistrict = context.argument(1);
    const QString name = context.argument(2);
    if (action == u"add") {
        return finished(context, places.addStation(StationRecord{inDistrict, name, context.value(kCode), false}));
    }
    auto tree = places.hierarchy();
    if (!tree) {
        return context.fail(tree.failure());
    }
    const StationRecord *stored = tree->station(inDistrict, name);
    StationRecord after = stored != nullptr ? *stored : StationRecord{};
    if (action == u"rename") {
        after.name = context.argument(3);
    } else {
        after.retired = action == u"retire";
    }
    if (context.isSet(kCode)) {
        after.code = context.value(kCode);
    }
    return finished(context, places.changeStation(inDistrict, name, after));
}

} // namespace

std::vector<Command> Commands::locations()
{
    const Command::Argument action{
        QStringLiteral("ACTION"),
        QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "add, rename, retire or reinstate.")),
        {}};
    return {
        {QStringLiteral("location"),
         QT_TRANSLATE_NOOP("CommandHelp", "Locations: location add NAME [--district D --station S] | location rename "
                                          "NAME NEW-NAME | location move NAME --district D --station S | location "
                                          "merge NAME INTO | location retire NAME | location reinstate NAME | location "
                                          "set NAME [--code C] [--latitude L --longitude L] | location list [--tree]."),
         {kDistrict, kStation, kCode, kLatitude, kLongitude, kTree},
         {{QStringLiteral("ACTION"),
           QStringLiteral(
               QT_TRANSLATE_NOOP("CommandHelp", "add, rename, move, merge, retire, reinstate, set or list.")),
           {}},
          {QStringLiteral("NAME"), QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "The location.")),
           QStringLiteral("[NAME]")},
          {QStringLiteral("NEW-NAME"),
           QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "Its new name (rename), or the location it goes into "
                                                           "(merge).")),
           QStringLiteral("[NEW-NAME|INTO]")}},
         location},
        {QStringLiteral("district"),
         QT_TRANSLATE_NOOP("CommandHelp", "Frontier districts: district add NAME [--code C] | district rename NAME "
                                          "NEW-NAME | district retire NAME | district reinstate NAME."),
         {kCode},
         {action,
          {QStringLiteral("NAME"), QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "The frontier district.")), {}},
          {QStringLiteral("NEW-NAME"), QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "Its new name (rename).")),
           QStringLiteral("[NEW-NAME]")}},
         district},
        {QStringLiteral("station"),
         QT_TRANSLATE_NOOP("CommandHelp", "Frontier stations: station add DISTRICT NAME [--code C] | station rename "
                                          "DISTRICT NAME NEW-NAME | station retire DISTRICT NAME | station reinstate "
                                          "DISTRICT NAME."),
         {kCode},
         {action,
          {QStringLiteral("DISTRICT"), QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "The frontier district.")), {}},
          {QStringLiteral("NAME"), QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "The frontier station.")), {}},
          {QStringLiteral("NEW-NAME"), QStringLiteral(QT_TRANSLATE_NOOP("CommandHelp", "Its new name (rename).")),
           QStringLiteral("[NEW-NAME]")}},
         station},
    };
}

} // namespace borderlog
