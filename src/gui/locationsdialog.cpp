// SPDX-License-Identifier: GPL-3.0-or-later
#include "locationsdialog.h"

#include "dialogs.h"
#include "incidentlog.h"
#include "locationnames.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace borderlog {

namespace {

constexpr int kLevelRole = Qt::UserRole;
constexpr int kDistrictRole = Qt::UserRole + 1;
constexpr int kStationRole = Qt::UserRole + 2;
constexpr int kRetiredRole = Qt::UserRole + 3;

QString stationPath(const StationRecord &station)
{
    return station.district + QStringLiteral(" › ") + station.name;
}

} // namespace

LocationsDialog::LocationsDialog(IncidentLog &log, QWidget *parent)
    : QDialog(parent)
    , m_log(log)
    , m_view(new QTreeWidget(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Locations"));
    m_view->setObjectName(QStringLiteral("locationTree"));
    m_view->setHeaderLabels({tr("Name"), tr("Code"), tr("Coordinates"), tr("State")});
    m_view->setUniformRowHeights(true);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    auto *buttons = new QVBoxLayout;
    addButton(tr("Add &district…"), &LocationsDialog::addDistrict);
    m_addStation = addButton(tr("Add &station…"), &LocationsDialog::addStation);
    m_addLocation = addButton(tr("Add &location…"), &LocationsDialog::addLocation);
    m_rename = addButton(tr("&Rename…"), &LocationsDialog::renameSelected);
    m_move = addButton(tr("&Move to station…"), &LocationsDialog::moveSelected);
    m_merge = addButton(tr("M&erge into…"), &LocationsDialog::mergeSelected);
    m_retire = addButton(tr("Re&tire"), &LocationsDialog::toggleRetired);
    for (auto *button : findChildren<QPushButton *>()) {
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *middle = new QHBoxLayout;
    middle->addWidget(m_view, 1);
    middle->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Frontier districts › stations › locations. Nothing is deleted: retire a "
                                    "place instead, or merge a misspelt location into the right one."),
                                 this));
    layout->addLayout(middle, 1);
    layout->addWidget(m_message);
    layout->addWidget(close);
    // F2 renames, as in the log.
    connect(new QShortcut(QKeySequence(Qt::Key_F2), m_view), &QShortcut::activated, this,
            &LocationsDialog::renameSelected);
    connect(m_view, &QTreeWidget::currentItemChanged, this, &LocationsDialog::updateButtons);
    resize(760, 480);
    reload();
    m_view->setFocus();
}

QPushButton *LocationsDialog::addButton(const QString &text, void (LocationsDialog::*slot)())
{
    auto *button = new QPushButton(text, this);
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, slot);
    return button;
}

void LocationsDialog::reload()
{
    auto tree = m_log.locations().hierarchy();
    if (!tree) {
        finish(tree.failure(), {});
        return;
    }
    m_tree = std::move(tree).value();
    fillTree();
}

namespace {

QString stateOf(bool retired, const QString &mergedInto = {})
{
    return !mergedInto.isEmpty() ? LocationsDialog::tr("merged into %1").arg(mergedInto)
           : retired             ? LocationsDialog::tr("retired")
                                 : QString();
}

} // namespace

void LocationsDialog::addLocationItems(QTreeWidgetItem *parent, const StationRecord &station)
{
    for (const auto &l : m_tree.locations) {
        if (l.district != station.district || l.station != station.name) {
            continue;
        }
        // Latitude and longitude apart by "; " where a comma is the decimal sign (Lithuanian: 54,53890; 25,64250).
        const QLocale locale;
        const QString apart =
            locale.decimalPoint() == QStringLiteral(",") ? QStringLiteral("; ") : QStringLiteral(", ");
        const QString where = l.latitude && l.longitude
                                  ? locale.toString(*l.latitude, 'f', 5) + apart + locale.toString(*l.longitude, 'f', 5)
                                  : QString();
        auto *item = new QTreeWidgetItem(parent, {l.name, l.code, where, stateOf(l.retired, l.mergedInto)});
        item->setData(0, kLevelRole, int(Level::Location));
        item->setData(0, kDistrictRole, station.district);
        item->setData(0, kStationRole, station.name);
        item->setData(0, kRetiredRole, l.retired || !l.mergedInto.isEmpty());
    }
}

