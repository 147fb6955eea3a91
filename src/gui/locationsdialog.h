// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "locationhierarchy.h"
#include "result.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace borderlog {

class IncidentLog;

// An admin's frontier hierarchy (Admin › Locations…): districts, their stations and the stations' locations
// in one tree, with what can be done to the selected one — add a district, a station to the selected
// district, a location to the selected station; rename; move a location to another station; merge a location
// into another; retire or reinstate. Every change goes through LocationAdministration (audited, checked, each
// broken rule shown under the tree with its field) and the tree is read again after it.
class LocationsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocationsDialog)

public:
    explicit LocationsDialog(IncidentLog &log, QWidget *parent = nullptr);

public slots:
    void reload();
    void addDistrict();
    void addStation();
    void addLocation();
    void renameSelected();
    void moveSelected();
    void mergeSelected();
    void toggleRetired();

private:
    enum class Level {
        District,
        Station,
        Location,
    };
    struct Selected
    {
        Level level;
        QString district;
        QString station;
        QString name;
        bool retired = false;
    };
    QPushButton *addButton(const QString &text, void (LocationsDialog::*slot)());
    void fillTree();
    void addLocationItems(QTreeWidgetItem *parent, const StationRecord &station);
    std::optional<Selected> selected() const;
    void updateButtons();
    // A new name or retired state for the selected place, the rest as stored.
    Result<void> changeSelected(const Selected &place, const std::optional<QString> &name, std::optional<bool> retired);
    // Shows what happened (or what is wrong) under the tree; true when `result` succeeded, then reloads.
    bool finish(const Result<void> &result, const QString &done);
    void select(Level level, const QString &district, const QString &station, const QString &name);

    IncidentLog &m_log;
    LocationHierarchy m_tree;
    QTreeWidget *m_view;
    QLabel *m_message;
    QPushButton *m_addStation = nullptr;
    QPushButton *m_addLocation = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_move = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_retire = nullptr;
};

} // namespace borderlog
