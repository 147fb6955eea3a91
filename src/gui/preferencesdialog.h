// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;

namespace borderlog {

// File › Preferences: the language of the user interface (the system's, Lithuanian or English). The choice
// is kept with the app's settings and takes effect at the next start: a window already open keeps the
// texts, dates and country names it was built with.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // The language chosen in the settings: an ISO 639-1 code, empty for the system's.
    static QString language();
    // Stores the choices; accepted() follows.
    void accept() override;

private:
    QComboBox *m_language;
};

} // namespace borderlog