void LocationsDialog::fillTree()
{
    const auto previous = selected();
    m_view->clear();
    for (const auto &district : m_tree.districts) {
        auto *d = new QTreeWidgetItem(m_view, {district.name, district.code, {}, stateOf(district.retired)});
        d->setData(0, kLevelRole, int(Level::District));
        d->setData(0, kRetiredRole, district.retired);
        for (const auto &station : m_tree.stations) {
            if (station.district != district.name) {
                continue;
            }
            auto *s = new QTreeWidgetItem(d, {station.name, station.code, {}, stateOf(station.retired)});
            s->setData(0, kLevelRole, int(Level::Station));
            s->setData(0, kDistrictRole, district.name);
            s->setData(0, kRetiredRole, station.retired);
            addLocationItems(s, station);
        }
    }
    m_view->expandAll();
    for (int c = 1; c < m_view->columnCount(); ++c) {
        m_view->resizeColumnToContents(c);
    }
    if (previous) {
        select(previous->level, previous->district, previous->station, previous->name);
    }
    if (m_view->currentItem() == nullptr && m_view->topLevelItemCount() > 0) {
        m_view->setCurrentItem(m_view->topLevelItem(0));
    }
    updateButtons();
}

void LocationsDialog::select(Level level, const QString &district, const QString &station, const QString &name)
{
    for (QTreeWidgetItemIterator it(m_view); *it != nullptr; ++it) {
        const QTreeWidgetItem *item = *it;
        if (item->data(0, kLevelRole).toInt() == int(level) && item->text(0) == name
            && item->data(0, kDistrictRole).toString() == (level == Level::District ? QString() : district)
            && item->data(0, kStationRole).toString() == (level == Level::Location ? station : QString())) {
            m_view->setCurrentItem(*it);
            return;
        }
    }
}

std::optional<LocationsDialog::Selected> LocationsDialog::selected() const
{
    const QTreeWidgetItem *item = m_view->currentItem();
    if (item == nullptr) {
        return std::nullopt;
    }
    const auto level = Level(item->data(0, kLevelRole).toInt());
    Selected s{level, item->data(0, kDistrictRole).toString(), item->data(0, kStationRole).toString(), item->text(0),
               item->data(0, kRetiredRole).toBool()};
    if (level == Level::District) {
        s.district = s.name;
    }
    return s;
}

void LocationsDialog::updateButtons()
{
    const auto current = selected();
    const bool location = current && current->level == Level::Location;
    const LocationRecord *stored = location ? m_tree.location(current->name) : nullptr;
    const bool merged = stored != nullptr && !stored->mergedInto.isEmpty();
    m_addStation->setEnabled(current.has_value());
    m_addLocation->setEnabled(current && current->level != Level::District);
    m_rename->setEnabled(current && !merged);
    m_move->setEnabled(location && !merged);
    m_merge->setEnabled(location && !merged);
    m_retire->setEnabled(current && !merged);
    m_retire->setText(current && current->retired && !merged ? tr("Re&instate") : tr("Re&tire"));
}

