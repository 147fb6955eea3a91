// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdigest.h"

#include "incidentsnapshot.h"

namespace borderlog {

QByteArray ImportDigest::pieceOf(const Incident &incident, bool removed)
{
    return pieceOfSnapshot(IncidentSnapshot::of(incident, removed));
}

QByteArray ImportDigest::pieceOfSnapshot(const QByteArray &snapshot)
{
    return Cryptography::sha256Hex(snapshot);
}

QByteArray ImportDigest::ofOne(const QByteArray &piece)
{
    ImportDigest one;
    one.add(piece);
    return one.finish();
}

} // namespace borderlog
