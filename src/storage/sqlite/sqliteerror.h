// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <stdexcept>

namespace borderlog::sqlite {

// An SQLite call failed. Carries SQLite's extended result code; converted to a Failure with a
// message a person can act on at the repository boundary.
class SqliteError : public std::runtime_error
{
public:
    SqliteError(int extendedCode, const QString &message)
        : std::runtime_error(message.toStdString())
        , m_code(extendedCode)
    {}

    int extendedCode() const { return m_code; }
    int primaryCode() const { return m_code & 0xff; }
    QString message() const { return QString::fromStdString(what()); }

private:
    int m_code;
};

} // namespace borderlog::sqlite
