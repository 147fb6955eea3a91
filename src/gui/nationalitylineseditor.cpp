// SPDX-License-Identifier: GPL-3.0-or-later
#include "nationalitylineseditor.h"

#include "incidentrules.h"
#include "nationalitycatalog.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace borderlog {

NationalityLinesEditor::NationalityLinesEditor(QWidget *parent)
    : QWidget(parent)
    , m_rowsLayout(new QVBoxLayout)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);
    auto *add = new QPushButton(tr("Add &nationality"), this);
    add->setObjectName(QStringLiteral("addNationalityButton"));
    m_addButton = add;
    add->setToolTip(tr("A mixed group: one line per nationality"));
    connect(add, &QPushButton::clicked, this, [this] { addLine()->setFocus(); });
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(add);
    addRow->addStretch();
    layout->addLayout(addRow);
    addLine();
}

namespace {

QLineEdit *newNationalityEdit(QWidget *parent)
{
    auto *nationality = new QLineEdit(parent);
    nationality->setObjectName(QStringLiteral("nationalityEdit"));
    nationality->setPlaceholderText(NationalityLinesEditor::tr("Iraq, IQ or IRQ"));
    // Wide enough for the example it shows; the form's width follows.
    nationality->setMinimumWidth(nationality->fontMetrics().horizontalAdvance(nationality->placeholderText()) + 16);
    nationality->setToolTip(
        NationalityLinesEditor::tr("Nationality: the country's name, its ISO code (IQ) or the code in passports (IRQ); "
                                   "XX stateless, ZZ unknown"));
    auto *completer =
        new QCompleter(new QStringListModel(NationalityCatalog::instance().pickerNames(), parent), parent);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    nationality->setCompleter(completer);
    return nationality;
}

QSpinBox *newPersonsSpin(QWidget *parent)
{
    auto *persons = new QSpinBox(parent);
    persons->setObjectName(QStringLiteral("personsSpin"));
    persons->setRange(1, IncidentRules::kMaxGroupSize);
    persons->setAccelerated(true);
    persons->setToolTip(NationalityLinesEditor::tr("Persons of this nationality"));
    // "1 person", "2 persons": the suffix follows the number (Lithuanian has three forms).
    const auto suffix = [persons](int n) {
        persons->setSuffix(u' ' + NationalityLinesEditor::tr("person(s)", nullptr, n));
    };
    suffix(persons->value());
    QObject::connect(persons, &QSpinBox::valueChanged, persons, suffix);
    return persons;
}

} // namespace

QLineEdit *NationalityLinesEditor::addLine()
{
    auto *widget = new QWidget(this);
    auto *row = new QHBoxLayout(widget);
    row->setContentsMargins(0, 0, 0, 0);

    QLineEdit *nationality = newNationalityEdit(widget);
    QSpinBox *persons = newPersonsSpin(widget);

    auto *remove = new QToolButton(widget);
    remove->setText(QStringLiteral("✕"));
    remove->setToolTip(tr("Remove this nationality line"));
    remove->setFocusPolicy(Qt::NoFocus);

    auto *resolved = new QLabel(widget);
    resolved->setMinimumWidth(90);

    persons->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // the name takes the room left
    row->addWidget(nationality, 1);
    row->addWidget(persons);
    row->addWidget(remove);
    m_rowsLayout->addWidget(widget);
    m_rowsLayout->addWidget(resolved);

    const Row r{widget, nationality, persons, resolved, remove};
    m_rows << r;
    connect(nationality, &QLineEdit::textChanged, this, [this, r] {
        updateResolved(r);
        emit changed();
    });
    connect(persons, &QSpinBox::valueChanged, this, &NationalityLinesEditor::changed);
    connect(remove, &QToolButton::clicked, this, [this, widget] { removeRow(widget); });
    if (m_rows.size() > 1) {
        setTabOrder(m_rows[m_rows.size() - 2].persons, nationality);
    }
    setTabOrder(nationality, persons);
    setTabOrder(persons, m_addButton); // Tab reaches "Add nationality" after the last line
    updateResolved(r);
    updateRemoveButtons();
    emit changed();
    return nationality;
}

void NationalityLinesEditor::removeRow(QWidget *rowWidget)
{
    if (m_rows.size() <= 1) {
        return;
    }
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].widget == rowWidget) {
            m_rows[i].resolved->deleteLater();
            m_rows[i].widget->deleteLater();
            m_rows.removeAt(i);
            emit lineRemoved(int(i));
            break;
        }
    }
    updateRemoveButtons();
    emit changed();
}

void NationalityLinesEditor::updateResolved(const Row &row)
{
    const QString text = row.nationality->text();
    if (text.trimmed().isEmpty()) {
        row.resolved->clear();
        row.resolved->setVisible(false);
        return;
    }
    const auto match = NationalityCatalog::instance().match(text);
    row.resolved->setVisible(true);
    if (match.nationality) {
        row.resolved->setText(
            QStringLiteral("→ %1").arg(NationalityCatalog::instance().displayName(match.nationality->alpha2)));
        row.resolved->setStyleSheet(QString());
    } else if (!match.candidates.isEmpty()) {
        row.resolved->setText(tr("could be %1…").arg(match.candidates.mid(0, 3).join(QStringLiteral(", "))));
        row.resolved->setStyleSheet(QStringLiteral("color: #8a6d00;"));
    } else {
        row.resolved->setText(tr("unknown nationality"));
        row.resolved->setStyleSheet(QStringLiteral("color: #b00020;"));
    }
}

void NationalityLinesEditor::updateRemoveButtons()
{
    for (const auto &row : m_rows) {
        row.remove->setEnabled(m_rows.size() > 1);
    }
}

QList<NationalityLinesEditor::Line> NationalityLinesEditor::lines() const
{
    QList<Line> result;
    for (const auto &row : m_rows) {
        result << Line{row.nationality->text(), row.persons->value()};
    }
    return result;
}

int NationalityLinesEditor::groupSize() const
{
    int total = 0;
    for (const auto &row : m_rows) {
        total += row.persons->value();
    }
    return total;
}

void NationalityLinesEditor::setLines(const QList<NationalityCount> &lines)
{
    while (m_rows.size() > 1) {
        removeRow(m_rows.last().widget);
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0) {
            addLine();
        }
        m_rows[i].nationality->setText(NationalityCatalog::instance().displayName(lines[i].nationality));
        m_rows[i].persons->setValue(lines[i].persons);
    }
    if (lines.isEmpty()) {
        reset();
    }
}

void NationalityLinesEditor::reset()
{
    while (m_rows.size() > 1) {
        removeRow(m_rows.last().widget);
    }
    // setText, unlike clear(), also forgets the field's undo steps: Ctrl+Z in a new incident's empty field
    // undoes the save (Edit › Undo), never brings the last group's nationality back.
    m_rows.first().nationality->setText(QString());
    m_rows.first().persons->setValue(1);
}

QLineEdit *NationalityLinesEditor::nationalityEdit(int line) const
{
    return m_rows.at(line).nationality;
}

QSpinBox *NationalityLinesEditor::personsSpin(int line) const
{
    return m_rows.at(line).persons;
}

} // namespace borderlog
