// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentdetailseditor.h"

#include "incidentrules.h"
#include "incidenttext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QShortcut>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace borderlog {

IncidentDetailsEditor::IncidentDetailsEditor(QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_body(new QWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_toggle->setObjectName(QStringLiteral("detailsToggle"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setAutoRaise(true);
    m_toggle->setText(tr("Details (Ctrl+D)"));
    m_toggle->setToolTip(tr("Who was in the group, detection, casualties, force, refusal reasons, facilitators"));
    layout->addWidget(m_toggle);
    layout->addWidget(m_body);
    m_body->setObjectName(QStringLiteral("detailsBody"));
    buildFields();
    m_body->setVisible(false);
    connect(m_toggle, &QToolButton::toggled, this, &IncidentDetailsEditor::setOpen);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), parent ? parent : this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, [this] { setOpen(!isOpen()); });
}

QSpinBox *IncidentDetailsEditor::countSpin(int maximum)
{
    auto *spin = new QSpinBox(m_body);
    spin->setRange(0, maximum);
    spin->setAccelerated(true);
    // Narrow: four of them share a line of the form's field column, and the form fits 1366×768.
    spin->setButtonSymbols(QAbstractSpinBox::NoButtons);
    spin->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 8);
    connect(spin, &QSpinBox::valueChanged, this, &IncidentDetailsEditor::changed);
    return spin;
}

template <typename E>
QComboBox *IncidentDetailsEditor::choiceCombo()
{
    auto *combo = new QComboBox(m_body);
    // As wide as the form's column, not as its longest choice: the form fits 1366×768.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    for (const auto &c : choices<E>()) {
        combo->addItem(Choices::translatedLabel(c.label), int(c.value));
    }
    connect(combo, &QComboBox::currentIndexChanged, this, &IncidentDetailsEditor::changed);
    return combo;
}

template <typename E>
void IncidentDetailsEditor::select(QComboBox *combo, E value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(int(value))));
}

template <typename E>
E IncidentDetailsEditor::chosen(const QComboBox *combo)
{
    return E(combo->currentData().toInt());
}

void IncidentDetailsEditor::buildFields()
{
    m_form = new QFormLayout(m_body);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    buildBreakdown();
    m_detection = choiceCombo<Detection>();
    m_detection->setObjectName(QStringLiteral("detectionCombo"));
    m_direction = choiceCombo<Direction>();
    m_sector = choiceCombo<BorderSector>();
    m_estimated = new QCheckBox(tr("The count is an estimate"), m_body);
    m_estimated->setToolTip(tr("As the bulletins say “about 60”"));
    m_estimated->setObjectName(QStringLiteral("countEstimatedCheck"));
    m_injured = countSpin(IncidentRules::kMaxGroupSize);
    m_injured->setObjectName(QStringLiteral("injuredSpin"));
    m_dead = countSpin(IncidentRules::kMaxGroupSize);
    m_missing = countSpin(IncidentRules::kMaxGroupSize);
    m_aid = choiceCombo<AidGiven>();
    m_force = buildForceCombo();
    m_reasons = buildReasonsList();
    m_facilitators = countSpin(IncidentRules::kMaxFacilitators);
    m_facilitatorNationalities = new QLineEdit(m_body);
    m_facilitatorNationalities->setPlaceholderText(tr("their nationalities, e.g. BY LT"));
    auto *facilitators = new QWidget(m_body);
    auto *facilitatorsLayout = new QHBoxLayout(facilitators);
    facilitatorsLayout->setContentsMargins(0, 0, 0, 0);
    facilitatorsLayout->addWidget(m_facilitators);
    facilitatorsLayout->addWidget(m_facilitatorNationalities, 1);
    m_related = new QLineEdit(m_body);
    m_related->setObjectName(QStringLiteral("relatedEdit"));
    m_related->setPlaceholderText(tr("incident_id of an earlier attempt by the same group"));
    m_form->addRow(tr("Detected by"), m_detection);
    m_form->addRow(tr("Direction"), m_direction);
    m_form->addRow(tr("Border sector"), m_sector);
    m_form->addRow(QString(), m_estimated);
    m_form->addRow(tr("Injured"), m_injured);
    m_form->addRow(tr("Dead"), m_dead);
    m_form->addRow(tr("Missing"), m_missing);
    m_form->addRow(tr("Aid given"), m_aid);
    m_form->addRow(tr("Kind of force"), m_force);
    m_form->addRow(tr("Refusal reasons"), m_reasons);
    m_form->addRow(tr("Facilitators caught"), facilitators);
    m_form->addRow(tr("Related to"), m_related);
    connect(m_estimated, &QCheckBox::toggled, this, &IncidentDetailsEditor::changed);
    connect(m_facilitatorNationalities, &QLineEdit::textChanged, this, &IncidentDetailsEditor::changed);
    connect(m_related, &QLineEdit::textChanged, this, &IncidentDetailsEditor::changed);
    connect(m_reasons, &QListWidget::itemChanged, this, &IncidentDetailsEditor::changed);
    setOutcome(Outcome::TurnedBack);
    setForceUsed(false);
}

