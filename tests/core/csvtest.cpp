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
