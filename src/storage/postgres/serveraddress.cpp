// SPDX-License-Identifier: GPL-3.0-or-later
#include "serveraddress.h"

#include <libpq-fe.h>

namespace borderlog::postgres {

Result<ServerAddress> ServerAddress::parse(const QString &text)
{
    const QByteArray connection = text.trimmed().toUtf8();
    if (connection.isEmpty()) {
        return Failure::invalid({{tr("server"), tr("must name the national register's server (postgresql://USER@HOST/"
                                                   "DATABASE or host=… dbname=… user=…)")}});
    }
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(connection.constData(), &error);
    if (options == nullptr) {
        const QString why = error == nullptr ? tr("out of memory") : QString::fromUtf8(error).trimmed();
        PQfreemem(error);
        return Failure::invalid({{tr("server"), tr("is not a connection string libpq can read: %1").arg(why)}});
    }
    bool password = false;
    for (const PQconninfoOption *option = options; option->keyword != nullptr; ++option) {
        // The client key's passphrase is a password too.
        if (option->val != nullptr
            && (qstrcmp(option->keyword, "password") == 0 || qstrcmp(option->keyword, "sslpassword") == 0)) {
            password = true;
        }
    }
    PQconninfoFree(options);
    if (password) {
        return Failure::invalid({{tr("server"), tr("must not hold the password (it would show in the process list and "
                                                   "the shell's history): put it in ~/.pgpass, or in the file "
                                                   "PGPASSFILE names")}});
    }
    return ServerAddress(connection);
}

} // namespace borderlog::postgres
