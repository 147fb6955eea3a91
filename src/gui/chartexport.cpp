// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexport.h"

#include "dialogs.h"
#include "outputfile.h"

#include <QAction>
#include <QChartView>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QStandardPaths>
#include <QSvgGenerator>

namespace borderlog {

namespace {

constexpr int kPngScale = 2;

void draw(QChartView &view, QPaintDevice &device, const QSize &size)
{
    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
    view.render(&painter, QRectF(QPointF(0, 0), size), view.viewport()->rect());
}

} // namespace

Result<void> ChartExport::save(QChartView &view, const QString &path, Format format)
{
    OutputFile file(path);
    if (auto opened = file.open(); !opened) {
        return opened;
    }
    const QSize size = view.viewport()->size();
    bool written = true;
    if (format == Format::Png) {
        QImage image(size * kPngScale, QImage::Format_ARGB32);
        image.setDevicePixelRatio(kPngScale);
        draw(view, image, size);
        written = image.save(&file.device(), "PNG");
    } else {
        QSvgGenerator svg;
        svg.setOutputDevice(&file.device());
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(view.chart() ? view.chart()->title() : QString());
        svg.setDescription(QStringLiteral("Border Incident Log"));
        draw(view, svg, size);
    }
    if (const auto error = file.writeError()) {
        file.discard();
        return *error;
    }
    if (!written) {
        file.discard();
        return Failure::storage(tr("Cannot write the chart to %1").arg(QDir::toNativeSeparators(path)));
    }
    return file.commit();
}

void ChartExport::addActions(QChartView &view, const QString &name)
{
    view.setContextMenuPolicy(Qt::ActionsContextMenu);
    for (const Format format : {Format::Png, Format::Svg}) {
        const bool png = format == Format::Png;
        auto *action = new QAction(png ? tr("Save chart as &PNG…") : tr("Save chart as &SVG…"), &view);
        action->setObjectName(png ? QStringLiteral("saveChartPngAction") : QStringLiteral("saveChartSvgAction"));
        QObject::connect(action, &QAction::triggered, &view, [&view, name, format, png] {
            const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
            const QString suggested =
                QDir(folder).filePath(name + (png ? QStringLiteral(".png") : QStringLiteral(".svg")));
            const QString path = Dialogs::fileToSave(&view, tr("Save the chart"), suggested,
                                                     png ? tr("PNG images (*.png);;All files (*)")
                                                         : tr("SVG images (*.svg);;All files (*)"));
            if (path.isEmpty()) {
                return;
            }
            if (auto saved = save(view, path, format); !saved) {
                Dialogs::warn(&view, tr("Save the chart"), saved.failure().message);
            }
        });
        view.addAction(action);
    }
}

} // namespace borderlog
