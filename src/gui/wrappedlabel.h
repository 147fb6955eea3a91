// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace borderlog {

// A word-wrapped label exactly as tall as its text needs at the width it has. QLabel's own size hint guesses
// a width and, for a long text, asks for several lines more than a wide window needs (the sample's banner
// took half of a 1366×768 screen).
class WrappedLabel : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappedLabel)

public:
    explicit WrappedLabel(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
};

} // namespace borderlog
