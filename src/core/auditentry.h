// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace borderlog {

// What an entry of the audit trail records.
enum class AuditAction {
    Adopt,          // incidents recorded before the trail existed, taken over as they were
    Add,            // one incident recorded
    Amend,          // one incident changed
    Remove,         // one incident marked removed (it stays, left out of lists and tallies)
    Restore,        // a removed incident taken back into lists and tallies, as it was removed
    Import,         // incidents added from a CSV file
    SignOff,        // a day signed off by a supervisor
    Reopen,         // a signed day reopened by a supervisor
    AccountAdd,     // an account created
    AccountDisable, // an account disabled
    AccountEnable,  // a disabled account enabled again
    PasswordChange, // an account's password changed by the account itself, with its current one
    PasswordReset,  // an account's password set anew by an admin
    LoginFailed,    // a failed login
    LocationAdd,    // a location added to the list
    LocationChange, // a location renamed, moved to another station, retired or reinstated, its code or place set
    LocationMerge,  // a location merged into another: its incidents moved there, its name kept as an alias
    DistrictAdd,    // a frontier district added
    DistrictChange, // a frontier district renamed, retired or reinstated, its code set
    StationAdd,     // a frontier station added to a district
    StationChange,  // a frontier station renamed, retired or reinstated, its code set
    TallyRepair,    // the aggregate tables rebuilt from the incidents
    // One incident changed on the national register by headquarters (an amendment, a removal or a restore),
    // taken into this register by a sync: its "after" is the national register's entry's, byte for byte.
    NationalChange,
};

QString auditActionCode(AuditAction action);
std::optional<AuditAction> auditActionFromText(const QString &text);

// One entry of the append-only, hash-chained audit trail.
struct AuditEntry
{
    qint64 sequence = 0; // 1, 2, 3, … without gaps
    QDateTime at;        // UTC, milliseconds
    QString user;
    AuditAction action = AuditAction::Add;
    QString incidentId; // for the actions on one incident, else empty
    QByteArray before;  // JSON of the values before the change (empty when none)
    QByteArray after;   // JSON of the values after the change
    QString reason;
    QByteArray previousHash; // hash of entry sequence-1 (64 zeros for the first)
    QByteArray hash;         // SHA-256 over this entry's content and previousHash, hex

    // The hash this entry must have, computed from its content and previousHash.
    QByteArray computeHash() const;
    // Fills previousHash from the entry before and sets hash.
    void seal(const QByteArray &previous);

    static QByteArray genesisHash();
    static QString formatTime(const QDateTime &at);
    static QDateTime parseTime(const QString &text);
};

// Which entries a listing shows.
struct AuditFilter
{
    QString incidentId;
    QDate from; // UTC dates of the entries, inclusive
    QDate to;
    QString user;
    std::optional<AuditAction> action = {};
    qint64 fromSequence = 0; // entries with this sequence number and later
};

// The newest entry of the trail: with it a copy kept elsewhere pins the whole history.
struct AuditHead
{
    qint64 sequence = 0;
    QByteArray hash = AuditEntry::genesisHash();

    QString toString() const;
    // SEQ:HASH as toString() writes it (the hash in any case); nothing when the text is not of that form.
    static std::optional<AuditHead> parse(const QString &text);
    bool operator==(const AuditHead &) const = default;
};

} // namespace borderlog
