// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentcsv.h"

#include "catchqt.h"
#include "csvwriter.h"
#include "testdatabase.h"

#include <QBuffer>

using namespace borderlog;

namespace {

const QDateTime kNow = QDate(2025, 1, 1).endOfDay();

QByteArray write(const QList<Incident> &incidents)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer);
    IncidentCsv::writeHeader(writer);
    for (const auto &i : incidents) {
        IncidentCsv::writeIncident(writer, i);
    }
    REQUIRE(writer.finish());
    return buffer.data();
}

} // namespace

TEST_CASE("The incidents CSV has the ministry's columns", "[csv][incidents]")
{
    CHECK(IncidentCsv::header(IncidentCsv::Layout::V1).join(u',')
          == QStringLiteral("incident_id,date,time,location,nationality,persons,outcome,force_used,notes,recorded_by,"
                            "recorded_at"));
    CHECK(IncidentCsv::header().join(u',')
          == QStringLiteral("incident_id,date,time,location,nationality,persons,outcome,force_used,notes,recorded_by,"
                            "recorded_at,men,women,children,unaccompanied_minors,detection,direction,border_sector,"
                            "count_estimated,injured,dead,missing,aid_given,force_type,refusal_reasons,facilitators,"
                            "facilitator_nationalities,related_to"));
    CHECK(TallyCsv::header(TallyGrouping::Month).join(u',')
          == QStringLiteral("period,incidents,persons,turned_back,detained,asylum_request,prevented,absconded,other,"
                            "admitted_humanitarian,order_to_leave,men,women,children,unaccompanied_minors"));
    CHECK(TallyCsv::header(TallyGrouping::Location).first() == QStringLiteral("location"));
}

TEST_CASE("Reading a good file: rows sharing an incident_id form one incident", "[csv][incidents]")
{
    const auto read = IncidentCsv::read(test::readFile(QStringLiteral(BORDERLOG_TEST_DATA "/incidents-good.csv")),
                                        QStringLiteral("good.csv"), kNow);
    INFO(read.problems.join(u'\n').toStdString());
    REQUIRE(read.problems.isEmpty());
    REQUIRE(read.incidents.size() == 4);

    const Incident &mixed = read.incidents[0];
    CHECK(mixed.id == QUuid::fromString(QStringLiteral("4a1b2c3d-0000-4000-8000-000000000001")));
    CHECK(mixed.nationalities == QList<NationalityCount>{{QStringLiteral("IQ"), 30}, {QStringLiteral("SY"), 5}});
    CHECK(mixed.groupSize() == 35);
    CHECK(mixed.notes == QStringLiteral("Most of them Iraqi citizens, some Syrian"));
    CHECK(mixed.recordedAt == QDateTime(QDate(2021, 8, 2), QTime(2, 0), Qt::UTC));

    const Incident &turnedBack = read.incidents[1];
    CHECK(turnedBack.nationalities.first().nationality == QStringLiteral("IQ")); // given as IRQ
    CHECK_FALSE(turnedBack.time.isValid());
    CHECK(turnedBack.notes == QStringLiteral("Liubajevas: \"no force was used\""));
    CHECK(turnedBack.location == QStringLiteral("Medininkai checkpoint"));

    const Incident &asylum = read.incidents[2];
    CHECK(asylum.id.isNull()); // filled in when imported
    CHECK(asylum.location == QStringLiteral("Šalčininkai"));
    CHECK(asylum.notes == QStringLiteral("طلب لجوء\ntwo lines"));
    CHECK(asylum.forceUsed());
    CHECK(asylum.outcome == Outcome::AsylumRequest);

    const Incident &guarded = read.incidents[3];
    CHECK(guarded.notes == QStringLiteral("=cmd|' /C calc'!A0")); // the guard's apostrophe is removed
    CHECK(guarded.nationalities.first().nationality == QStringLiteral("AF"));
}

