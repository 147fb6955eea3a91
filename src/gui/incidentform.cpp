// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentform.h"
#include "ui_incidentform.h"

#include "applicationidentity.h"
#include "datetyping.h"
#include "dialogs.h"
#include "incidentdetailseditor.h"
#include "incidentlog.h"
#include "incidentrules.h"
#include "incidenttext.h"
#include "locationnames.h"
#include "nationalitycatalog.h"
#include "preferencesdialog.h"

#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace borderlog {

namespace {

const auto kLastLocationKey = QStringLiteral("form/lastLocation");
// Followed by "/DISTRICT/STATION" of the desktop's station (PreferencesDialog::station()).
const auto kLastDetectionKey = QStringLiteral("form/lastDetection");

void styleAsError(QLabel *label)
{
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setWordWrap(true);
    label->setVisible(false);
}

} // namespace

IncidentForm::IncidentForm(IncidentLog &log, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::IncidentForm>())
    , m_log(log)
    , m_retry(new QTimer(this))
{
    m_ui->setupUi(this);
    DateTyping::install(m_ui->dateEdit);
    DateTyping::install(m_ui->timeEdit);
    m_retry->setSingleShot(true);
    m_retry->setInterval(3000);
    connect(m_retry, &QTimer::timeout, this, &IncidentForm::retryQueuedSave);
    for (QLabel *label :
         {m_ui->dateError, m_ui->locationError, m_ui->nationalityError, m_ui->notesError, m_ui->reasonError}) {
        styleAsError(label);
    }
    m_ui->formMessage->setStyleSheet(
        QStringLiteral("background: #fde7e9; color: #7a0016; border: 1px solid #e8a0a8; padding: 6px;"));
    for (Outcome outcome : kOutcomesListed) {
        m_ui->outcomeCombo->addItem(outcomeLabel(outcome), outcomeCode(outcome));
    }
    m_ui->locationCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->locationCombo->completer()->setFilterMode(Qt::MatchContains);
    m_ui->locationCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->locationCombo->lineEdit()->setPlaceholderText(tr("e.g. Medininkai checkpoint"));

    addDetailsSection();

    connect(m_ui->saveButton, &QPushButton::clicked, this, &IncidentForm::save);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &IncidentForm::returnToNewIncident);
    connect(m_ui->timeKnownCheck, &QCheckBox::toggled, m_ui->timeEdit, &QWidget::setEnabled);
    connect(m_ui->nationalityLines, &NationalityLinesEditor::changed, this, &IncidentForm::updateGroupSize);
    connect(&m_log, &IncidentLog::locationsChanged, this, &IncidentForm::reloadLocations);
    connect(&m_log, &IncidentLog::databaseReplaced, this, &IncidentForm::startNewIncident);

    // Ctrl+Return (and Ctrl+Enter on the keypad) saves from anywhere in the form, notes included.
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &IncidentForm::save);
    }
    auto *cancel = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    cancel->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cancel, &QShortcut::activated, this, [this] {
        if (isEditing()) {
            returnToNewIncident();
        }
    });

    reloadLocations();
    m_ui->locationCombo->setEditText(ApplicationIdentity::settings()->value(kLastLocationKey).toString());
    m_ui->dateEdit->setDate(m_log.session().today());
    startNewIncident();
}

IncidentForm::~IncidentForm() = default;

void IncidentForm::addDetailsSection()
{
    m_details = new IncidentDetailsEditor(this);
    m_details->setObjectName(QStringLiteral("detailsEditor"));
    // Between the fields and the buttons; the spacer below keeps taking the room left.
    m_ui->outerLayout->insertWidget(3, m_details);
    m_ui->outerLayout->setStretch(3, 0);
    m_ui->outerLayout->setStretch(5, 1);
    setTabOrder(m_ui->notesEdit, m_details->toggleButton());
    connect(m_ui->nationalityLines, &NationalityLinesEditor::changed, this, [this] {
        QStringList labels;
        for (const auto &line : m_ui->nationalityLines->lines()) {
            labels << line.text;
        }
        m_details->setLineLabels(labels);
    });
    connect(m_ui->nationalityLines, &NationalityLinesEditor::lineRemoved, m_details,
            &IncidentDetailsEditor::removeLine);
    connect(m_ui->outcomeCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_details->setOutcome(outcomeFromText(m_ui->outcomeCombo->currentData().toString()).value_or(Outcome::Other));
    });
    connect(m_ui->forceUsedCheck, &QCheckBox::toggled, m_details, &IncidentDetailsEditor::setForceUsed);
}

