// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditentry.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace borderlog {

// A site is one desktop's register as the national register knows it: a code headquarters gives it, and the
// audit chain it pushes there.
class SiteCode
{
    Q_DECLARE_TR_FUNCTIONS(SiteCode)

public:
    // Lower-case letters a–z, digits and hyphens, 1 to 40 characters, starting and ending with a letter or
    // digit ("medininkai-2"): a name that reads the same in every language, in a file name and in a URL.
    static std::optional<FieldError> check(const QString &code);
};

// Whether a register's address (a --db or File › Open text) names the national register on its server — a
// libpq URI, postgresql://… — rather than a register file.
bool isServerAddress(const QString &text);

// The register's link to the national register, kept in the register itself: which national register (its id),
// which site this register is there, and the last entry of this register's trail the server acknowledged.
// The server is the authority on what it holds; this copy is "the head kept elsewhere" seen from the site.
struct SyncLink
{
    QString serverRegister; // the national register's id
    QString site;
    QString server; // the connection string it was reached with (never a password: ServerAddress refuses one)
    AuditHead acknowledged;
    QDateTime acknowledgedAt; // UTC; null before the first acknowledgement
    // The last entry of the national register's own chain (headquarters' changes) this register has taken.
    qint64 pulled = 0;
};

// What the national register answered to a batch of a site's entries.
struct PushAnswer
{
    enum class Status {
        Applied,     // every entry is held now (those held before were acknowledged again)
        Fork,        // the server holds another entry with this sequence number: nothing was applied
        Forged,      // an entry's hash is not the hash of its content: nothing was applied
        Gap,         // the entries do not continue the site's chain on the server: nothing was applied
        UnknownSite, // headquarters has not added the site
        NotYours,    // the server's login is another site's: nothing was applied
        // An import's incidents were not all staged (RegisterServer::stageCreations): nothing was applied.
        Incomplete,
        // The incidents staged for an import are not those its entry pins: nothing was applied.
        WrongIncidents,
    };
    Status status = Status::Applied;
    // Applied: the site's head on the server. Otherwise the sequence number (and the offered hash) of the
    // entry refused.
    AuditHead head;
    qint64 receipt = 0; // the server's receipt for the batch; 0 when nothing in it was new
    // Applied: the last of the site's entries the national incidents and tallies hold the changes of. Behind
    // `head` only for entries held before the server applied entries: the site offers them again.
    qint64 applied = 0;
};

// What the national register answered to a site asking for headquarters' changes to its incidents.
struct PullAnswer
{
    PushAnswer::Status status = PushAnswer::Status::Applied; // Applied, UnknownSite or NotYours
    // Entries of the national register's own chain, in sequence order: each one changed one of the site's
    // incidents (AuditAction Amend, Remove or Restore, by a headquarters login), sealed on that chain.
    QList<AuditEntry> entries;
};

// The national register as a site sees it over the network. Each call is one short transaction on the server.
class RegisterServer
{
public:
    virtual ~RegisterServer() = default;
    // Where the server is, as shown to a person.
    virtual QString displayName() const = 0;
    // The connection string it was reached with (never holding a password), kept with the link so that the
    // next sync finds the server by itself.
    virtual QString address() const = 0;
    // The national register's id, made when it was set up.
    virtual Result<QString> registerId() = 0;
    // Offers the site's entries, in sequence order; the server checks each one's hash and that they continue
    // the chain it holds. An empty list asks for the site's head.
    virtual Result<PushAnswer> push(const QString &site, const QList<AuditEntry> &entries) = 0;
    // Before an import's (or an adoption's) entry is offered: the snapshots of the incidents it created, as
    // they were created (AuditVerifier::collectCreations), numbered from `first` in the order they were
    // stored. Its entry pins them with a digest only; the server applies it once they are exactly those.
    // Staged again, a number takes the newer snapshot. Answers Applied once staged, or UnknownSite or
    // NotYours as a push would.
    virtual Result<PushAnswer> stageCreations(const QString &site, qint64 sequence, qint64 first,
                                              const QList<QByteArray> &snapshots) = 0;
    // Headquarters' changes to the site's incidents after the national entry `after`, at most `limit` of them.
    virtual Result<PullAnswer> pull(const QString &site, qint64 after, int limit) = 0;
    // Tells the server the site did not take national entry `sequence`, and why (a person's words): headquarters
    // sees it beside the conflicts. Answers Applied, or UnknownSite or NotYours as a push would.
    virtual Result<PushAnswer> declineNational(const QString &site, qint64 sequence, const QString &why) = 0;
};

} // namespace borderlog
