// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QUuid>

#include <optional>
#include <span>

namespace borderlog {

// The fields of EUROSUR's event report (Regulation (EU) 2021/581, Annexes 1 and 2), of Frontex's serious-
// incident reports and of the State Border Guard Service's bulletins beyond the group and its outcome
// (schema 8). Every one has a default that a plain case keeps; see docs/data-dictionary.md for each source.
// The codes are stored and exported; never rename them.

// How the group was detected.
enum class Detection {
    NotRecorded, // incidents recorded before schema 8, and whoever does not say
    Patrol,
    FixedCamera,
    ThermalCamera,
    ControlStripTracks,
    ServiceDog,
    ResidentReport,
    Other,
};

enum class Direction {
    Entry,
    Exit
};

// Where on the border.
enum class BorderSector {
    NotRecorded,
    GreenBorder,
    River,
    CrossingPoint
};

enum class AidGiven {
    None,
    FoodWater,
    Medical,
    Both
};

// The kind of force used. Unspecified: force was used and its kind not recorded, which is what every
// incident recorded with force_used before schema 8 says. force_used is true for every kind but None.
enum class ForceType {
    None,
    Unspecified,
    PhysicalCoercion,
    SpecialMeans,
    Firearm
};

// One value of a coded field: its stored code and its English label (the source of its translations).
template <typename E>
struct Choice
{
    E value;
    const char *code;
    const char *label;
};

// Every value of a coded field, in the order a person chooses among them (the default first).
template <typename E>
std::span<const Choice<E>> choices();
template <>
std::span<const Choice<Detection>> choices<Detection>();
template <>
std::span<const Choice<Direction>> choices<Direction>();
template <>
std::span<const Choice<BorderSector>> choices<BorderSector>();
template <>
std::span<const Choice<AidGiven>> choices<AidGiven>();
template <>
std::span<const Choice<ForceType>> choices<ForceType>();

namespace Choices {

template <typename E>
QString code(E value)
{
    for (const auto &c : choices<E>()) {
        if (c.value == value) {
            return QString::fromLatin1(c.code);
        }
    }
    return {};
}

// The label in the UI language.
QString translatedLabel(const char *english);

template <typename E>
QString label(E value)
{
    for (const auto &c : choices<E>()) {
        if (c.value == value) {
            return translatedLabel(c.label);
        }
    }
    return {};
}

// The code or the English label, any case ("thermal_camera", "Thermal camera").
template <typename E>
std::optional<E> fromText(QStringView text)
{
    const QStringView wanted = text.trimmed();
    for (const auto &c : choices<E>()) {
        if (wanted.compare(QLatin1String(c.code), Qt::CaseInsensitive) == 0
            || wanted.compare(QLatin1String(c.label), Qt::CaseInsensitive) == 0) {
            return c.value;
        }
    }
    return std::nullopt;
}

// The stored code exactly, as the database holds it: what reading every row of a register costs (no case
// folding, no label, no text made).
template <typename E>
std::optional<E> fromCode(QByteArrayView code)
{
    for (const auto &c : choices<E>()) {
        if (code == QByteArrayView(c.code)) {
            return c.value;
        }
    }
    return std::nullopt;
}

// "patrol, fixed_camera, ..." for messages that name the allowed values (the empty code left out).
template <typename E>
QString codeList()
{
    QStringList codes;
    for (const auto &c : choices<E>()) {
        if (*c.code != '\0') {
            codes << QLatin1String(c.code);
        }
    }
    return codes.join(QStringLiteral(", "));
}

} // namespace Choices

// The reasons for a refusal of entry of the Schengen Borders Code (Regulation (EU) 2016/399), Annex V
// Part B, with (J) added by Regulation (EU) 2018/1240.
namespace RefusalReasons {

inline constexpr QChar kFirst = u'A';
inline constexpr QChar kLast = u'J';

// "A", "C" … as the standard form words them, in the UI language.
QString label(QChar letter);
// Letters in any order, case and separation ("c, a", "A C", "AC") as a sorted set without separators
// ("AC"); nothing when a character is neither a letter A–J nor a separator.
std::optional<QString> parse(QStringView text);
// "A C": the set as the CSV and the screen write it.
QString format(const QString &letters);

} // namespace RefusalReasons

// Everything beyond the group and its outcome an incident may record.
struct IncidentDetails
{
    Detection detection = Detection::NotRecorded;
    Direction direction = Direction::Entry;
    BorderSector borderSector = BorderSector::NotRecorded;
    bool countEstimated = false; // "about 60"
    int injured = 0;
    int dead = 0;
    int missing = 0;
    AidGiven aidGiven = AidGiven::None;
    ForceType force = ForceType::None;
    QString refusalReasons;               // sorted letters A–J (RefusalReasons), only for turned_back
    int facilitators = 0;                 // facilitators (smugglers) apprehended with the group
    QStringList facilitatorNationalities; // their nationalities' alpha-2 codes, sorted, each once
    QUuid relatedTo;                      // an earlier incident this one follows up or repeats

    bool operator==(const IncidentDetails &) const = default;
    // Every field at its default: what every incident recorded before schema 8 has.
    bool isDefault() const { return *this == IncidentDetails{}; }
};

} // namespace borderlog