void IncidentForm::reloadLocations()
{
    const QString current = m_ui->locationCombo->currentText();
    auto places = m_log.locations().hierarchy();
    m_ui->locationCombo->clear();
    if (places) {
        // Retired and merged locations are not offered (typed, a merged name still files under its location).
        const auto [district, station] = PreferencesDialog::station();
        m_ui->locationCombo->addItems(places->choosable(district, station));
    }
    m_ui->locationCombo->setEditText(current);
}

void IncidentForm::setAllowed(bool recording, bool amending)
{
    m_recordingAllowed = recording;
    m_amendingAllowed = amending;
    setEnabled(isEditing() ? amending : recording);
}

void IncidentForm::startNewIncident()
{
    m_editing = Incident();
    setEnabled(m_recordingAllowed);
    if (!m_recordingAllowed) {
        emit closedForRecording();
    }
    clearErrors();
    m_ui->titleLabel->setText(tr("New incident"));
    m_ui->saveButton->setText(tr("&Save"));
    m_ui->cancelButton->setVisible(false);
    m_ui->reasonLabel->setVisible(false);
    m_ui->reasonEdit->setVisible(false);
    m_ui->reasonEdit->clear();
    m_ui->dateEdit->setMaximumDate(m_log.session().today());
    if (!m_ui->dateEdit->date().isValid()) {
        m_ui->dateEdit->setDate(m_log.session().today());
    }
    m_ui->timeKnownCheck->setChecked(true);
    m_ui->timeEdit->setTime(QTime::currentTime());
    m_ui->nationalityLines->reset();
    m_ui->outcomeCombo->setCurrentIndex(0);
    m_ui->forceUsedCheck->setChecked(false);
    m_ui->notesEdit->clear();
    m_details->reset(rememberedDetection());
    m_details->setOpen(false);
    updateGroupSize();
    focusFirstToFill();
}

Detection IncidentForm::rememberedDetection()
{
    const auto [district, station] = PreferencesDialog::station();
    const QString code =
        ApplicationIdentity::settings()->value(kLastDetectionKey + u'/' + district + u'/' + station).toString();
    return Choices::fromCode<Detection>(code.toLatin1()).value_or(Detection::NotRecorded);
}

void IncidentForm::rememberDetection(Detection detection)
{
    const auto [district, station] = PreferencesDialog::station();
    ApplicationIdentity::settings()->setValue(kLastDetectionKey + u'/' + district + u'/' + station,
                                              Choices::code(detection));
}

void IncidentForm::returnToNewIncident()
{
    startNewIncident();
    m_ui->dateEdit->setDate(m_log.session().today());
    m_ui->locationCombo->setEditText(ApplicationIdentity::settings()->value(kLastLocationKey).toString());
    focusFirstToFill();
}

void IncidentForm::focusFirstToFill()
{
    // Today's date and the time now are already there: a new incident starts at the location until one has
    // been used, then at the nationality (the location stays the last one used).
    if (m_ui->locationCombo->currentText().trimmed().isEmpty()) {
        m_ui->locationCombo->setFocus();
    } else {
        m_ui->nationalityLines->nationalityEdit(0)->setFocus();
    }
}

void IncidentForm::editIncident(const Incident &incident)
{
    m_editing = incident;
    setEnabled(m_amendingAllowed);
    clearErrors();
    m_ui->titleLabel->setText(tr("Amend incident of %1").arg(IncidentText::formatDate(incident.date)));
    m_ui->saveButton->setText(tr("&Save changes"));
    m_ui->cancelButton->setVisible(true);
    m_ui->reasonLabel->setVisible(true);
    m_ui->reasonEdit->setVisible(true);
    m_ui->reasonEdit->clear();
    m_ui->dateEdit->setDate(incident.date);
    m_ui->timeKnownCheck->setChecked(incident.time.isValid());
    m_ui->timeEdit->setTime(incident.time.isValid() ? incident.time : QTime(0, 0));
    m_ui->locationCombo->setEditText(incident.location);
    m_ui->nationalityLines->setLines(incident.nationalities);
    m_ui->outcomeCombo->setCurrentIndex(m_ui->outcomeCombo->findData(outcomeCode(incident.outcome)));
    m_ui->forceUsedCheck->setChecked(incident.forceUsed());
    m_ui->notesEdit->setPlainText(incident.notes);
    m_details->load(incident.details, incident.nationalities);
    IncidentDetails plain = incident.details;
    plain.force = ForceType::None;
    m_details->setOpen(!plain.isDefault()
                       || std::any_of(incident.nationalities.cbegin(), incident.nationalities.cend(),
                                      [](const auto &line) { return line.hasBreakdown(); }));
    updateGroupSize();
    m_ui->nationalityLines->nationalityEdit(0)->setFocus();
}