TEST_CASE("A bad file is rejected whole, one line per problem", "[csv][incidents]")
{
    const auto read = IncidentCsv::read(test::readFile(QStringLiteral(BORDERLOG_TEST_DATA "/incidents-bad.csv")),
                                        QStringLiteral("bad.csv"), kNow);
    CHECK(read.incidents.isEmpty());
    const QString all = read.problems.join(u'\n');
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("bad.csv:2: incident_id: 'not-a-uuid' is not a UUID")));
    CHECK(all.contains(QStringLiteral("bad.csv:3: date: '2021-02-30' is not a calendar date")));
    CHECK(all.contains(QStringLiteral("bad.csv:4: time:")));
    CHECK(all.contains(QStringLiteral("bad.csv:4: nationality: 'Atlantis'")));
    CHECK(all.contains(QStringLiteral("bad.csv:4: persons:")));
    CHECK(all.contains(QStringLiteral("bad.csv:4: outcome: 'released'")));
    CHECK(all.contains(QStringLiteral("bad.csv:4: force_used: 'maybe'")));
    CHECK(all.contains(QStringLiteral("bad.csv:5: location: is required")));
    CHECK(all.contains(QStringLiteral("bad.csv:6: row: has 7 fields, the header has 11")));
    CHECK(all.contains(QStringLiteral("bad.csv:8: incident_id: rows of incident")));
    for (const QString &line : read.problems) {
        CHECK(line.startsWith(QStringLiteral("bad.csv:")));
    }
}

TEST_CASE("Header problems are named", "[csv][incidents]")
{
    auto read = IncidentCsv::read("date,location,nationality,persons\r\n", QStringLiteral("f.csv"), kNow);
    CHECK(read.problems.join(u'\n').contains(QStringLiteral("f.csv:1: header: required column 'outcome' is missing")));
    read = IncidentCsv::read("date,location,nationality,persons,outcome,colour\r\n", QStringLiteral("f.csv"), kNow);
    CHECK(read.problems.join(u'\n').contains(QStringLiteral("unknown column 'colour'")));
    read = IncidentCsv::read("", QStringLiteral("f.csv"), kNow);
    CHECK(read.problems.join(u'\n').contains(QStringLiteral("the file is empty")));
}

TEST_CASE("An incident_id is a UUID and nothing else", "[csv][incidents]")
{
    const QByteArray header = "incident_id,date,location,nationality,persons,outcome\r\n";
    auto read = IncidentCsv::read(header
                                      + "4a1b2c3d-0000-4000-8000-000000001a01xyz,2021-08-03,Varėna,IQ,3,detained\r\n"
                                        "{4a1b2c3d-0000-4000-8000-000000001a02},2021-08-03,Varėna,IQ,3,detained\r\n",
                                  QStringLiteral("f.csv"), kNow);
    const QString all = read.problems.join(u'\n');
    INFO(all.toStdString());
    CHECK(read.incidents.isEmpty());
    CHECK(
        all.contains(QStringLiteral("f.csv:2: incident_id: '4a1b2c3d-0000-4000-8000-000000001a01xyz' is not a UUID")));
    CHECK(all.contains(QStringLiteral("f.csv:3: incident_id: '{4a1b2c3d-0000-4000-8000-000000001a02}' is not a UUID")));

    // Hex digits in either case: the rows of one incident agree whatever case each id is written in.
    read = IncidentCsv::read(header
                                 + "4A1B2C3D-0000-4000-8000-000000001A01,2021-08-03,Varėna,IQ,3,detained\r\n"
                                   "4a1b2c3d-0000-4000-8000-000000001a01,2021-08-03,Varėna,SY,2,detained\r\n",
                             QStringLiteral("f.csv"), kNow);
    INFO(read.problems.join(u'\n').toStdString());
    REQUIRE(read.problems.isEmpty());
    REQUIRE(read.incidents.size() == 1);
    CHECK(read.incidents[0].idText() == QStringLiteral("4a1b2c3d-0000-4000-8000-000000001a01"));
    CHECK(read.incidents[0].groupSize() == 5);
}

TEST_CASE("Columns may come in any order, and LF line ends and a BOM are accepted", "[csv][incidents]")
{
    const auto read = IncidentCsv::read("\xEF\xBB\xBFoutcome,persons,nationality,location,date\n"
                                        "turned_back,12,IQ,Varėna,2021-08-05\n",
                                        QStringLiteral("f.csv"), kNow);
    REQUIRE(read.problems.isEmpty());
    REQUIRE(read.incidents.size() == 1);
    CHECK(read.incidents[0].location == QStringLiteral("Varėna"));
    CHECK(read.incidents[0].groupSize() == 12);
}

