// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

class QChartView;
class QWidget;

namespace borderlog {

// A chart saved as PNG or SVG for the ministry's slides: the chart as it is shown, with its title and axes
// (and, for a bar chart, the outcomes' legend beside it). Written through OutputFile: a regular file whole or
// not at all. The chart view's context menu offers both (addActions).
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)

public:
    enum class Format {
        Png, // at twice the size on the screen, so that it stays sharp on a slide
        Svg  // scalable (QSvgGenerator)
    };
    static Result<void> save(QChartView &view, const QString &path, Format format);
    // Adds "Save chart as PNG…" and "Save chart as SVG…" to the view's context menu; `name` suggests the
    // file's name ("persons-per-outcome").
    static void addActions(QChartView &view, const QString &name);
};

} // namespace borderlog
