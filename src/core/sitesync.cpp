// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitesync.h"

#include "accessrules.h"
#include "auditpayload.h"
#include "auditverifier.h"
#include "incidentrules.h"
#include "incidentsnapshot.h"
#include "session.h"

#include <spdlog/spdlog.h>

#include <map>

namespace borderlog {

Result<std::optional<SyncLink>> SiteSync::joined() const
{
    return m_handle.store().syncLink().find();
}

Result<std::optional<SyncStatus>> SiteSync::status() const
{
    auto link = joined();
    if (!link) {
        return link.failure();
    }
    if (!*link) {
        return std::optional<SyncStatus>();
    }
    auto head = m_handle.store().auditTrail().head();
    if (!head) {
        return head.failure();
    }
    const qint64 waiting = std::max<qint64>(0, head->sequence - (*link)->acknowledged.sequence);
    return std::optional<SyncStatus>(SyncStatus{**link, *head, waiting});
}

Result<SyncReport> SiteSync::push(RegisterServer &server, const QString &site, int batchSize)
{
    SyncReport report;
    auto joined = link(server, site, report);
    if (!joined) {
        return joined.failure();
    }
    auto local = m_handle.store().auditTrail().head();
    if (!local) {
        return local.failure();
    }
    auto answer = serverHead(server, *joined, *local);
    if (!answer) {
        return answer.failure();
    }
    const AuditHead &held = answer->head;
    // Nothing is joined, acknowledged or sent before the server's head is known to be this register's entry.
    if (auto same = checkHeldEntry(server, *joined, held); !same) {
        return same.failure();
    }
    if (report.joined) {
        if (auto stored = m_handle.store().syncLink().join(*joined); !stored) {
            return stored.failure();
        }
        spdlog::info("sync: joined site {} of the national register {}", joined->site.toStdString(),
                     joined->serverRegister.toStdString());
    }
    report.site = joined->site;
    report.acknowledged = held;
    if (held.sequence < joined->acknowledged.sequence) {
        // The server lost what it acknowledged (restored from an older backup): those entries go again.
        report.resent = joined->acknowledged.sequence - held.sequence;
        spdlog::warn("sync: the national register holds site {} only up to entry {}, though it acknowledged {}",
                     joined->site.toStdString(), held.sequence, joined->acknowledged.sequence);
    }
    if (held.sequence > joined->acknowledged.sequence) {
        // The server holds entries whose acknowledgement did not arrive (the link was cut after it committed).
        if (auto kept = m_handle.store().syncLink().acknowledge(held, m_session.now()); !kept) {
            return kept.failure();
        }
    }
    // Entries the server holds but has not applied (held before it applied entries) are offered again.
    const qint64 from = std::min(held.sequence, answer->applied) + 1;
    if (from <= local->sequence) {
        if (auto staged = stageCreations(server, *joined, from, report); !staged) {
            return staged.failure();
        }
        if (auto sent = sendFrom(server, *joined, from, batchSize, report); !sent) {
            return sent.failure();
        }
    }
    if (auto taken = takeHeadquartersChanges(server, *joined, batchSize, report); !taken) {
        return taken.failure();
    }
    report.resent = std::min(report.resent, report.sent);
    spdlog::info("sync: site {} pushed {} entries in {} batches; the server holds up to {}", report.site.toStdString(),
                 report.sent, report.batches, report.acknowledged.toString().toStdString());
    return report;
}

Result<SyncLink> SiteSync::link(RegisterServer &server, const QString &site, SyncReport &report)
{
    SyncLinkStore &links = m_handle.store().syncLink();
    auto kept = links.find();
    if (!kept) {
        return kept.failure();
    }
    auto id = server.registerId();
    if (!id) {
        return id.failure();
    }
    if (*kept) {
        const SyncLink &link = **kept;
        if (!site.isEmpty() && site != link.site) {
            return Failure::refused(tr("This register is site %1 of the national register; it cannot sync as site %2.")
                                        .arg(link.site, site));
        }
        if (*id != link.serverRegister) {
            return Failure::refused(tr("This register belongs to another national register (%1) than the one at %2 "
                                       "(%3). Nothing was sent.")
                                        .arg(link.serverRegister, server.displayName(), *id));
        }
        // Headquarters' changes are taken from the server synced with: another one than the register joined (which
        // could answer the same id) is an admin's decision, as joining was.
        if (server.address() != link.server) {
            if (auto by = m_session.authorize(AccessRules::maySyncElsewhere); !by) {
                return by.failure();
            }
        }
        return link;
    }
    if (site.isEmpty()) {
        return Failure::invalid(tr("This register has not joined a national register: give the site's code "
                                   "headquarters added for it (--site CODE)."));
    }
    if (auto wrong = SiteCode::check(site)) {
        return Failure::invalid({*wrong});
    }
    if (auto by = m_session.authorize(AccessRules::mayJoinNationalRegister); !by) {
        return by.failure();
    }
    // Kept once the server has answered for the site (SiteSync::push): a site it does not know, or another
    // site's login, leaves the register unjoined.
    report.joined = true;
    return SyncLink{*id, site, server.address(), {}, {}};
}

Result<PushAnswer> SiteSync::serverHead(RegisterServer &server, const SyncLink &link, const AuditHead &local)
{
    auto answer = server.push(link.site, {});
    if (!answer) {
        return answer.failure();
    }
    if (answer->status != PushAnswer::Status::Applied) {
        return refusal(*answer, link);
    }
    const AuditHead &held = answer->head;
    if (held.sequence > local.sequence) {
        return Failure::refused(
            tr("The national register holds site %1's audit trail up to entry %2, this register only up to entry %3: "
               "it was restored from an older backup, or it is not site %1's register. Nothing was sent; ask "
               "headquarters.")
                .arg(link.site)
                .arg(held.sequence)
                .arg(local.sequence));
    }
    return *answer;
}

Result<void> SiteSync::checkHeldEntry(RegisterServer &server, const SyncLink &link, const AuditHead &held)
{
    if (held.sequence == 0) {
        return {};
    }
    std::optional<AuditEntry> mine;
    AuditFilter filter;
    filter.fromSequence = held.sequence;
    auto read = m_handle.store().auditTrail().forEach(filter, [&](const AuditEntry &entry) {
        mine = entry;
        return false;
    });
    if (!read) {
        return read.failure();
    }
    if (mine && mine->sequence == held.sequence && mine->hash == held.hash) {
        return {};
    }
    // Another history than the one the server holds (an older backup written to since, or a chain rewritten on
    // either side): the entry goes to the server, which refuses it and keeps the alarm for headquarters.
    if (mine) {
        auto answer = server.push(link.site, {*mine});
        if (!answer) {
            return answer.failure();
        }
        if (answer->status != PushAnswer::Status::Applied) {
            return refusal(*answer, link);
        }
    }
    return refusal(PushAnswer{PushAnswer::Status::Fork, held, 0}, link);
}

Result<std::map<qint64, qint64>> SiteSync::importsFrom(qint64 from) const
{
    std::map<qint64, qint64> imports;
    for (const AuditAction action : {AuditAction::Import, AuditAction::Adopt}) {
        AuditFilter filter;
        filter.fromSequence = from;
        filter.action = action;
        auto read = m_handle.store().auditTrail().forEach(filter, [&](const AuditEntry &entry) {
            imports[entry.sequence] = AuditPayload::creation(entry).incidents;
            return true;
        });
        if (!read) {
            return read.failure();
        }
    }
    return imports;
}

Result<void> SiteSync::stageCreations(RegisterServer &server, const SyncLink &link, qint64 from, SyncReport &report)
{
    auto expected = importsFrom(from);
    if (!expected) {
        return expected.failure();
    }
    if (expected->empty()) {
        return {};
    }
    // Their incidents as they were created, from the same reading of the register as `audit verify`'s, staged
    // in pieces as they come, each import's numbered in the order its digest takes them.
    struct Pending
    {
        qint64 first = 1;
        QList<QByteArray> snapshots;
    };
    std::map<qint64, Pending> pending;
    std::optional<Failure> failed;
    const auto stage = [&](qint64 creator, Pending &piece) {
        if (!failed && !piece.snapshots.isEmpty()) {
            if (auto staged = server.stageCreations(link.site, creator, piece.first, piece.snapshots); !staged) {
                failed = staged.failure();
            } else if (staged->status != PushAnswer::Status::Applied) {
                failed = refusal(*staged, link);
            }
            report.staged += piece.snapshots.size();
        }
        piece.first += piece.snapshots.size();
        piece.snapshots.clear();
    };
    AuditVerifier verifier;
    verifier.collectCreations(from, [&](qint64 creator, const QByteArray &snapshot) {
        Pending &piece = pending[creator];
        piece.snapshots << snapshot;
        if (piece.snapshots.size() >= kStageSize) {
            stage(creator, piece);
        }
    });
    if (auto replayed = m_handle.store().auditTrail().replay(verifier); !replayed) {
        return replayed.failure();
    }
    std::map<qint64, qint64> found;
    for (auto &[creator, piece] : pending) {
        stage(creator, piece);
        found[creator] = piece.first - 1;
    }
    if (failed) {
        return *failed;
    }
    spdlog::info("sync: site {} staged {} incidents of imports", link.site.toStdString(), report.staged);
    return checkWhole(*expected, found);
}

Result<void> SiteSync::checkWhole(const std::map<qint64, qint64> &expected, const std::map<qint64, qint64> &found)
{
    // An import whose incidents the register no longer holds all of (rows deleted or added outside the program)
    // cannot be applied: said here, before the server is offered it.
    for (const auto &[sequence, count] : expected) {
        const auto held = found.find(sequence);
        const qint64 staged = held == found.end() ? 0 : held->second;
        if (staged != count) {
            return Failure::refused(tr("Import entry %1 of this register's audit trail recorded %2 incidents, but the "
                                       "register holds %3 of them: it was changed outside the program ('audit "
                                       "verify' says more). Nothing more is sent until it is repaired; ask "
                                       "headquarters.")
                                        .arg(sequence)
                                        .arg(count)
                                        .arg(staged));
        }
    }
    return {};
}

Result<void> SiteSync::sendFrom(RegisterServer &server, const SyncLink &link, qint64 from, int batchSize,
                                SyncReport &report)
{
    AuditTrailStore &trail = m_handle.store().auditTrail();
    SyncLinkStore &links = m_handle.store().syncLink();
    qint64 next = from;
    for (;;) {
        QList<AuditEntry> batch;
        AuditFilter filter;
        filter.fromSequence = next;
        auto read = trail.forEach(filter, [&](const AuditEntry &entry) {
            batch << entry;
            return batch.size() < batchSize;
        });
        if (!read) {
            return read.failure();
        }
        if (batch.isEmpty()) {
            return {};
        }
        auto answer = server.push(link.site, batch);
        if (!answer) {
            return answer.failure();
        }
        if (answer->status != PushAnswer::Status::Applied) {
            return refusal(*answer, link);
        }
        if (answer->receipt != 0) {
            ++report.batches;
            report.sent += answer->head.sequence - report.acknowledged.sequence;
        }
        report.acknowledged = answer->head;
        // Kept as the server's acknowledgement only once it arrived: lost on the way, the next sync asks the
        // server again.
        if (auto kept = links.acknowledge(answer->head, m_session.now()); !kept) {
            return kept.failure();
        }
        next = batch.last().sequence + 1;
    }
}

Result<void> SiteSync::takeHeadquartersChanges(RegisterServer &server, const SyncLink &link, int batchSize,
                                               SyncReport &report)
{
    // After this site's own entries: each change becomes an entry of this register, sent back at once so that the
    // national register knows the site has taken it.
    if (auto pulled = pullChanges(server, link, report); !pulled) {
        return pulled;
    }
    if (report.pulled == 0) {
        return {};
    }
    return sendFrom(server, link, report.acknowledged.sequence + 1, batchSize, report);
}

Result<void> SiteSync::pullChanges(RegisterServer &server, const SyncLink &link, SyncReport &report)
{
    // The link as it is now: a sync cut off while it took changes resumes after the last one it took.
    auto kept = m_handle.store().syncLink().find();
    if (!kept) {
        return kept.failure();
    }
    qint64 after = *kept ? (*kept)->pulled : link.pulled;
    for (;;) {
        auto answer = server.pull(link.site, after, kPullSize);
        if (!answer) {
            return answer.failure();
        }
        if (answer->status != PushAnswer::Status::Applied) {
            return refusal(PushAnswer{answer->status, {}, 0, 0}, link);
        }
        // Until the server has no more: it may answer fewer than asked at a time.
        for (const AuditEntry &national : std::as_const(answer->entries)) {
            if (national.sequence <= after) {
                return Failure::storage(tr("The national register answered its entry %1 after entry %2: nothing more "
                                           "was taken.")
                                            .arg(national.sequence)
                                            .arg(after));
            }
            if (auto taken = take(server, link, national, report); !taken) {
                return taken;
            }
            after = national.sequence;
        }
        if (answer->entries.isEmpty()) {
            return {};
        }
    }
}

Result<void> SiteSync::take(RegisterServer &server, const SyncLink &link, const AuditEntry &national,
                            SyncReport &report)
{
    // Not a sound entry of the national register: the server or the way to it is not to be trusted, so nothing
    // of it or after it is taken, and nothing is passed.
    const auto unsound = [&](const QString &why) {
        return Failure::refused(tr("Entry %1 of the national register (incident %2) was not taken: %3. Nothing "
                                   "after it was taken either.")
                                    .arg(national.sequence)
                                    .arg(national.incidentId, why));
    };
    if (national.computeHash() != national.hash) {
        return unsound(tr("its content does not match its hash"));
    }
    if (national.action != AuditAction::Amend && national.action != AuditAction::Remove
        && national.action != AuditAction::Restore) {
        return unsound(tr("it is not a change of one incident"));
    }
    // A sound entry this register cannot take: headquarters is told why, and the sync goes on.
    const auto read = IncidentSnapshot::read(national.after);
    if (!read || read->incident.idText() != national.incidentId) {
        return decline(server, link, national, tr("its values are not an incident's as this program writes them"),
                       report);
    }
    if (const auto errors = IncidentRules::check(read->incident, m_session.localNow()); !errors.isEmpty()) {
        return decline(server, link, national, Failure::invalid(errors).message.replace(u'\n', QStringLiteral("; ")),
                       report);
    }
    auto taken = m_handle.store().incidents().takeNational(national, read->incident, read->removed);
    if (!taken) {
        if (taken.failure().kind == Failure::Kind::Storage) {
            return taken;
        }
        return decline(server, link, national, taken.message(), report);
    }
    ++report.pulled;
    spdlog::info("sync: took national entry {} on incident {}", national.sequence, national.incidentId.toStdString());
    return {};
}

Result<void> SiteSync::decline(RegisterServer &server, const SyncLink &link, const AuditEntry &national,
                               const QString &why, SyncReport &report)
{
    // The server first: cut off before it was told, the next sync finds the entry again and tells it then.
    auto told = server.declineNational(link.site, national.sequence, why);
    if (!told) {
        return told.failure();
    }
    if (told->status != PushAnswer::Status::Applied) {
        return refusal(*told, link);
    }
    if (auto passed = m_handle.store().syncLink().passNational(national.sequence); !passed) {
        return passed;
    }
    report.declined << tr("entry %1 of the national register (incident %2): %3")
                           .arg(national.sequence)
                           .arg(national.incidentId, why);
    spdlog::warn("sync: did not take national entry {} on incident {}: {}", national.sequence,
                 national.incidentId.toStdString(), why.toStdString());
    return {};
}

Failure SiteSync::refusal(const PushAnswer &answer, const SyncLink &link) const
{
    const qint64 entry = answer.head.sequence;
    switch (answer.status) {
    case PushAnswer::Status::UnknownSite:
        return Failure::refused(tr("The national register at %1 has no site %2: headquarters adds it "
                                   "(borderlog-cli server add-site).")
                                    .arg(link.server, link.site));
    case PushAnswer::Status::NotYours:
        return Failure::refused(tr("The national register at %1 refused site %2's entries to this login: it is "
                                   "another site's. Headquarters gives each site a login of its own (server add-site "
                                   "--login).")
                                    .arg(link.server, link.site));
    case PushAnswer::Status::Fork:
        return Failure::refused(tr("The national register holds another entry %1 of site %2 than this register: its "
                                   "history differs from the one sent before (restored from an older backup and "
                                   "written to since?). Nothing was sent; headquarters sees the alarm.")
                                    .arg(entry)
                                    .arg(link.site));
    case PushAnswer::Status::Forged:
        return Failure::refused(tr("Entry %1 of this register's audit trail does not match its hash: it was changed "
                                   "outside the program ('audit verify' says more). Nothing was sent; headquarters "
                                   "sees the alarm.")
                                    .arg(entry));
    case PushAnswer::Status::Incomplete:
        return Failure::storage(tr("The national register did not receive every incident of import entry %1 of site "
                                   "%2 (the link broke while they were sent?). Nothing was applied; the next sync "
                                   "sends them again.")
                                    .arg(entry)
                                    .arg(link.site));
    case PushAnswer::Status::WrongIncidents:
        return Failure::refused(tr("The incidents of import entry %1 are not those the entry recorded: the register "
                                   "was changed outside the program ('audit verify' says more). Nothing was "
                                   "applied; headquarters sees the alarm.")
                                    .arg(entry));
    case PushAnswer::Status::Gap:
    case PushAnswer::Status::Applied:
        break;
    }
    return Failure::storage(tr("The national register refused entry %1 of site %2: it does not continue the chain "
                               "the server holds. Nothing was sent.")
                                .arg(entry)
                                .arg(link.site));
}

} // namespace borderlog