Incident IncidentForm::draft() const
{
    Incident incident = m_editing;
    incident.date = m_ui->dateEdit->date();
    incident.time = m_ui->timeKnownCheck->isChecked()
                        ? QTime(m_ui->timeEdit->time().hour(), m_ui->timeEdit->time().minute())
                        : QTime();
    incident.location = m_ui->locationCombo->currentText().trimmed();
    incident.nationalities.clear();
    const auto lines = m_ui->nationalityLines->lines();
    for (int i = 0; i < lines.size(); ++i) {
        const auto code = NationalityCatalog::instance().resolve(lines[i].text);
        NationalityCount line{code.value_or(lines[i].text.trimmed()), lines[i].persons};
        m_details->applyBreakdown(i, line);
        incident.nationalities << line;
    }
    incident.outcome = outcomeFromText(m_ui->outcomeCombo->currentData().toString()).value_or(Outcome::Other);
    incident.details = m_details->details(m_ui->forceUsedCheck->isChecked());
    incident.notes = m_ui->notesEdit->toPlainText();
    return incident;
}

bool IncidentForm::confirmLocation()
{
    const QString typed = m_ui->locationCombo->currentText().trimmed();
    // With accounts only an admin adds locations (Admin › Locations): the rule refuses an unknown one.
    // Asked once: a save tried again (a full disk, a busy database) keeps the answer.
    if (typed.isEmpty() || typed == m_confirmedLocation || m_log.session().actor().hasAccount()) {
        return true;
    }
    const auto places = m_log.locations().hierarchy();
    if (!places) {
        return true; // the save reports the database's problem
    }
    const LocationNames known = LocationNames::of(*places);
    if (known.contains(typed)) {
        return true;
    }
    const QStringList meant = known.startingWith(typed).mid(0, 3);
    QStringList choices;
    for (const QString &name : meant) {
        choices << tr("Use “%1”").arg(name);
    }
    choices << tr("Add “%1” as a new location").arg(typed) << tr("Go back to the location");
    const auto chosen =
        Dialogs::choose(this, tr("New location"), tr("“%1” is not one of the register's locations yet.").arg(typed),
                        meant.isEmpty() ? QString() : tr("Did you mean one of the locations above?"), choices);
    if (chosen && *chosen < meant.size()) {
        m_ui->locationCombo->setEditText(meant.at(*chosen));
        return true;
    }
    if (chosen && *chosen == meant.size()) {
        m_confirmedLocation = typed;
        return true;
    }
    m_ui->locationCombo->setFocus();
    m_ui->locationCombo->lineEdit()->selectAll();
    return false;
}

bool IncidentForm::hasUnsavedInput() const
{
    if (hasWaitingSave()) {
        return true;
    }
    if (isEditing()) {
        return draft() != m_editing || !m_ui->reasonEdit->text().trimmed().isEmpty();
    }
    const auto lines = m_ui->nationalityLines->lines();
    const bool typedLine =
        std::any_of(lines.cbegin(), lines.cend(), [](const auto &line) { return !line.text.trimmed().isEmpty(); });
    return typedLine || lines.size() > 1 || !m_ui->notesEdit->toPlainText().trimmed().isEmpty()
           || m_ui->forceUsedCheck->isChecked() || m_ui->outcomeCombo->currentIndex() != 0 || m_details->hasInput();
}

bool IncidentForm::save()
{
    clearErrors();
    // What the officer typed into nationality lines is checked here, where the text still exists.
    QList<FieldError> errors;
    for (const auto &line : m_ui->nationalityLines->lines()) {
        if (auto parsed = IncidentText::parseNationality(line.text); !parsed) {
            errors << parsed.failure().fields;
        }
    }
    errors << m_details->textProblems();
    if (!errors.isEmpty()) {
        showErrors(errors);
        return false;
    }
    if (!confirmLocation()) {
        return false;
    }
    const Incident incident = draft();
    const bool amending = isEditing();
    const Result<Incident> result =
        amending ? m_log.incidents().amend(incident, m_ui->reasonEdit->text()) : m_log.incidents().record(incident);
    if (!result && result.failure().busy) {
        queueSave(incident);
        return false;
    }
    m_queued.reset();
    if (!result) {
        // Nothing typed is lost: the form keeps every value until the save succeeds.
        if (result.failure().fields.isEmpty()) {
            showFormMessage(result.message());
        } else {
            showErrors(result.failure().fields);
        }
        return false;
    }
    emit saved(*result, amending);
    if (amending) {
        // The amended incident's date and location are not the next group's.
        returnToNewIncident();
        return true;
    }
    ApplicationIdentity::settings()->setValue(kLastLocationKey, incident.location);
    rememberDetection(incident.details.detection);
    const QDate keptDate = incident.date;
    const QString keptLocation = incident.location;
    startNewIncident();
    m_ui->dateEdit->setDate(keptDate);
    m_ui->locationCombo->setEditText(keptLocation);
    return true;
}

