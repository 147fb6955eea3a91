// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;

#include "locationhierarchy.h"

#include <utility>

namespace borderlog {

// File › Preferences: the language of the user interface (the system's, Lithuanian or English), and the
// frontier station this desktop stands at, whose locations the incident form offers first. Both are kept
// with the app's settings. The language takes effect at the next start (a window already open keeps the
// texts, dates and country names it was built with); the station at once.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    // `places`: the stations to choose from (the open register's).
    explicit PreferencesDialog(const LocationHierarchy &places = {}, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // The language chosen in the settings: an ISO 639-1 code, empty for the system's.
    static QString language();
    // The station chosen: its district and name, both empty for none.
    static std::pair<QString, QString> station();
    // Stores the choices; accepted() follows.
    void accept() override;

private:
    QComboBox *m_language;
    QComboBox *m_station;
};

} // namespace borderlog
