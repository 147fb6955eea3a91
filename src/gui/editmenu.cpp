// SPDX-License-Identifier: GPL-3.0-or-later
#include "editmenu.h"

#include "incidentundo.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>

namespace borderlog {

namespace {

constexpr auto kSlotProperty = "borderlogSlot";

bool hasSlot(const QWidget *widget, const char *slot)
{
    return widget && widget->metaObject()->indexOfSlot(QMetaObject::normalizedSignature(QByteArray(slot) + "()")) >= 0;
}

} // namespace

EditMenu::EditMenu(IncidentUndo &undo, QWidget *parent)
    : QMenu(tr("&Edit"), parent)
{
    setObjectName(QStringLiteral("editingMenu")); // "editMenu" is the Incident menu of the .ui
    addAction(undo.undoAction());
    addAction(undo.redoAction());
    addSeparator();
    addFieldAction(tr("Cu&t"), QKeySequence::Cut, "cut");
    addFieldAction(tr("&Copy"), QKeySequence::Copy, "copy");
    addFieldAction(tr("&Paste"), QKeySequence::Paste, "paste");
    addSeparator();
    addFieldAction(tr("Select &All"), QKeySequence::SelectAll, "selectAll");
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { onFocusChanged(now); });
    connect(this, &QMenu::aboutToShow, this, &EditMenu::updateFieldActions);
    updateFieldActions();
}

EditMenu::~EditMenu() = default;

void EditMenu::addFieldAction(const QString &text, QKeySequence::StandardKey key, const char *slot)
{
    QAction *action = addAction(text);
    action->setObjectName(QString::fromLatin1(slot) + QStringLiteral("Action"));
    action->setShortcuts(key);
    action->setProperty(kSlotProperty, QByteArray(slot));
    connect(action, &QAction::triggered, this, [this, slot] {
        if (QWidget *target = field(); hasSlot(target, slot)) {
            QMetaObject::invokeMethod(target, slot);
        }
    });
}

void EditMenu::onFocusChanged(QWidget *now)
{
    // The menu bar and the menus take the focus while they are used; the field stays the one before them.
    if (now && now->window() == parentWidget()->window() && !qobject_cast<QMenuBar *>(now)
        && !qobject_cast<QMenu *>(now)) {
        m_field = now;
    }
    updateFieldActions();
}

QWidget *EditMenu::field() const
{
    if (auto *combo = qobject_cast<QComboBox *>(m_field.data()); combo && combo->lineEdit()) {
        return combo->lineEdit();
    }
    return m_field.data();
}

void EditMenu::updateFieldActions()
{
    QWidget *target = field();
    for (QAction *action : actions()) {
        const QByteArray slot = action->property(kSlotProperty).toByteArray();
        if (!slot.isEmpty()) {
            action->setEnabled(hasSlot(target, slot.constData()));
        }
    }
}

} // namespace borderlog
