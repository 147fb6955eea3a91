// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountadministration.h"
#include "auditqueries.h"
#include "daysignoffs.h"
#include "incidentcommands.h"
#include "incidentreads.h"
#include "locationadministration.h"
#include "registerevents.h"
#include "registerstore.h"
#include "registerupkeep.h"
#include "session.h"
#include "sitesync.h"

#include <QObject>

#include <memory>

namespace borderlog {

// An opened database and whoever logged in there: what File > Open hands the window to switch to, once the
// login on the new database has succeeded.
struct OpenedDatabase
{
    std::unique_ptr<RegisterStore> store;
    std::optional<Account> login;
};

// The opened register: its store and the use cases over it, each with one job.
//   session()   who acts; authorize(rule) before every write      (Session)
//   incidents() record, amend, remove, import                     (IncidentCommands)
//   reads()     pages, counts, exports, tallies                   (IncidentReads)
//   locations() the locations an admin keeps                      (LocationAdministration)
//   accounts()  accounts                                          (AccountAdministration)
//   days()      day sign-off                                      (DaySignOffs)
//   audit()     the audit trail: list, history, verify            (AuditQueries)
//   upkeep()    health, tally repair, backup                      (RegisterUpkeep)
//   sync()      pushing the trail to the national register        (SiteSync)
//   events()    what changed, once committed                      (RegisterEvents)
// It lives on one thread (the GUI thread in the desktop app); work on another thread opens a register of its
// own (see docs/architecture.md, Threads).
class IncidentLog : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentLog)

public:
    explicit IncidentLog(std::unique_ptr<RegisterStore> store, QObject *parent = nullptr);
    ~IncidentLog() override;

    Session &session() { return m_session; }
    const Session &session() const { return m_session; }
    IncidentCommands &incidents() { return m_incidents; }
    const IncidentReads &reads() const { return m_reads; }
    LocationAdministration &locations() { return m_locations; }
    AccountAdministration &accounts() { return m_accounts; }
    const AccountAdministration &accounts() const { return m_accounts; }
    DaySignOffs &days() { return m_days; }
    const DaySignOffs &days() const { return m_days; }
    const AuditQueries &audit() const { return m_audit; }
    RegisterUpkeep &upkeep() { return m_upkeep; }
    SiteSync &sync() { return m_sync; }
    RegisterEvents &events() { return m_events; }

    // The database as shown to a person.
    QString databaseLocation() const;
    // The database engine and its version (RegisterStore::engine).
    QString databaseEngine() const;
    // Whether the register takes changes (RegisterStore::acceptsChanges).
    bool acceptsChanges() const;
    // Whether it takes amendments, removals and restores (RegisterStore::acceptsAmendments).
    bool acceptsAmendments() const;
    // The national register's conflicts with the stations; nothing on a station's register.
    ConflictStore *conflicts();
    // Switches to another database (File > Open) with the login made there; views reload on
    // RegisterEvents::databaseSwitched().
    void switchTo(OpenedDatabase opened);
    // Hands this register's database and login over (to switch another IncidentLog to it).
    OpenedDatabase release();

signals:
    // Coarse announcements for views that reload everything they show, derived from events().
    void incidentsChanged();
    void locationsChanged();
    void databaseReplaced();
    void daysChanged();
    void actorChanged();

private:
    RegisterEvents m_events;
    RegisterHandle m_handle;
    Session m_session;
    IncidentCommands m_incidents;
    IncidentReads m_reads;
    LocationAdministration m_locations;
    AccountAdministration m_accounts;
    DaySignOffs m_days;
    AuditQueries m_audit;
    RegisterUpkeep m_upkeep;
    SiteSync m_sync;
};

} // namespace borderlog
