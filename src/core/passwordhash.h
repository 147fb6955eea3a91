// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace borderlog {

// Passwords are kept only as libsodium's Argon2id strings (crypto_pwhash_str: algorithm, parameters,
// salt and hash in one text), never in clear.
namespace PasswordHash {

constexpr int kMinLength = 8;
constexpr int kMaxLength = 256;

// The rule a new password must keep, named for `field` ("password" for a new account's), or an empty list.
QList<FieldError> check(const QString &password, const QString &field = QStringLiteral("password"));
// A new Argon2id string for the password (about 0.1–0.5 s and 64 MiB by design).
Result<QByteArray> hash(const QString &password);
// Whether the password matches the stored string. Constant time in the password.
bool matches(const QByteArray &stored, const QString &password);
// An Argon2id string of a random password nobody knows, with the parameters hash() uses: a login with a
// name that is no account's is checked against it, so that it is answered as slowly as a wrong password.
QByteArray dummy();

} // namespace PasswordHash

} // namespace borderlog
