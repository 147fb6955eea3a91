// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterbar.h"
#include "ui_filterbar.h"

#include "datetyping.h"
#include "locationnames.h"
#include "nationalitycatalog.h"

#include <QCompleter>
#include <QSignalBlocker>
#include <QStringListModel>

#include <algorithm>

namespace borderlog {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FilterBar>())
{
    m_ui->setupUi(this);
    DateTyping::install(m_ui->fromEdit);
    DateTyping::install(m_ui->toEdit);
    const QDate today = QDate::currentDate();
    m_ui->fromEdit->setDate(today.addDays(-30));
    m_ui->toEdit->setDate(today);
    m_ui->locationCombo->addItem(tr("All locations"), QStringList());
    m_ui->outcomeCombo->addItem(tr("All outcomes"), QString());
    for (Outcome outcome : kOutcomesListed) {
        m_ui->outcomeCombo->addItem(outcomeLabel(outcome), outcomeCode(outcome));
    }
    auto *completer = new QCompleter(new QStringListModel(NationalityCatalog::instance().pickerNames(), this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_ui->nationalityEdit->setCompleter(completer);

    connect(m_ui->dateRangeCheck, &QCheckBox::toggled, m_ui->fromEdit, &QWidget::setEnabled);
    connect(m_ui->dateRangeCheck, &QCheckBox::toggled, m_ui->toEdit, &QWidget::setEnabled);
    connect(m_ui->dateRangeCheck, &QCheckBox::toggled, this, &FilterBar::update);
    connect(m_ui->fromEdit, &QDateEdit::dateChanged, this, &FilterBar::update);
    connect(m_ui->toEdit, &QDateEdit::dateChanged, this, &FilterBar::update);
    connect(m_ui->locationCombo, &QComboBox::currentIndexChanged, this, &FilterBar::update);
    connect(m_ui->outcomeCombo, &QComboBox::currentIndexChanged, this, &FilterBar::update);
    connect(m_ui->nationalityEdit, &QLineEdit::editingFinished, this, &FilterBar::update);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &FilterBar::update);
    connect(m_ui->nationalityEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) {
            update();
        }
    });
    connect(m_ui->clearButton, &QToolButton::clicked, this, &FilterBar::clear);
}

FilterBar::~FilterBar() = default;

void FilterBar::setLocations(const LocationHierarchy &places)
{
    // Each entry's data: {} for all, {district}, {district, station} or {district, station, location}.
    const QStringList current = m_ui->locationCombo->currentData().toStringList();
    const QSignalBlocker blocker(m_ui->locationCombo);
    m_ui->locationCombo->clear();
    m_ui->locationCombo->addItem(tr("All locations"), QStringList());
    for (const auto &district : places.districts) {
        const bool placed = std::any_of(places.locations.cbegin(), places.locations.cend(), [&](const auto &l) {
            return l.district == district.name && l.mergedInto.isEmpty();
        });
        if (!placed) {
            continue;
        }
        m_ui->locationCombo->addItem(tr("%1 (district)").arg(district.name), QStringList{district.name});
        for (const auto &station : places.stations) {
            if (station.district != district.name) {
                continue;
            }
            QStringList names;
            for (const auto &l : places.locations) {
                if (l.district == district.name && l.station == station.name && l.mergedInto.isEmpty()) {
                    names << l.name;
                }
            }
            if (names.isEmpty()) {
                continue;
            }
            m_ui->locationCombo->addItem(QStringLiteral("  ") + tr("%1 (station)").arg(station.name),
                                         QStringList{district.name, station.name});
            for (const QString &name : LocationNames::alphabetical(names)) {
                m_ui->locationCombo->addItem(QStringLiteral("    ") + name,
                                             QStringList{district.name, station.name, name});
            }
        }
    }
    m_ui->locationCombo->setCurrentIndex(std::max(0, m_ui->locationCombo->findData(current)));
    if (m_ui->locationCombo->currentData().toStringList() != current) {
        update();
    }
}

void FilterBar::clear()
{
    {
        const QSignalBlocker a(m_ui->dateRangeCheck), b(m_ui->locationCombo), c(m_ui->nationalityEdit),
            d(m_ui->outcomeCombo);
        m_ui->dateRangeCheck->setChecked(false);
        m_ui->fromEdit->setEnabled(false);
        m_ui->toEdit->setEnabled(false);
        m_ui->locationCombo->setCurrentIndex(0);
        m_ui->nationalityEdit->clear();
        m_ui->outcomeCombo->setCurrentIndex(0);
    }
    update();
}

void FilterBar::update()
{
    IncidentFilter filter;
    if (m_ui->dateRangeCheck->isChecked()) {
        filter.from = m_ui->fromEdit->date();
        filter.to = m_ui->toEdit->date();
        if (filter.from > filter.to) {
            std::swap(filter.from, filter.to);
        }
    }
    const QStringList place = m_ui->locationCombo->currentData().toStringList();
    filter.district = place.value(0);
    filter.station = place.value(1);
    filter.location = place.value(2);
    const QString nationality = m_ui->nationalityEdit->text();
    if (!nationality.trimmed().isEmpty()) {
        const auto match = NationalityCatalog::instance().match(nationality);
        if (!match.nationality) {
            m_ui->nationalityEdit->setStyleSheet(QStringLiteral("border: 1px solid #b00020;"));
            m_ui->nationalityEdit->setToolTip(
                match.candidates.isEmpty()
                    ? tr("nationality: '%1' is not a known country name or code").arg(nationality)
                    : tr("nationality: '%1' could mean %2").arg(nationality, match.candidates.mid(0, 5).join(u", ")));
            return;
        }
        filter.nationality = match.nationality->alpha2;
    }
    m_ui->nationalityEdit->setStyleSheet(QString());
    m_ui->nationalityEdit->setToolTip(tr("Nationality: name, IQ or IRQ"));
    filter.outcome = outcomeFromText(m_ui->outcomeCombo->currentData().toString());
    if (filter != m_filter) {
        m_filter = filter;
        emit filterChanged(m_filter);
    }
}

} // namespace borderlog
