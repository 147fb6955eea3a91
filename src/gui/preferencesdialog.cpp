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

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
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

void PreferencesDialog::accept()
{
    ApplicationIdentity::settings()->setValue(kLanguageKey, m_language->currentData().toString());
    QDialog::accept();
}

} // namespace borderlog
