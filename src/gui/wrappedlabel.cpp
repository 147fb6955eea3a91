// SPDX-License-Identifier: GPL-3.0-or-later
#include "wrappedlabel.h"

#include <QResizeEvent>

namespace borderlog {

WrappedLabel::WrappedLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QSize WrappedLabel::sizeHint() const
{
    const QSize guessed = QLabel::sizeHint();
    return width() > 0 ? QSize(guessed.width(), heightForWidth(width())) : guessed;
}

QSize WrappedLabel::minimumSizeHint() const
{
    return QSize(QLabel::minimumSizeHint().width(), sizeHint().height());
}

void WrappedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    if (event->size().width() != event->oldSize().width()) {
        updateGeometry(); // the height for the new width
    }
}

} // namespace borderlog