QLabel *IncidentForm::errorLabelFor(const QString &field) const
{
    if (field == QLatin1String(IncidentRules::kDate) || field == QLatin1String(IncidentRules::kTime)) {
        return m_ui->dateError;
    }
    if (field == QLatin1String(IncidentRules::kLocation)) {
        return m_ui->locationError;
    }
    if (field == QLatin1String(IncidentRules::kNationality) || field == QLatin1String(IncidentRules::kPersons)) {
        return m_ui->nationalityError;
    }
    if (field == QLatin1String(IncidentRules::kNotes)) {
        return m_ui->notesError;
    }
    if (field == QLatin1String("reason")) {
        return m_ui->reasonError;
    }
    return nullptr;
}

QWidget *IncidentForm::fieldOf(const QLabel *errorLabel) const
{
    if (errorLabel == m_ui->dateError) {
        return m_ui->dateEdit;
    }
    if (errorLabel == m_ui->locationError) {
        return m_ui->locationCombo;
    }
    if (errorLabel == m_ui->notesError) {
        return m_ui->notesEdit;
    }
    if (errorLabel == m_ui->reasonError) {
        return m_ui->reasonEdit;
    }
    return m_ui->nationalityLines->nationalityEdit(0);
}

void IncidentForm::showErrors(const QList<FieldError> &errors)
{
    QWidget *firstField = nullptr;
    QStringList general;
    for (const auto &e : errors) {
        QLabel *label = errorLabelFor(e.field);
        if (!label) {
            general << e.toString();
            // The breakdown's and the details' rules: their fields are in the Details section.
            if (e.field != QLatin1String(IncidentRules::kRecordedBy)) {
                m_details->setOpen(true);
            }
            continue;
        }
        const QString text = label->text().isEmpty() ? e.rule : label->text() + u'\n' + e.rule;
        label->setText(text);
        label->setVisible(true);
        if (!firstField) {
            firstField = fieldOf(label);
        }
    }
    if (!general.isEmpty()) {
        showFormMessage(general.join(u'\n'));
    }
    if (firstField) {
        firstField->setFocus();
    }
}

void IncidentForm::queueSave(const Incident &incident)
{
    m_queued = incident;
    m_queuedReason = m_ui->reasonEdit->text();
    showFormMessage(tr("Another program is writing to the database (a large import?). This incident is kept and "
                       "saved as soon as the database is free; keep the form as it is, or press Save again."));
    m_retry->start();
}

void IncidentForm::retryQueuedSave()
{
    if (!m_queued) {
        return;
    }
    if (draft() != *m_queued || m_ui->reasonEdit->text() != m_queuedReason) {
        // The officer changed the form meanwhile: saving now would save values nobody confirmed.
        m_queued.reset();
        showFormMessage(tr("Not saved yet: the form was changed while it waited. Press Save to save it."));
        return;
    }
    save();
}

void IncidentForm::showFormMessage(const QString &message)
{
    m_ui->formMessage->setText(message);
    m_ui->formMessage->setVisible(true);
}

void IncidentForm::clearErrors()
{
    for (QLabel *label : {m_ui->dateError, m_ui->locationError, m_ui->nationalityError, m_ui->notesError,
                          m_ui->reasonError, m_ui->formMessage}) {
        label->clear();
        label->setVisible(false);
    }
}

QStringList IncidentForm::shownErrors() const
{
    QStringList shown;
    for (QLabel *label : {m_ui->dateError, m_ui->locationError, m_ui->nationalityError, m_ui->notesError,
                          m_ui->reasonError, m_ui->formMessage}) {
        if (!label->text().isEmpty()) {
            shown << label->text();
        }
    }
    return shown;
}

void IncidentForm::updateGroupSize()
{
    const int total = m_ui->nationalityLines->groupSize();
    m_ui->groupSizeLabel->setText(tr("%n person(s)", nullptr, total));
}

} // namespace borderlog
