// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "csvreader.h"
#include "csvwriter.h"

#include <QBuffer>

using namespace borderlog;

namespace {

QList<QStringList> readAll(const QByteArray &bytes, QString *error = nullptr)
{
    CsvReader reader(bytes);
    CsvReader::Record record;
    QList<QStringList> rows;
    while (reader.next(record)) {
        rows << record.fields;
    }
    if (error) {
        *error = reader.error();
    }
    return rows;
}

} // namespace

TEST_CASE("The writer follows RFC 4180 with CRLF line ends", "[csv]")
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer);
    writer.writeRow({QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"no\""),
                     QStringLiteral("two\nlines"), QString()});
    writer.writeRow({QStringLiteral("Liubajevas"), QStringLiteral("العراق")});
    CHECK(writer.finish());
    CHECK(buffer.data()
          == QByteArray("plain,\"a,b\",\"say \"\"no\"\"\",\"two\nlines\",\r\nLiubajevas,")
                 + QString::fromUtf8("العراق").toUtf8() + "\r\n");
}

TEST_CASE("The reader takes what the writer writes, and LF, CRLF and a byte-order mark", "[csv]")
{
    const QList<QStringList> expected{{QStringLiteral("a,b"), QStringLiteral("say \"no\""), QStringLiteral("x\r\ny")},
                                      {QStringLiteral("Rustamas Liubajevas"), QStringLiteral("بغداد"), QString()}};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer);
    for (const auto &row : expected) {
        writer.writeRow(row);
    }
    REQUIRE(writer.finish());
    CHECK(readAll(buffer.data()) == expected);
    CHECK(readAll(QByteArray("\xEF\xBB\xBFh1,h2\nv1,v2\n")) == QList<QStringList>{{"h1", "h2"}, {"v1", "v2"}});
    CHECK(readAll(QByteArray("h1,h2\r\nv1,v2")) == QList<QStringList>{{"h1", "h2"}, {"v1", "v2"}});
}

TEST_CASE("Records report the line they start on", "[csv]")
{
    CsvReader reader(QByteArray("h\r\n\"multi\nline\"\r\nnext\r\n"));
    CsvReader::Record record;
    REQUIRE(reader.next(record));
    CHECK(record.line == 1);
    REQUIRE(reader.next(record));
    CHECK(record.line == 2);
    REQUIRE(reader.next(record));
    CHECK(record.line == 4);
    CHECK(record.fields == QStringList{QStringLiteral("next")});
}

TEST_CASE("Malformed CSV is reported, not guessed", "[csv]")
{
    QString error;
    readAll(QByteArray("a,\"never closed\n"), &error);
    CHECK(error.contains(QStringLiteral("not closed")));
    readAll(QByteArray("a,\"closed\"junk\n"), &error);
    CHECK(error.contains(QStringLiteral("closing quote")));
    readAll(QByteArray("a,\xff\xfe,b\n"), &error);
    CHECK(error.contains(QStringLiteral("UTF-8")));
}

