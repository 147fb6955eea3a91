// SPDX-License-Identifier: GPL-3.0-or-later
#include "editmenu.h"

#include "incidentundo.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>

#include <optional>

namespace borderlog {

namespace {

constexpr auto kSlotProperty = "borderlogSlot";

bool hasSlot(const QWidget *widget, const char *slot)
{
    return widget && widget->metaObject()->indexOfSlot(QMetaObject::normalizedSignature(QByteArray(slot) + "()")) >= 0;
}

// Whether the text field `widget` has a typing step of its own to undo (or redo); nullopt for other widgets.
std::optional<bool> fieldCanUndo(const QObject *widget, bool redo)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(widget)) {
        return redo ? line->isRedoAvailable() : line->isUndoAvailable();
    }
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(widget)) {
        return redo ? text->document()->isRedoAvailable() : text->document()->isUndoAvailable();
    }
    return std::nullopt;
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
    qApp->installEventFilter(this);
}

EditMenu::~EditMenu() = default;

bool EditMenu::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+Z in a text field undoes the typing in it first, as everywhere; a field with nothing of its own to
    // undo lets the key through to Edit › Undo, so that Ctrl+Z right after a save undoes the save.
    if (event->type() == QEvent::ShortcutOverride && watched->isWidgetType()
        && parentWidget()->window()->isAncestorOf(static_cast<QWidget *>(watched))) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo =
            key->matches(QKeySequence::Redo)
            || key->keyCombination() == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z);
        if ((undo || redo) && fieldCanUndo(watched, redo) == false) {
            return true; // not accepted: the window's shortcut takes the key
        }
    }
    return QMenu::eventFilter(watched, event);
}

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
