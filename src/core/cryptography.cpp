// SPDX-License-Identifier: GPL-3.0-or-later
#include "cryptography.h"

#include <QIODevice>

#include <sodium.h>

#include <cstring>

namespace borderlog::Cryptography {

namespace {

static_assert(sizeof(crypto_hash_sha256_state) <= 128, "Sha256::m_state is too small");

crypto_hash_sha256_state *state(unsigned char *bytes)
{
    return reinterpret_cast<crypto_hash_sha256_state *>(bytes);
}

QByteArray hex(const unsigned char *digest)
{
    return QByteArray(reinterpret_cast<const char *>(digest), crypto_hash_sha256_BYTES).toHex();
}

} // namespace

bool ready()
{
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    ready();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(bytes.constData()), quint64(bytes.size()));
    return hex(digest);
}

QByteArray sha256HexOf(QIODevice &device)
{
    ready();
    crypto_hash_sha256_state sha;
    crypto_hash_sha256_init(&sha);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 n = 0;
    while ((n = device.read(buffer.data(), buffer.size())) > 0) {
        crypto_hash_sha256_update(&sha, reinterpret_cast<const unsigned char *>(buffer.constData()), quint64(n));
    }
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&sha, digest);
    return hex(digest);
}

Sha256::Sha256()
{
    ready();
    std::memset(m_state, 0, sizeof m_state);
    crypto_hash_sha256_init(state(m_state));
}

void Sha256::addPiece(const QByteArray &piece)
{
    const QByteArray length = QByteArray::number(piece.size()) + ':';
    crypto_hash_sha256_update(state(m_state), reinterpret_cast<const unsigned char *>(length.constData()),
                              quint64(length.size()));
    crypto_hash_sha256_update(state(m_state), reinterpret_cast<const unsigned char *>(piece.constData()),
                              quint64(piece.size()));
    ++m_pieces;
}

QByteArray Sha256::finishHex()
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(state(m_state), digest);
    return hex(digest);
}

} // namespace borderlog::Cryptography
