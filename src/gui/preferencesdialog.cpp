// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "applicationidentity.h"
#include "translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace borderlog {

namespace {

const auto kLanguageKey = QStringLiteral("interface/language");
const auto kDistrictKey = QStringLiteral("form/district");
const auto kStationKey = QStringLiteral("form/station");

} // namespace

PreferencesDialog::PreferencesDialog(const LocationHierarchy &places, QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_station(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("PreferencesDialog"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Each language named in itself, so that a person who cannot read the current one finds their own.
    m_language->addItem(tr("The system's (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    for (const QString &code : Translations::languages()) {
        const QLocale locale = Translations::localeFor(code);
        m_language->addItem(locale.nativeLanguageName(), code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(language())));

    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Language:"), this);
    label->setBuddy(m_language);
    form->addRow(label, m_language);
    auto *note = new QLabel(tr("A new language takes effect when the app is started again."), this);
    note->setWordWrap(true);
    form->addRow(note);
    m_station->setObjectName(QStringLiteral("stationCombo"));
    m_station->addItem(tr("None: all locations alike"), QStringList());
    const auto [district, station] = PreferencesDialog::station();
    for (const auto &s : places.stations) {
        if (!s.retired || (s.district == district && s.name == station)) {
            m_station->addItem(s.district + QStringLiteral(" › ") + s.name, QStringList{s.district, s.name});
        }
    }
    m_station->setCurrentIndex(std::max(0, m_station->findData(QStringList{district, station})));
    auto *stationLabel = new QLabel(tr("&Station of this desktop:"), this);
    stationLabel->setBuddy(m_station);
    form->addRow(stationLabel, m_station);
    auto *stationNote = new QLabel(tr("The incident form offers this station's locations first."), this);
    stationNote->setWordWrap(true);
    form->addRow(stationNote);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::language()
{
    const QString chosen = ApplicationIdentity::settings()->value(kLanguageKey).toString();
    return Translations::languages().contains(chosen) ? chosen : QString();
}

std::pair<QString, QString> PreferencesDialog::station()
{
    const auto settings = ApplicationIdentity::settings();
    return {settings->value(kDistrictKey).toString(), settings->value(kStationKey).toString()};
}

void PreferencesDialog::accept()
{
    ApplicationIdentity::settings()->setValue(kLanguageKey, m_language->currentData().toString());
    const QStringList station = m_station->currentData().toStringList();
    ApplicationIdentity::settings()->setValue(kDistrictKey, station.value(0));
    ApplicationIdentity::settings()->setValue(kStationKey, station.value(1));
    QDialog::accept();
}

} // namespace borderlog
