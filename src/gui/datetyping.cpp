// SPDX-License-Identifier: GPL-3.0-or-later
#include "datetyping.h"

#include <QDateTimeEdit>
#include <QKeyEvent>
#include <QLineEdit>

namespace borderlog::DateTyping {

namespace {

class WholeDateFilter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress) {
            return QObject::eventFilter(watched, event);
        }
        auto *edit = static_cast<QDateTimeEdit *>(watched);
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            // From the last section (the first, going back) the edit hands the focus on instead of moving within.
            const bool back = key->key() == Qt::Key_Backtab || key->modifiers().testFlag(Qt::ShiftModifier);
            edit->setCurrentSectionIndex(back ? 0 : edit->sectionCount() - 1);
            return QObject::eventFilter(watched, event);
        }
        const QChar typed = key->text().size() == 1 ? key->text().front() : QChar();
        const QLineEdit *line = edit->findChild<QLineEdit *>();
        const int section = edit->currentSectionIndex();
        const bool advanced = m_sectionBeforeDigit >= 0 && section != m_sectionBeforeDigit;
        m_sectionBeforeDigit = -1;
        if (typed.isDigit()) {
            // The whole date selected and a digit typed: the typing starts at the first section.
            if (line && line->hasSelectedText() && line->selectedText() == line->text()) {
                edit->setSelectedSection(edit->sectionAt(0));
            }
            m_sectionBeforeDigit = edit->currentSectionIndex();
        } else if (!typed.isNull() && !typed.isLetterOrNumber() && !typed.isSpace() && advanced) {
            // A separator typed after a section filled up (the edit moved on by itself): already there.
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    // The section the last key, a digit, was typed into (-1 after any other key); compared at the next key
    // to see whether the edit moved on by itself.
    int m_sectionBeforeDigit = -1;
};

} // namespace

void install(QDateTimeEdit *edit)
{
    edit->installEventFilter(new WholeDateFilter(edit));
}

} // namespace borderlog::DateTyping
