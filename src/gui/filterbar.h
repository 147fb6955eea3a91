// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentfilter.h"
#include "locationhierarchy.h"

#include <QWidget>

#include <memory>

namespace Ui {
class FilterBar;
}

namespace borderlog {

// Which incidents the log table, the summary and the export show: date range, location, nationality
// and outcome. Emits filterChanged() only with a filter whose every field is valid.
class FilterBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    explicit FilterBar(QWidget *parent = nullptr);
    ~FilterBar() override;

    IncidentFilter filter() const { return m_filter; }
    // The districts, their stations and their locations to filter by, indented (merged locations left out).
    void setLocations(const LocationHierarchy &places);

public slots:
    void clear();

signals:
    void filterChanged(const IncidentFilter &filter);

private:
    void update();

    std::unique_ptr<Ui::FilterBar> m_ui;
    IncidentFilter m_filter;
};

} // namespace borderlog
