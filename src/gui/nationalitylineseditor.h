// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incident.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;
class QVBoxLayout;

namespace borderlog {

// The nationality lines of a group: what was typed ("ira", "IQ", "IRQ", "Iraq") and how
// many. Most groups have one nationality, so it starts with one line; "Add nationality" adds more.
class NationalityLinesEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NationalityLinesEditor)

public:
    struct Line
    {
        QString text;
        int persons = 1;
    };

    explicit NationalityLinesEditor(QWidget *parent = nullptr);

    QList<Line> lines() const;
    void setLines(const QList<NationalityCount> &lines);
    // Back to one empty line of one person.
    void reset();
    int lineCount() const { return int(m_rows.size()); }
    QLineEdit *nationalityEdit(int line) const;
    QSpinBox *personsSpin(int line) const;
    int groupSize() const;

public slots:
    QLineEdit *addLine();

signals:
    void changed();
    // Line `index` went (before changed()): what belongs to it elsewhere goes with it.
    void lineRemoved(int index);

private:
    struct Row
    {
        QWidget *widget;
        QLineEdit *nationality;
        QSpinBox *persons;
        QLabel *resolved;
        QToolButton *remove;
    };

    void removeRow(QWidget *rowWidget);
    void updateResolved(const Row &row);
    void updateRemoveButtons();

    QVBoxLayout *m_rowsLayout;
    QPushButton *m_addButton = nullptr;
    QList<Row> m_rows;
};

} // namespace borderlog
