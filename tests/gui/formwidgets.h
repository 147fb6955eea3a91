// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nationalitylineseditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

#include <catch2/catch.hpp>

namespace borderlog::test {

// A widget inside a window by its object name (as the .ui form names it); the test stops when it is missing.
template <typename T>
T *child(const QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    INFO(name.toStdString());
    REQUIRE(found != nullptr);
    return found;
}

// Shows `window` and waits until it is the active window: keys go to the active window, and under a window
// manager activation comes a moment after showing.
inline void showActive(QWidget &window)
{
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

// The incident form's fields, found as a test finds them on screen.
struct FormWidgets
{
    explicit FormWidgets(const QWidget *form)
        : dateEdit(child<QDateEdit>(form, QStringLiteral("dateEdit")))
        , locationCombo(child<QComboBox>(form, QStringLiteral("locationCombo")))
        , nationalityLines(child<NationalityLinesEditor>(form, QStringLiteral("nationalityLines")))
        , outcomeCombo(child<QComboBox>(form, QStringLiteral("outcomeCombo")))
        , notesEdit(child<QPlainTextEdit>(form, QStringLiteral("notesEdit")))
        , reasonEdit(child<QLineEdit>(form, QStringLiteral("reasonEdit")))
        , groupSizeLabel(child<QLabel>(form, QStringLiteral("groupSizeLabel")))
        , formMessage(child<QLabel>(form, QStringLiteral("formMessage")))
        , locationError(child<QLabel>(form, QStringLiteral("locationError")))
        , nationalityError(child<QLabel>(form, QStringLiteral("nationalityError")))
        , reasonError(child<QLabel>(form, QStringLiteral("reasonError")))
    {}

    QDateEdit *dateEdit;
    QComboBox *locationCombo;
    NationalityLinesEditor *nationalityLines;
    QComboBox *outcomeCombo;
    QPlainTextEdit *notesEdit;
    QLineEdit *reasonEdit;
    QLabel *groupSizeLabel;
    QLabel *formMessage;
    QLabel *locationError;
    QLabel *nationalityError;
    QLabel *reasonError;
};

} // namespace borderlog::test
