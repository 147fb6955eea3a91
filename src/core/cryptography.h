// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

class QIODevice;

namespace borderlog {

// The two primitives the register needs from libsodium beyond passwords: SHA-256 for the audit chain.
namespace Cryptography {

// Initialises libsodium once (thread-safe); false when it cannot run on this machine.
bool ready();

// SHA-256 of the bytes, as 64 lower-case hex digits.
QByteArray sha256Hex(const QByteArray &bytes);

// SHA-256 of everything readable from the device (a file of any size, read in 1 MiB pieces), as hex.
QByteArray sha256HexOf(QIODevice &device);

// SHA-256 over many pieces, fed one at a time (each with its length, so pieces cannot run together).
class Sha256
{
public:
    Sha256();
    void addPiece(const QByteArray &piece);
    // The digest as 64 lower-case hex digits; the object cannot take more pieces afterwards.
    QByteArray finishHex();
    qint64 pieces() const { return m_pieces; }

private:
    alignas(64) unsigned char m_state[128];
    qint64 m_pieces = 0;
};

} // namespace Cryptography

} // namespace borderlog