namespace {

// Rows of plain text up to `line`, then that line with `bad` in its third field.
QByteArray withBytesOnLine(int line, const QByteArray &bad)
{
    QByteArray bytes = "a,b,c\r\n";
    for (int i = 2; i < line; ++i) {
        bytes += "row," + QByteArray::number(i) + ",text\r\n";
    }
    return bytes + "row,x,before" + bad + "after\r\nlast,row,here\r\n";
}

// A pipe that hands over one byte per read.
class Trickle : public QIODevice
{
public:
    explicit Trickle(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_bytes.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        if (m_pos >= m_bytes.size() || max < 1) {
            return m_pos >= m_bytes.size() ? -1 : 0;
        }
        *data = m_bytes[m_pos++];
        return 1;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qsizetype m_pos = 0;
};

} // namespace

TEST_CASE("Bytes that are not UTF-8 are reported on their own line and field", "[csv]")
{
    QString error;
    auto rows = readAll(withBytesOnLine(4000, "\xff"), &error);
    CHECK(rows.size() == 3999); // the rows before it
    CHECK(error == QStringLiteral("line 4000: field 3 is not valid UTF-8 text"));

    readAll(withBytesOnLine(4000, "\xc3\x28"), &error); // a lead byte without its continuation
    CHECK(error == QStringLiteral("line 4000: field 3 is not valid UTF-8 text"));

    // Beyond the first chunk the reader reads (1 MiB) too.
    readAll(withBytesOnLine(100000, "\xff"), &error);
    CHECK(error == QStringLiteral("line 100000: field 3 is not valid UTF-8 text"));

    // Overlong forms and UTF-16 surrogates are not UTF-8 either.
    readAll(withBytesOnLine(12, "\xc0\xaf"), &error);
    CHECK(error.startsWith(QStringLiteral("line 12: field 3")));
    readAll(withBytesOnLine(12, "\xed\xa0\x80"), &error);
    CHECK(error.startsWith(QStringLiteral("line 12: field 3")));

    // The line is where the bytes are, also inside a quoted field with line breaks.
    readAll("h\r\n\"one\ntwo\nthree \xff\"\r\n", &error);
    CHECK(error.startsWith(QStringLiteral("line 4: field 1 is not valid UTF-8")));
    readAll("h1,h2\r\n\xff,x\r\n", &error);
    CHECK(error.startsWith(QStringLiteral("line 2: field 1 is not valid UTF-8")));
    readAll("\xEF\xBB\xBF\xff", &error);
    CHECK(error.startsWith(QStringLiteral("line 1: field 1 is not valid UTF-8")));
}

TEST_CASE("A file that ends inside a UTF-8 character is refused, not cut short", "[csv]")
{
    QString error;
    auto rows = readAll("h1,h2\r\nv1,caf\xc3", &error);
    CHECK(rows.size() == 1);
    CHECK(error == QStringLiteral("line 2: field 2 is not valid UTF-8 text: the file ends inside a character"));
    readAll("h1,h2\r\nv1,\"\xf0\x9f\x98", &error);
    CHECK(error.startsWith(QStringLiteral("line 2: field 2 is not valid UTF-8")));
    readAll("h1,h2\r\nv1,v2\r\n\xe2\x82", &error);
    CHECK(error.startsWith(QStringLiteral("line 3: field 1 is not valid UTF-8")));
    CHECK(readAll("h1,h2\r\nv1,caf\xc3\xa9", &error) == QList<QStringList>{{"h1", "h2"}, {"v1", "café"}});
    CHECK(error.isEmpty());
}

TEST_CASE("Characters split between two reads are read whole", "[csv]")
{
    const QByteArray smile = "\xf0\x9f\x98\x80"; // U+1F600, four bytes
    const qsizetype chunk = 1 << 20;             // the reader's chunk
    for (qsizetype split = 1; split < 4; ++split) {
        INFO(split);
        // Lines below the field limit up to the chunk's end, where the character begins.
        QByteArray head = "h\n";
        while (head.size() + 1000 < chunk - split) {
            head += QByteArray(999, 'x') + '\n';
        }
        const qsizetype tail = chunk - split - head.size();
        head += QByteArray(tail, 'y');
        QString error;
        const auto rows = readAll(head + smile + "\nnext\n", &error);
        CHECK(error.isEmpty());
        REQUIRE(rows.size() > 2);
        CHECK(rows[rows.size() - 2].first() == QString(tail, u'y') + QString::fromUtf8(smile));
        CHECK(rows.last().first() == QStringLiteral("next"));
    }
    Trickle pipe("h\xc3\xa9,\xf0\x9f\x98\x80\r\nv\xe2\x82\xac,x\r\n");
    CsvReader reader(pipe);
    CsvReader::Record record;
    REQUIRE(reader.next(record));
    CHECK(record.fields == QStringList{QStringLiteral("hé"), QString::fromUtf8(smile)});
    REQUIRE(reader.next(record));
    CHECK(record.fields == QStringList{QStringLiteral("v€"), QStringLiteral("x")});
    CHECK_FALSE(reader.next(record));
    CHECK(reader.error().isEmpty());
}
