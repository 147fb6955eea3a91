// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cryptography.h"

#include <QByteArray>

namespace borderlog {

struct Incident;

// The digest an import's (or an adoption's) audit entry pins its incidents with: SHA-256 over the SHA-256
// of each added incident's snapshot (IncidentSnapshot::of), in the order the incidents were stored. An
// add's entry pins its one incident the same way, so `audit verify` recomputes every creation alike. Any
// storage computes it with this class, so that every backend's entries verify the same.
class ImportDigest
{
public:
    // One incident's piece: the hash of its snapshot (may be computed ahead, on another thread).
    static QByteArray pieceOf(const Incident &incident, bool removed = false);
    // The piece of a snapshot already at hand (an add's entry keeps the snapshot itself).
    static QByteArray pieceOfSnapshot(const QByteArray &snapshot);

    void add(const QByteArray &piece) { m_digest.addPiece(piece); }
    void add(const Incident &incident, bool removed = false) { add(pieceOf(incident, removed)); }
    qint64 incidents() const { return m_digest.pieces(); }
    // The digest as 64 lower-case hex digits; no more pieces afterwards.
    QByteArray finish() { return m_digest.finishHex(); }

    // The digest of one piece alone (what an add's entry stands for).
    static QByteArray ofOne(const QByteArray &piece);

private:
    Cryptography::Sha256 m_digest;
};

} // namespace borderlog
