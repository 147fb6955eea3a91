// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditentry.h"

#include "cryptography.h"

#include <algorithm>
#include <array>
#include <utility>

namespace borderlog {

namespace {

constexpr std::array kActionCodes = {
    std::pair{AuditAction::Adopt, "adopt"},
    std::pair{AuditAction::Add, "add"},
    std::pair{AuditAction::Amend, "amend"},
    std::pair{AuditAction::Remove, "remove"},
    std::pair{AuditAction::Restore, "restore"},
    std::pair{AuditAction::Import, "import"},
    std::pair{AuditAction::SignOff, "sign_off"},
    std::pair{AuditAction::Reopen, "reopen"},
    std::pair{AuditAction::AccountAdd, "account_add"},
    std::pair{AuditAction::AccountDisable, "account_disable"},
    std::pair{AuditAction::AccountEnable, "account_enable"},
    std::pair{AuditAction::PasswordChange, "password_change"},
    std::pair{AuditAction::PasswordReset, "password_reset"},
    std::pair{AuditAction::LoginFailed, "login_failed"},
    std::pair{AuditAction::LocationAdd, "location_add"},
    std::pair{AuditAction::LocationChange, "location_change"},
    std::pair{AuditAction::LocationMerge, "location_merge"},
    std::pair{AuditAction::DistrictAdd, "district_add"},
    std::pair{AuditAction::DistrictChange, "district_change"},
    std::pair{AuditAction::StationAdd, "station_add"},
    std::pair{AuditAction::StationChange, "station_change"},
    std::pair{AuditAction::TallyRepair, "tally_repair"},
    std::pair{AuditAction::NationalChange, "national_change"},
};

// Bumped if the hashed content ever changes shape, so old and new entries can never be confused.
constexpr auto kChainVersion = "borderlog-audit-1";

} // namespace

QString auditActionCode(AuditAction action)
{
    for (const auto &[a, code] : kActionCodes) {
        if (a == action) {
            return QString::fromLatin1(code);
        }
    }
    return {};
}

std::optional<AuditAction> auditActionFromText(const QString &text)
{
    for (const auto &[a, code] : kActionCodes) {
        if (text == QLatin1String(code)) {
            return a;
        }
    }
    return std::nullopt;
}

QByteArray AuditEntry::computeHash() const
{
    Cryptography::Sha256 sha;
    sha.addPiece(kChainVersion);
    sha.addPiece(QByteArray::number(sequence));
    sha.addPiece(formatTime(at).toUtf8());
    sha.addPiece(user.toUtf8());
    sha.addPiece(auditActionCode(action).toUtf8());
    sha.addPiece(incidentId.toUtf8());
    sha.addPiece(before);
    sha.addPiece(after);
    sha.addPiece(reason.toUtf8());
    sha.addPiece(previousHash);
    return sha.finishHex();
}

void AuditEntry::seal(const QByteArray &previous)
{
    previousHash = previous;
    hash = computeHash();
}

QByteArray AuditEntry::genesisHash()
{
    return QByteArray(64, '0');
}

QString AuditEntry::formatTime(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime AuditEntry::parseTime(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    at.setTimeSpec(Qt::UTC);
    return at;
}

QString AuditHead::toString() const
{
    return QStringLiteral("%1:%2").arg(sequence).arg(QString::fromLatin1(hash));
}

std::optional<AuditHead> AuditHead::parse(const QString &text)
{
    const QStringList parts = text.trimmed().split(u':');
    bool ok =
        parts.size() == 2 && parts[1].size() == 64 && std::all_of(parts[1].cbegin(), parts[1].cend(), [](QChar c) {
            return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        });
    const qint64 sequence = ok ? parts[0].toLongLong(&ok) : 0;
    if (!ok || sequence < 0) {
        return std::nullopt;
    }
    return AuditHead{sequence, parts[1].toLatin1().toLower()};
}

} // namespace borderlog
