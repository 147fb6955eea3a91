// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentdetails.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace borderlog {

namespace {

constexpr std::array<Choice<Detection>, 8> kDetections{{
    {Detection::NotRecorded, "", QT_TRANSLATE_NOOP("IncidentDetails", "Not recorded")},
    {Detection::Patrol, "patrol", QT_TRANSLATE_NOOP("IncidentDetails", "Patrol")},
    {Detection::FixedCamera, "fixed_camera", QT_TRANSLATE_NOOP("IncidentDetails", "Fixed surveillance camera")},
    {Detection::ThermalCamera, "thermal_camera", QT_TRANSLATE_NOOP("IncidentDetails", "Thermal camera")},
    {Detection::ControlStripTracks, "control_strip",
     QT_TRANSLATE_NOOP("IncidentDetails", "Tracks on the control strip")},
    {Detection::ServiceDog, "service_dog", QT_TRANSLATE_NOOP("IncidentDetails", "Service dog")},
    {Detection::ResidentReport, "resident_report", QT_TRANSLATE_NOOP("IncidentDetails", "Report by a resident")},
    {Detection::Other, "other", QT_TRANSLATE_NOOP("IncidentDetails", "Other")},
}};

constexpr std::array<Choice<Direction>, 2> kDirections{{
    {Direction::Entry, "entry", QT_TRANSLATE_NOOP("IncidentDetails", "Entry")},
    {Direction::Exit, "exit", QT_TRANSLATE_NOOP("IncidentDetails", "Exit")},
}};

constexpr std::array<Choice<BorderSector>, 4> kSectors{{
    {BorderSector::NotRecorded, "", QT_TRANSLATE_NOOP("IncidentDetails", "Not recorded")},
    {BorderSector::GreenBorder, "green_border", QT_TRANSLATE_NOOP("IncidentDetails", "Green border")},
    {BorderSector::River, "river", QT_TRANSLATE_NOOP("IncidentDetails", "River")},
    {BorderSector::CrossingPoint, "crossing_point", QT_TRANSLATE_NOOP("IncidentDetails", "Border crossing point")},
}};

constexpr std::array<Choice<AidGiven>, 4> kAid{{
    {AidGiven::None, "none", QT_TRANSLATE_NOOP("IncidentDetails", "None")},
    {AidGiven::FoodWater, "food_water", QT_TRANSLATE_NOOP("IncidentDetails", "Food and water")},
    {AidGiven::Medical, "medical", QT_TRANSLATE_NOOP("IncidentDetails", "Medical")},
    {AidGiven::Both, "both", QT_TRANSLATE_NOOP("IncidentDetails", "Food, water and medical")},
}};

constexpr std::array<Choice<ForceType>, 5> kForce{{
    {ForceType::None, "none", QT_TRANSLATE_NOOP("IncidentDetails", "None")},
    {ForceType::Unspecified, "unspecified", QT_TRANSLATE_NOOP("IncidentDetails", "Used, kind not recorded")},
    {ForceType::PhysicalCoercion, "physical_coercion", QT_TRANSLATE_NOOP("IncidentDetails", "Physical coercion")},
    {ForceType::SpecialMeans, "special_means", QT_TRANSLATE_NOOP("IncidentDetails", "Special means")},
    {ForceType::Firearm, "firearm", QT_TRANSLATE_NOOP("IncidentDetails", "Firearm")},
}};

// Annex V Part B's standard form, points (A) to (J).
constexpr std::array<const char *, 10> kRefusalReasons{
    QT_TRANSLATE_NOOP("IncidentDetails", "A: has no valid travel document"),
    QT_TRANSLATE_NOOP("IncidentDetails", "B: has a false, counterfeit or forged travel document"),
    QT_TRANSLATE_NOOP("IncidentDetails", "C: has no valid visa or residence permit"),
    QT_TRANSLATE_NOOP("IncidentDetails", "D: has a false, counterfeit or forged visa or residence permit"),
    QT_TRANSLATE_NOOP("IncidentDetails", "E: has no documents justifying the purpose and conditions of stay"),
    QT_TRANSLATE_NOOP("IncidentDetails", "F: has already stayed 90 days in a 180-day period"),
    QT_TRANSLATE_NOOP("IncidentDetails", "G: has no sufficient means of subsistence"),
    QT_TRANSLATE_NOOP("IncidentDetails", "H: an alert has been issued to refuse entry (SIS or national register)"),
    QT_TRANSLATE_NOOP("IncidentDetails", "I: is a threat to public policy, internal security, public health or "
                                         "international relations"),
    QT_TRANSLATE_NOOP("IncidentDetails", "J: has no valid travel authorisation"),
};

} // namespace

template <>
std::span<const Choice<Detection>> choices<Detection>()
{
    return kDetections;
}

template <>
std::span<const Choice<Direction>> choices<Direction>()
{
    return kDirections;
}

template <>
std::span<const Choice<BorderSector>> choices<BorderSector>()
{
    return kSectors;
}

template <>
std::span<const Choice<AidGiven>> choices<AidGiven>()
{
    return kAid;
}

template <>
std::span<const Choice<ForceType>> choices<ForceType>()
{
    return kForce;
}

QString Choices::translatedLabel(const char *english)
{
    return QCoreApplication::translate("IncidentDetails", english);
}

namespace RefusalReasons {

QString label(QChar letter)
{
    const int index = letter.unicode() - kFirst.unicode();
    if (index < 0 || index >= int(kRefusalReasons.size())) {
        return {};
    }
    return QCoreApplication::translate("IncidentDetails", kRefusalReasons[size_t(index)]);
}

std::optional<QString> parse(QStringView text)
{
    QString letters;
    for (const QChar c : text) {
        const QChar upper = c.toUpper();
        if (upper >= kFirst && upper <= kLast) {
            if (!letters.contains(upper)) {
                letters += upper;
            }
        } else if (!(c.isSpace() || c == u',' || c == u';')) {
            return std::nullopt;
        }
    }
    std::sort(letters.begin(), letters.end());
    return letters;
}

QString format(const QString &letters)
{
    QStringList each;
    for (const QChar c : letters) {
        each << QString(c);
    }
    return each.join(u' ');
}

} // namespace RefusalReasons

} // namespace borderlog
