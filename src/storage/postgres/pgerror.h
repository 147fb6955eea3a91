// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <stdexcept>

namespace borderlog::postgres {

// A libpq call or a statement on the server failed. Carries the server's SQLSTATE (five characters, empty
// when the connection itself failed); converted to a Failure with a message a person can act on at the
// boundary of the storage layer.
class PgError : public std::runtime_error
{
public:
    PgError(QByteArray sqlState, const QString &message)
        : std::runtime_error(message.toStdString())
        , m_sqlState(std::move(sqlState))
    {}

    const QByteArray &sqlState() const { return m_sqlState; }
    QString message() const { return QString::fromStdString(what()); }
    // The connection was lost or never made (class 08), or the server is shutting down (57P0x).
    bool connectionLost() const
    {
        return m_sqlState.isEmpty() || m_sqlState.startsWith("08") || m_sqlState.startsWith("57P0");
    }

private:
    QByteArray m_sqlState;
};

} // namespace borderlog::postgres
