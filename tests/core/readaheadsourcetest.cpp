// SPDX-License-Identifier: GPL-3.0-or-later
#include "readaheadsource.h"

#include "catchqt.h"
#include "incidentcsv.h"
#include "testdatabase.h"

#include <QBuffer>

using namespace borderlog;

TEST_CASE("Reading ahead hands over every incident in order, with its place and what was prepared for it",
          "[import][readahead]")
{
    // Several batches and a part of one, so batch edges are crossed.
    const QList<Incident> incidents = test::generatedIncidents(ReadAheadSource::kBatchSize * 3 + 17, 7);
    IncidentListSource list(incidents);
    ReadAheadSource source(list, [](const Incident &i) { return i.idText().toUtf8(); });
    Incident incident;
    qsizetype n = 0;
    while (source.next(incident)) {
        REQUIRE(n < incidents.size());
        CHECK(incident.id == incidents[n].id);
        CHECK(incident.nationalities == incidents[n].nationalities);
        CHECK(source.prepared() == incidents[n].idText().toUtf8());
        CHECK(source.where() == QStringLiteral("incident %1").arg(n + 1));
        ++n;
    }
    CHECK(n == incidents.size());
    CHECK_FALSE(source.next(incident)); // stays at the end
    CHECK_FALSE(source.failed());
}

TEST_CASE("Reading ahead reports every problem of the file by its end", "[import][readahead]")
{
    QByteArray csv = "incident_id,date,time,location,nationality,persons,outcome\n";
    for (int i = 0; i < 3000; ++i) {
        const bool bad = i == 5 || i == 2999;
        csv += QStringLiteral(",2021-08-02,03:%1,Druskininkai,%2,3,detained\n")
                   .arg(i % 60, 2, 10, QChar(u'0'))
                   .arg(bad ? QStringLiteral("Atlantis") : QStringLiteral("IQ"))
                   .toUtf8();
    }
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    IncidentCsv::Reader reader(buffer, QStringLiteral("night.csv"), QDate(2025, 1, 1).endOfDay());
    ReadAheadSource source(reader);
    Incident incident;
    int read = 0;
    while (source.next(incident)) {
        ++read;
    }
    CHECK(read == 2998);
    CHECK(reader.progress() == 1.0); // the whole file was read
    CHECK(source.progress() == 1.0);
    REQUIRE(source.problems().size() == 2);
    CHECK(source.problems()[0].startsWith(QStringLiteral("night.csv:7: nationality")));
    CHECK(source.problems()[1].startsWith(QStringLiteral("night.csv:3001: nationality")));
}

TEST_CASE("A reader that stops early stops the worker reading ahead", "[import][readahead]")
{
    const QList<Incident> incidents =
        test::generatedIncidents(ReadAheadSource::kBatchSize * (ReadAheadSource::kBatchesAhead + 4), 7);
    IncidentListSource list(incidents);
    {
        ReadAheadSource source(list);
        Incident incident;
        REQUIRE(source.next(incident));
        CHECK(incident.id == incidents.first().id);
        // Destroyed here while the worker waits for room: it must end instead of reading on.
    }
    // The worker read at most the batches that fit, then stopped.
    Incident rest;
    qsizetype remaining = 0;
    while (list.next(rest)) {
        ++remaining;
    }
    CHECK(remaining >= qsizetype(ReadAheadSource::kBatchSize) * 3);
}
