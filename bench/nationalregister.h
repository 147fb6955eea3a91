// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace borderlog::bench {

// The throwaway server's connection string in the environment (scripts/with-test-server.sh), or the suite stops.
QByteArray environment(const char *name);

// A database of its own on the throwaway server, set up as a national register with the sites `codes` (of the
// station `station`), dropped when it goes.
class NationalRegister
{
public:
    explicit NationalRegister(const QStringList &codes, const QString &login = {},
                              const QString &station = QStringLiteral("Medininkai"));
    ~NationalRegister();
    NationalRegister(const NationalRegister &) = delete;
    NationalRegister &operator=(const NationalRegister &) = delete;

    const QByteArray &name() const { return m_name; }
    QString connection() const { return QString::fromUtf8(m_connection); }
    // The same as a postgresql:// URI: what opens it as a register (--db).
    QString uri() const;
    // Every chain on the server holds and its tallies are a recount of its incidents, or the suite stops.
    void checkChains() const;

private:
    QByteArray m_name;
    QByteArray m_connection;
};

} // namespace borderlog::bench
