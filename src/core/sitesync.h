// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registerserver.h"
#include "result.h"

#include <QCoreApplication>

#include <map>

namespace borderlog {

class RegisterHandle;
class Session;

// What one sync did.
struct SyncReport
{
    QString site;
    bool joined = false; // this sync joined the register to the site
    qint64 sent = 0;     // entries the server did not hold before
    qint64 resent = 0;   // of them, entries the server had acknowledged before and lost since (a restored server)
    qint64 batches = 0;  // batches that brought something new
    qint64 staged = 0;   // incidents of imports staged for the server to apply with their entries
    qint64 pulled = 0;   // headquarters' changes to this site's incidents taken into the register
    // Headquarters' changes this register did not take (an incident it does not hold, a day signed off here, values
    // its rules refuse): the server was told why, and headquarters sees them beside the conflicts.
    QStringList declined;
    AuditHead acknowledged; // the site's head on the server now: every entry up to it is held there
};

// Where the register stands with the national register, read from the register alone (no server asked).
struct SyncStatus
{
    SyncLink link;
    AuditHead head;     // the register's own head
    qint64 waiting = 0; // entries after the last one the server acknowledged
};

// A site's sync with the national register: the audit trail is the outbox. Every entry after the last one the
// server holds is offered, in order, in batches of one short transaction each on the server, which checks each
// entry's hash and that it continues the chain it holds. Cut off at any point, the next sync starts from what
// the server holds: nothing is lost and nothing applied twice (an entry held already is acknowledged again
// with no effect). A register whose history differs from the server's (restored from an older backup and
// written to since) is refused, and headquarters sees the alarm the server raised.
class SiteSync
{
    Q_DECLARE_TR_FUNCTIONS(SiteSync)

public:
    static constexpr int kBatchSize = 500;
    // Snapshots of an import's incidents staged per call.
    static constexpr int kStageSize = 2000;
    // Headquarters' changes asked for per call.
    static constexpr int kPullSize = 500;

    SiteSync(RegisterHandle &handle, Session &session)
        : m_handle(handle)
        , m_session(session)
    {}

    // The national register this register has joined, if any.
    Result<std::optional<SyncLink>> joined() const;
    // The link with the register's head and the entries still to send; nothing when the register has not joined.
    Result<std::optional<SyncStatus>> status() const;
    // Syncs with `server`: sends every entry the server does not hold, takes headquarters' changes to this site's
    // incidents into the register (each one an entry of this register's trail), and sends those entries too.
    // `site` joins the register to that site when it has joined none (an admin's
    // decision); once joined, it is empty or the same site.
    Result<SyncReport> push(RegisterServer &server, const QString &site, int batchSize = kBatchSize);

private:
    // The link kept, or a new one to keep once the server has answered (then report.joined is set).
    Result<SyncLink> link(RegisterServer &server, const QString &site, SyncReport &report);
    // The site's head on the server, and how far the server applied its entries.
    Result<PushAnswer> serverHead(RegisterServer &server, const SyncLink &link, const AuditHead &local);
    // Whether this register's entry at the server's head is the one the server holds; refused (with the
    // server's alarm) when not.
    Result<void> checkHeldEntry(RegisterServer &server, const SyncLink &link, const AuditHead &held);
    // Stages the incidents of every import and adoption from entry `from` on (RegisterServer::stageCreations).
    Result<void> stageCreations(RegisterServer &server, const SyncLink &link, qint64 from, SyncReport &report);
    // The imports and adoptions from entry `from` on, each with the incidents its entry counts.
    Result<std::map<qint64, qint64>> importsFrom(qint64 from) const;
    // Refused when the register held another number of incidents of an import than its entry counts.
    static Result<void> checkWhole(const std::map<qint64, qint64> &expected, const std::map<qint64, qint64> &found);
    Result<void> sendFrom(RegisterServer &server, const SyncLink &link, qint64 from, int batchSize, SyncReport &report);
    // Takes headquarters' changes to this site's incidents and sends the entries that took them.
    Result<void> takeHeadquartersChanges(RegisterServer &server, const SyncLink &link, int batchSize,
                                         SyncReport &report);
    // Takes every change headquarters made to this site's incidents since the last one taken.
    Result<void> pullChanges(RegisterServer &server, const SyncLink &link, SyncReport &report);
    // One of them, once its hash and its values are checked: taken, or declined (told to the server, then passed)
    // when this register cannot take it. Fails only when the entry is not a sound one or the register or the link
    // failed: then nothing after it is taken.
    Result<void> take(RegisterServer &server, const SyncLink &link, const AuditEntry &national, SyncReport &report);
    Result<void> decline(RegisterServer &server, const SyncLink &link, const AuditEntry &national, const QString &why,
                         SyncReport &report);
    Failure refusal(const PushAnswer &answer, const SyncLink &link) const;

    RegisterHandle &m_handle;
    Session &m_session;
};

} // namespace borderlog
