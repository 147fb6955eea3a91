// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordhash.h"

#include "cryptography.h"
#include "textlength.h"

#include <QCoreApplication>

#include <sodium.h>

namespace borderlog::PasswordHash {

QList<FieldError> check(const QString &password, const QString &field)
{
    if (const qsizetype length = characterCount(password); length < kMinLength || length > kMaxLength) {
        return {{field, QCoreApplication::translate("PasswordHash", "must be %1 to %2 characters")
                            .arg(kMinLength)
                            .arg(kMaxLength)}};
    }
    return {};
}

Result<QByteArray> hash(const QString &password)
{
    if (!Cryptography::ready()) {
        return Failure::storage(QCoreApplication::translate("PasswordHash", "libsodium could not be initialised"));
    }
    QByteArray utf8 = password.toUtf8();
    QByteArray out(crypto_pwhash_STRBYTES, '\0');
    const int rc = crypto_pwhash_str(out.data(), utf8.constData(), quint64(utf8.size()),
                                     crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0) {
        return Failure::storage(QCoreApplication::translate("PasswordHash", "not enough memory to hash the password"));
    }
    out.truncate(qsizetype(qstrlen(out.constData())));
    return out;
}

bool matches(const QByteArray &stored, const QString &password)
{
    if (!Cryptography::ready() || stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES) {
        return false;
    }
    QByteArray terminated(crypto_pwhash_STRBYTES, '\0');
    std::copy(stored.cbegin(), stored.cend(), terminated.begin());
    QByteArray utf8 = password.toUtf8();
    const bool ok = crypto_pwhash_str_verify(terminated.constData(), utf8.constData(), quint64(utf8.size())) == 0;
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return ok;
}

QByteArray dummy()
{
    // Made once with crypto_pwhash_str at the interactive limits, its password thrown away. Fixed rather than
    // made at run time: the command line is a process per login, and making it would double the answer's time.
    return QByteArrayLiteral("$argon2id$v=19$m=65536,t=2,p=1$CIaA8Wwqw+4bV4aV987sGg$"
                             "N+ZjXrwxFvR7V1w/lAt5ul2gSENxz14QTq8QGlRMpJw");
}

} // namespace borderlog::PasswordHash
