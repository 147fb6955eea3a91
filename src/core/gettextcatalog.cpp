// SPDX-License-Identifier: GPL-3.0-or-later
#include "gettextcatalog.h"

#include <QtEndian>

#include <optional>

namespace borderlog::GettextCatalog {

namespace {

constexpr quint32 kMagic = 0x950412de;
constexpr qsizetype kHeaderSize = 28;

class MoFile
{
public:
    explicit MoFile(const QByteArray &data)
        : m_data(data)
    {}

    bool readHeader()
    {
        if (m_data.size() < kHeaderSize) {
            return false;
        }
        const auto magic = qFromLittleEndian<quint32>(m_data.constData());
        m_bigEndian = magic != kMagic;
        if (m_bigEndian && qFromBigEndian<quint32>(m_data.constData()) != kMagic) {
            return false;
        }
        m_count = word(8).value_or(0);
        m_originals = word(12).value_or(0);
        m_translations = word(16).value_or(0);
        return true;
    }

    quint32 count() const { return m_count; }

    // The n-th original or translation, or nothing when its table entry points outside the file.
    std::optional<QByteArray> original(quint32 n) const { return string(m_originals, n); }
    std::optional<QByteArray> translation(quint32 n) const { return string(m_translations, n); }

private:
    std::optional<quint32> word(quint64 offset) const
    {
        if (offset + 4 > quint64(m_data.size())) {
            return std::nullopt;
        }
        const char *at = m_data.constData() + offset;
        return m_bigEndian ? qFromBigEndian<quint32>(at) : qFromLittleEndian<quint32>(at);
    }

    std::optional<QByteArray> string(quint32 table, quint32 n) const
    {
        const quint64 entry = quint64(table) + quint64(n) * 8;
        const auto length = word(entry);
        const auto offset = word(entry + 4);
        if (!length || !offset || quint64(*offset) + *length > quint64(m_data.size())) {
            return std::nullopt;
        }
        return m_data.mid(qsizetype(*offset), qsizetype(*length));
    }

    const QByteArray &m_data;
    bool m_bigEndian = false;
    quint32 m_count = 0;
    quint32 m_originals = 0;
    quint32 m_translations = 0;
};

} // namespace

QHash<QString, QString> read(const QByteArray &data)
{
    QHash<QString, QString> messages;
    MoFile file(data);
    if (!file.readHeader()) {
        return messages;
    }
    for (quint32 n = 0; n < file.count(); ++n) {
        const auto original = file.original(n);
        const auto translation = file.translation(n);
        if (!original || !translation) {
            break;
        }
        // The header has an empty original; a context is joined to its message by EOT, plural forms by NUL.
        if (original->isEmpty() || translation->isEmpty() || original->contains('\x04') || original->contains('\0')) {
            continue;
        }
        messages.insert(QString::fromUtf8(*original), QString::fromUtf8(*translation));
    }
    return messages;
}

} // namespace borderlog::GettextCatalog
