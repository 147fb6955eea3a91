// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace borderlog {

// What happened to the group at the border. The codes are stored and exported; never rename them.
enum class Outcome {
    TurnedBack,
    Detained,
    AsylumRequest,
    Prevented,
    Absconded,
    Other,
    AdmittedHumanitarian, // let in on humanitarian grounds (schema 7)
    OrderToLeave,         // given an order to leave the country (schema 7)
};

// In the order of their codes' columns in the tally CSV (new ones appended, never reordered).
inline constexpr std::array<Outcome, 8> kAllOutcomes = {
    Outcome::TurnedBack, Outcome::Detained, Outcome::AsylumRequest,        Outcome::Prevented,
    Outcome::Absconded,  Outcome::Other,    Outcome::AdmittedHumanitarian, Outcome::OrderToLeave};

// In the order a person chooses among them: the screen's lists, legends and columns, "Other" last.
inline constexpr std::array<Outcome, 8> kOutcomesListed = {
    Outcome::TurnedBack, Outcome::Detained,  Outcome::AsylumRequest,        Outcome::OrderToLeave,
    Outcome::Prevented,  Outcome::Absconded, Outcome::AdmittedHumanitarian, Outcome::Other};

inline constexpr int outcomeIndex(Outcome outcome)
{
    return static_cast<int>(outcome);
}

// Machine code as stored and exported: "turned_back", "detained", ...
QString outcomeCode(Outcome outcome);

// Human label for the screen: "Turned back", "Detained", ...
QString outcomeLabel(Outcome outcome);

// Accepts the code ("asylum_request") or the English label ("Asylum request"), case-insensitive.
std::optional<Outcome> outcomeFromText(QStringView text);

// "turned_back, detained, ..." for messages that name the allowed values.
QString outcomeCodeList();

} // namespace borderlog