QComboBox *IncidentDetailsEditor::buildForceCombo()
{
    // Shown when force was used: every kind but none.
    auto *combo = new QComboBox(m_body);
    combo->setObjectName(QStringLiteral("forceTypeCombo"));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    for (const auto &c : choices<ForceType>()) {
        if (c.value != ForceType::None) {
            combo->addItem(Choices::translatedLabel(c.label), int(c.value));
        }
    }
    connect(combo, &QComboBox::currentIndexChanged, this, &IncidentDetailsEditor::changed);
    return combo;
}

QListWidget *IncidentDetailsEditor::buildReasonsList()
{
    auto *list = new QListWidget(m_body);
    list->setObjectName(QStringLiteral("refusalReasonsList"));
    for (QChar letter = RefusalReasons::kFirst; letter <= RefusalReasons::kLast; letter = QChar(letter.unicode() + 1)) {
        auto *item = new QListWidgetItem(RefusalReasons::label(letter), list);
        item->setData(Qt::UserRole, QString(letter));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    list->setWordWrap(true);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setMaximumHeight(list->sizeHintForRow(0) * 4 + 2 * list->frameWidth());
    return list;
}

void IncidentDetailsEditor::buildBreakdown()
{
    m_breakdown = new QWidget(m_body);
    m_breakdown->setObjectName(QStringLiteral("breakdown"));
    auto *rows = new QVBoxLayout(m_breakdown);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(
        tr("Who was in the group: men · women · children · unaccompanied minors per line; the rest is unknown"),
        m_breakdown);
    heading->setWordWrap(true);
    rows->addWidget(heading);
    m_form->addRow(m_breakdown); // across both columns: four counts need the width

    addBreakdownRow();
}

void IncidentDetailsEditor::addBreakdownRow()
{
    auto *widget = new QWidget(m_breakdown);
    auto *layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(widget);
    label->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("MMM")));
    label->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("MMMMMM")));
    layout->addWidget(label);
    BreakdownRow row{widget, countSpin(IncidentRules::kMaxGroupSize), countSpin(IncidentRules::kMaxGroupSize),
                     countSpin(IncidentRules::kMaxGroupSize), countSpin(IncidentRules::kMaxGroupSize)};
    const std::pair<QSpinBox *, QString> parts[] = {{row.men, tr("Men")},
                                                    {row.women, tr("Women")},
                                                    {row.children, tr("Children (accompanied)")},
                                                    {row.unaccompanied, tr("Unaccompanied minors")}};
    for (const auto &[spin, name] : parts) {
        spin->setParent(widget);
        spin->setToolTip(name);
        spin->setAccessibleName(name);
        layout->addWidget(spin);
    }
    layout->addStretch();
    m_breakdown->layout()->addWidget(widget);
    m_rows << row;
}

void IncidentDetailsEditor::setLineLabels(const QStringList &labels)
{
    while (m_rows.size() < labels.size()) {
        addBreakdownRow();
    }
    while (m_rows.size() > std::max<qsizetype>(1, labels.size())) {
        delete m_rows.takeLast().widget;
    }
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        auto *label = m_rows[i].widget->findChild<QLabel *>();
        label->setText(labels.value(i).trimmed().isEmpty() ? tr("line %1").arg(i + 1) : labels.value(i).trimmed());
    }
}

void IncidentDetailsEditor::removeLine(int index)
{
    if (index >= 0 && index < m_rows.size() && m_rows.size() > 1) {
        delete m_rows.takeAt(index).widget;
    }
}