bool LocationsDialog::finish(const Result<void> &result, const QString &done)
{
    m_message->setStyleSheet(result ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b00020;"));
    m_message->setText(result ? done : result.message());
    m_message->setVisible(!m_message->text().isEmpty());
    if (result) {
        reload();
    }
    return result.ok();
}

void LocationsDialog::addDistrict()
{
    const auto name = Dialogs::askText(this, tr("Add district"), tr("Frontier district:"));
    if (name
        && finish(m_log.locations().addDistrict(DistrictRecord{*name, {}, false}),
                  tr("District %1 added").arg(name->trimmed()))) {
        select(Level::District, {}, {}, m_tree.district(*name) != nullptr ? m_tree.district(*name)->name : *name);
    }
}

void LocationsDialog::addStation()
{
    const auto current = selected();
    if (!current) {
        return;
    }
    const auto name = Dialogs::askText(this, tr("Add station"), tr("Frontier station in %1:").arg(current->district));
    if (name
        && finish(m_log.locations().addStation(StationRecord{current->district, *name, {}, false}),
                  tr("Station %1 added").arg(name->trimmed()))) {
        if (const StationRecord *added = m_tree.station(current->district, *name)) {
            select(Level::Station, added->district, {}, added->name);
        }
    }
}

void LocationsDialog::addLocation()
{
    const auto current = selected();
    if (!current || current->level == Level::District) {
        return;
    }
    LocationRecord location;
    location.district = current->district;
    location.station = current->level == Level::Station ? current->name : current->station;
    const auto name =
        Dialogs::askText(this, tr("Add location"),
                         tr("Border section or checkpoint in %1 › %2:").arg(location.district, location.station));
    if (!name) {
        return;
    }
    location.name = *name;
    if (finish(m_log.locations().add(location), tr("Location %1 added").arg(name->trimmed()))) {
        if (const LocationRecord *added = m_tree.location(*name)) {
            select(Level::Location, added->district, added->station, added->name);
        }
    }
}

void LocationsDialog::renameSelected()
{
    const auto current = selected();
    if (!current || !m_rename->isEnabled()) {
        return;
    }
    const auto name = Dialogs::askText(this, tr("Rename"), tr("New name of %1:").arg(current->name), current->name);
    if (!name) {
        return;
    }
    const Result<void> renamed = changeSelected(*current, name->trimmed(), std::nullopt);
    if (finish(renamed, tr("%1 renamed %2").arg(current->name, name->trimmed()))) {
        select(current->level, current->level == Level::District ? QString() : current->district, current->station,
               name->trimmed());
    }
}

void LocationsDialog::moveSelected()
{
    const auto current = selected();
    if (!current || current->level != Level::Location) {
        return;
    }
    QStringList stations;
    for (const auto &station : m_tree.stations) {
        if (!station.retired) {
            stations << stationPath(station);
        }
    }
    const auto chosen =
        Dialogs::chooseItem(this, tr("Move to station"), tr("Station for %1:").arg(current->name), stations);
    if (!chosen) {
        return;
    }
    const auto station = std::find_if(m_tree.stations.cbegin(), m_tree.stations.cend(),
                                      [&](const StationRecord &s) { return stationPath(s) == *chosen; });
    const LocationRecord *stored = m_tree.location(current->name);
    if (station == m_tree.stations.cend() || stored == nullptr) {
        reload();
        return;
    }
    LocationRecord after = *stored;
    after.district = station->district;
    after.station = station->name;
    // finish() reads the tree again: what the selection needs is taken before.
    const QString district = station->district;
    const QString stationName = station->name;
    if (finish(m_log.locations().change(current->name, after), tr("%1 moved to %2").arg(current->name, *chosen))) {
        select(Level::Location, district, stationName, current->name);
    }
}

void LocationsDialog::mergeSelected()
{
    const auto current = selected();
    if (!current || current->level != Level::Location) {
        return;
    }
    QStringList others = m_tree.choosable();
    others.removeAll(current->name);
    const auto into = Dialogs::chooseItem(
        this, tr("Merge into"),
        tr("Location that %1 is another name of (its incidents move there):").arg(current->name), others);
    if (!into
        || !Dialogs::confirm(this, tr("Merge into"),
                             tr("Move every incident of %1 to %2, and keep %1 only as another name of %2? This cannot "
                                "be undone.")
                                 .arg(current->name, *into))) {
        return;
    }
    if (finish(m_log.locations().merge(current->name, *into), tr("%1 merged into %2").arg(current->name, *into))) {
        if (const LocationRecord *kept = m_tree.location(*into)) {
            select(Level::Location, kept->district, kept->station, kept->name);
        }
    }
}

Result<void> LocationsDialog::changeSelected(const Selected &place, const std::optional<QString> &name,
                                             std::optional<bool> retired)
{
    const auto gone = [&] {
        return Failure::refused(tr("%1 was changed by someone else meanwhile; look at the list again").arg(place.name));
    };
    switch (place.level) {
    case Level::District: {
        const DistrictRecord *stored = m_tree.district(place.name);
        if (stored == nullptr) {
            return gone();
        }
        DistrictRecord after = *stored;
        after.name = name.value_or(after.name);
        after.retired = retired.value_or(after.retired);
        return m_log.locations().changeDistrict(place.name, after);
    }
    case Level::Station: {
        const StationRecord *stored = m_tree.station(place.district, place.name);
        if (stored == nullptr) {
            return gone();
        }
        StationRecord after = *stored;
        after.name = name.value_or(after.name);
        after.retired = retired.value_or(after.retired);
        return m_log.locations().changeStation(place.district, place.name, after);
    }
    case Level::Location:
        break;
    }
    const LocationRecord *stored = m_tree.location(place.name);
    if (stored == nullptr) {
        return gone();
    }
    LocationRecord after = *stored;
    after.name = name.value_or(after.name);
    after.retired = retired.value_or(after.retired);
    return m_log.locations().change(place.name, after);
}

void LocationsDialog::toggleRetired()
{
    const auto current = selected();
    if (!current || !m_retire->isEnabled()) {
        return;
    }
    const bool retire = !current->retired;
    const Result<void> changed = changeSelected(*current, std::nullopt, retire);
    finish(changed, retire ? tr("%1 retired").arg(current->name) : tr("%1 reinstated").arg(current->name));
}

} // namespace borderlog
