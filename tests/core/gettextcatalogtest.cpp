// SPDX-License-Identifier: GPL-3.0-or-later
#include "gettextcatalog.h"

#include "catchqt.h"

#include <QtEndian>

using namespace borderlog;

namespace {

// A .mo file of the given messages, as msgfmt lays it out (no hash table), in either byte order.
QByteArray moFile(const QList<std::pair<QByteArray, QByteArray>> &messages, bool bigEndian)
{
    auto word = [bigEndian](quint32 value) {
        QByteArray bytes(4, '\0');
        if (bigEndian) {
            qToBigEndian(value, bytes.data());
        } else {
            qToLittleEndian(value, bytes.data());
        }
        return bytes;
    };
    const auto count = quint32(messages.size());
    const quint32 originals = 28;
    const quint32 translations = originals + count * 8;
    quint32 offset = translations + count * 8;
    QByteArray tables[2];
    QByteArray strings;
    for (int side = 0; side < 2; ++side) {
        for (const auto &message : messages) {
            const QByteArray &text = side == 0 ? message.first : message.second;
            tables[side] += word(quint32(text.size())) + word(offset);
            strings += text + '\0';
            offset += quint32(text.size()) + 1;
        }
    }
    return word(0x950412de) + word(0) + word(count) + word(originals) + word(translations) + word(0) + word(0)
           + tables[0] + tables[1] + strings;
}

const QList<std::pair<QByteArray, QByteArray>> kMessages = {
    {"", "Content-Type: text/plain; charset=UTF-8\n"},
    {"Iraq", "Irakas"},
    {QByteArray("menu\x04Open"), "Atidaryti"},
    {QByteArray("file\0files", 10), QByteArray("failas\0failai", 13)},
    {"Syria", "Sirija"},
};

} // namespace

TEST_CASE("A gettext catalogue gives its plain translations in either byte order", "[gettext]")
{
    for (const bool bigEndian : {false, true}) {
        const auto messages = GettextCatalog::read(moFile(kMessages, bigEndian));
        CHECK(messages.size() == 2);
        CHECK(messages.value(QStringLiteral("Iraq")) == QStringLiteral("Irakas"));
        CHECK(messages.value(QStringLiteral("Syria")) == QStringLiteral("Sirija"));
    }
}

TEST_CASE("A damaged gettext catalogue gives what could be read, never more", "[gettext]")
{
    const QByteArray whole = moFile(kMessages, false);
    CHECK(GettextCatalog::read(QByteArray()).isEmpty());
    CHECK(GettextCatalog::read(whole.left(27)).isEmpty());
    QByteArray wrongMagic = whole;
    wrongMagic[0] = 'X';
    CHECK(GettextCatalog::read(wrongMagic).isEmpty());
    // Cut inside the strings: the messages whose text is complete are read.
    CHECK(GettextCatalog::read(whole.left(whole.size() - 3)).size() == 1);
    // Every shorter file is read without reading past its end (ASan watches).
    for (qsizetype size = 0; size < whole.size(); ++size) {
        CHECK(GettextCatalog::read(whole.left(size)).size() <= 2);
    }
    // A count far beyond the tables stops at the first entry outside the file.
    QByteArray huge = whole;
    qToLittleEndian(quint32(0xffffffff), huge.data() + 8);
    CHECK(GettextCatalog::read(huge).size() == 2);
}