TEST_CASE("Export, import, export is exact, byte for byte", "[csv][incidents]")
{
    Incident tricky;
    tricky.id = QUuid::fromString(QStringLiteral("4a1b2c3d-0000-4000-8000-0000000000aa"));
    tricky.date = QDate(2021, 8, 3);
    tricky.time = QTime(23, 5);
    tricky.location = QStringLiteral("-Sector 7, \"north\"");
    tricky.nationalities = {{QStringLiteral("SY"), 2}, {QStringLiteral("IQ"), 7}};
    tricky.outcome = Outcome::Other;
    tricky.notes = QStringLiteral("'=already guarded?\r\nلا\t'tis");
    tricky.recordedBy = QStringLiteral("@officer");
    tricky.recordedAt = QDateTime(QDate(2021, 8, 4), QTime(0, 1, 2), Qt::UTC);
    Incident plain = tricky;
    plain.id = QUuid::fromString(QStringLiteral("4a1b2c3d-0000-4000-8000-0000000000ab"));
    plain.notes = QStringLiteral("=1+1");
    plain.location = QStringLiteral("'quoted");
    plain.time = QTime();

    const QByteArray first = write({tricky, plain});
    CHECK(first.contains("'-Sector 7"));
    CHECK(first.contains("'@officer"));
    const auto read = IncidentCsv::read(first, QStringLiteral("x.csv"), kNow);
    REQUIRE(read.problems.isEmpty());
    REQUIRE(read.incidents.size() == 2);
    CHECK(read.incidents[0].location == tricky.location);
    CHECK(read.incidents[0].notes == tricky.notes);
    CHECK(read.incidents[0].recordedBy == tricky.recordedBy);
    CHECK(read.incidents[1].notes == plain.notes);
    CHECK(read.incidents[1].location == plain.location);
    CHECK(write(read.incidents) == first);
}

namespace {

// A file that says it is larger than the import accepts.
class HugeFile : public QBuffer
{
public:
    qint64 size() const override { return IncidentCsv::Reader::kMaxFileSize + 1; }
};

} // namespace

TEST_CASE("A file beyond the import's size limit is refused with a clear message", "[csv][incidents][limits]")
{
    HugeFile file;
    file.setData("date,location,nationality,persons,outcome\r\n2021-08-03,Varėna,IQ,3,detained\r\n");
    file.open(QIODevice::ReadOnly);
    IncidentCsv::Reader reader(file, QStringLiteral("huge.csv"), kNow);
    Incident incident;
    CHECK_FALSE(reader.next(incident));
    REQUIRE(reader.problems().size() == 1);
    CHECK(reader.problems().first().startsWith(QStringLiteral("huge.csv:1: file: the file is larger than 16 GiB")));
}

TEST_CASE("A field beyond 64 KiB is refused with its line", "[csv][incidents][limits]")
{
    const QByteArray content = "date,location,nationality,persons,outcome,notes\r\n2021-08-03,Varėna,IQ,3,detained,"
                               + QByteArray(70000, 'x') + "\r\n";
    const auto read = IncidentCsv::read(content, QStringLiteral("long.csv"), kNow);
    CHECK(read.incidents.isEmpty());
    CHECK(read.problems.join(u'\n').contains(QStringLiteral("long.csv:2: row: line 2: a field is longer than 65536")));
}

TEST_CASE("Bytes that are not UTF-8 are reported on their line and in their column", "[csv][incidents]")
{
    QByteArray content = "date,location,nationality,persons,outcome,notes\r\n";
    for (int line = 2; line < 4000; ++line) {
        content += "2021-08-03,Varėna,IQ,3,detained,fine\r\n";
    }
    const QByteArray last = "2021-08-03,Varėna,IQ,3,detained,caf\xc3";
    auto read = IncidentCsv::read(content + "2021-08-03,Varėna,IQ,3,detained,bad \xff byte\r\n" + last + "\xa9\r\n",
                                  QStringLiteral("big.csv"), kNow);
    QString all = read.problems.join(u'\n');
    INFO(all.toStdString());
    CHECK(read.incidents.isEmpty());
    CHECK(all.startsWith(QStringLiteral("big.csv:4000: notes: line 4000: field 6 is not valid UTF-8 text")));
    CHECK_FALSE(all.contains(QStringLiteral("header")));

    read = IncidentCsv::read(content + last, QStringLiteral("cut.csv"), kNow);
    all = read.problems.join(u'\n');
    INFO(all.toStdString());
    CHECK(read.incidents.isEmpty());
    CHECK(all.startsWith(QStringLiteral("cut.csv:4000: notes: line 4000: field 6 is not valid UTF-8 text: the file "
                                        "ends inside a character")));

    read = IncidentCsv::read("date,loc\xff"
                             "ation\r\n",
                             QStringLiteral("h.csv"), kNow);
    CHECK(read.problems.join(u'\n').startsWith(QStringLiteral("h.csv:1: header: line 1: field 2 is not valid UTF-8")));
}
