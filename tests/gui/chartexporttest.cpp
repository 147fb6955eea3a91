// SPDX-License-Identifier: GPL-3.0-or-later
// The charts saved as PNG and SVG, as the context menu saves them: the picture the screen shows, written whole.
#include "chartexport.h"

#include "outcomechartview.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace borderlog;

TEST_CASE("A chart is saved as PNG at twice its size and as SVG, and a bad path writes nothing", "[gui][charts]")
{
    OutcomeChartView view;
    ChartExport::addActions(view, QStringLiteral("persons-per-day"));
    TallyRow day;
    day.key = QStringLiteral("2021-08-02");
    day.persons = 287;
    day.personsByOutcome[outcomeIndex(Outcome::Detained)] = 287;
    view.setTally(Tally(TallyGrouping::Day, {day}, QDate(2021, 8, 1), QDate(2021, 8, 3)));
    view.setTitle(QStringLiteral("Persons per outcome"));
    view.resize(400, 250);
    view.show();
    CHECK(view.findChild<QAction *>(QStringLiteral("saveChartPngAction")) != nullptr);
    CHECK(view.findChild<QAction *>(QStringLiteral("saveChartSvgAction")) != nullptr);
    CHECK(view.contextMenuPolicy() == Qt::ActionsContextMenu);

    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    REQUIRE(ChartExport::save(view, png, ChartExport::Format::Png).ok());
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() == view.viewport()->width() * 2);
    // Not a blank page: the detained bar's colour is in the picture.
    bool coloured = false;
    for (int y = 0; y < image.height() && !coloured; y += 2) {
        for (int x = 0; x < image.width() && !coloured; x += 2) {
            const QColor c = image.pixelColor(x, y);
            coloured = c.saturation() > 80 && c.value() > 40;
        }
    }
    CHECK(coloured);

    const QString svg = dir.filePath(QStringLiteral("chart.svg"));
    REQUIRE(ChartExport::save(view, svg, ChartExport::Format::Svg).ok());
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    CHECK(text.contains("<svg"));
    CHECK(text.contains("Persons per outcome"));

    const QString nowhere = dir.filePath(QStringLiteral("missing/chart.png"));
    CHECK_FALSE(ChartExport::save(view, nowhere, ChartExport::Format::Png).ok());
    CHECK_FALSE(QFile::exists(nowhere));
}