void IncidentDetailsEditor::load(const IncidentDetails &details, const QList<NationalityCount> &lines)
{
    QStringList labels;
    for (const auto &line : lines) {
        labels << line.nationality;
    }
    setLineLabels(labels);
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const NationalityCount line = lines.value(i);
        m_rows[i].men->setValue(line.men);
        m_rows[i].women->setValue(line.women);
        m_rows[i].children->setValue(line.children);
        m_rows[i].unaccompanied->setValue(line.unaccompanied);
    }
    select(m_detection, details.detection);
    select(m_direction, details.direction);
    select(m_sector, details.borderSector);
    m_estimated->setChecked(details.countEstimated);
    m_injured->setValue(details.injured);
    m_dead->setValue(details.dead);
    m_missing->setValue(details.missing);
    select(m_aid, details.aidGiven);
    select(m_force, details.force == ForceType::None ? ForceType::Unspecified : details.force);
    for (int i = 0; i < m_reasons->count(); ++i) {
        QListWidgetItem *item = m_reasons->item(i);
        item->setCheckState(details.refusalReasons.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                                 : Qt::Unchecked);
    }
    m_facilitators->setValue(details.facilitators);
    m_facilitatorNationalities->setText(details.facilitatorNationalities.join(u' '));
    m_related->setText(details.relatedTo.isNull() ? QString() : details.relatedTo.toString(QUuid::WithoutBraces));
}

void IncidentDetailsEditor::reset(Detection detection)
{
    IncidentDetails defaults;
    defaults.detection = detection;
    load(defaults, {});
}

IncidentDetails IncidentDetailsEditor::details(bool forceUsed) const
{
    IncidentDetails d;
    d.detection = chosen<Detection>(m_detection);
    d.direction = chosen<Direction>(m_direction);
    d.borderSector = chosen<BorderSector>(m_sector);
    d.countEstimated = m_estimated->isChecked();
    d.injured = m_injured->value();
    d.dead = m_dead->value();
    d.missing = m_missing->value();
    d.aidGiven = chosen<AidGiven>(m_aid);
    d.force = forceUsed ? chosen<ForceType>(m_force) : ForceType::None;
    if (m_turnedBack) {
        for (int i = 0; i < m_reasons->count(); ++i) {
            if (m_reasons->item(i)->checkState() == Qt::Checked) {
                d.refusalReasons += m_reasons->item(i)->data(Qt::UserRole).toString();
            }
        }
    }
    d.facilitators = m_facilitators->value();
    // Text that cannot be read is reported by textProblems() before a save.
    d.facilitatorNationalities =
        IncidentText::parseNationalityList(m_facilitatorNationalities->text(), IncidentRules::kFacilitatorNationalities)
            .value_or(QStringList());
    d.relatedTo = IncidentText::parseRelatedTo(m_related->text().trimmed()).value_or(QUuid());
    return d;
}

QList<FieldError> IncidentDetailsEditor::textProblems() const
{
    QList<FieldError> problems;
    if (auto nationalities = IncidentText::parseNationalityList(m_facilitatorNationalities->text(),
                                                                IncidentRules::kFacilitatorNationalities);
        !nationalities) {
        problems << nationalities.failure().fields;
    }
    if (auto related = IncidentText::parseRelatedTo(m_related->text().trimmed()); !related) {
        problems << related.failure().fields;
    }
    return problems;
}

void IncidentDetailsEditor::applyBreakdown(int index, NationalityCount &line) const
{
    if (index < 0 || index >= m_rows.size()) {
        return;
    }
    line.men = m_rows[index].men->value();
    line.women = m_rows[index].women->value();
    line.children = m_rows[index].children->value();
    line.unaccompanied = m_rows[index].unaccompanied->value();
}

void IncidentDetailsEditor::setOutcome(Outcome outcome)
{
    m_turnedBack = outcome == Outcome::TurnedBack;
    m_reasons->setEnabled(m_turnedBack);
}

void IncidentDetailsEditor::setForceUsed(bool used)
{
    m_force->setEnabled(used);
}

bool IncidentDetailsEditor::isOpen() const
{
    return m_body->isVisibleTo(this);
}

void IncidentDetailsEditor::setOpen(bool open)
{
    m_body->setVisible(open);
    const QSignalBlocker blocker(m_toggle);
    m_toggle->setChecked(open);
    m_toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    if (open && m_body->isVisible()) {
        m_rows.first().men->setFocus(Qt::ShortcutFocusReason);
        m_rows.first().men->selectAll(); // typing replaces the 0
    }
}

bool IncidentDetailsEditor::hasInput() const
{
    IncidentDetails d = details(true);
    d.detection = Detection::NotRecorded;
    d.force = ForceType::None;
    const bool breakdown = std::any_of(m_rows.cbegin(), m_rows.cend(), [](const BreakdownRow &row) {
        return row.men->value() + row.women->value() + row.children->value() + row.unaccompanied->value() > 0;
    });
    return breakdown || !d.isDefault() || !m_related->text().trimmed().isEmpty()
           || !m_facilitatorNationalities->text().trimmed().isEmpty();
}

} // namespace borderlog
