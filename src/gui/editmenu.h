// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>
#include <QPointer>

namespace borderlog {

class IncidentUndo;

// The Edit menu: Undo and Redo of the window's incident changes (IncidentUndo), then Cut, Copy, Paste and Select
// All for the field last focused in the window. Each of those calls the field's own slot of that name and is
// enabled only when the field has one (a table selects all, a text field does all four); a focused field
// answers the keys itself, so the menu's shortcuts reach only the widgets that do not.
class EditMenu : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditMenu)

public:
    EditMenu(IncidentUndo &undo, QWidget *parent);
    ~EditMenu() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addFieldAction(const QString &text, QKeySequence::StandardKey key, const char *slot);
    void onFocusChanged(QWidget *now);
    // The field the actions act on: the last focused widget of this window (not the menu bar or a menu),
    // an editable combo box's line edit for the box.
    QWidget *field() const;
    void updateFieldActions();

    QPointer<QWidget> m_field;
};

} // namespace borderlog
