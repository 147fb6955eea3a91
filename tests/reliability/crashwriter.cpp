// SPDX-License-Identifier: GPL-3.0-or-later
// A writer for the crash tests: records incidents one by one into the database given as the first
// argument and prints each incident_id once its save has returned success. The test kills it with
// SIGKILL at a random moment and checks that every printed incident is in the database.

#include "incidentgenerator.h"
#include "incidentlog.h"
#include "logging.h"
#include "sqliteregister.h"

#include <QCoreApplication>

#include <cstdio>

using namespace borderlog;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Logging::toStderr(false); // standard output carries only the incident_ids
    if (argc < 3) {
        std::fprintf(stderr, "usage: crashwriter DATABASE SEED\n");
        return 2;
    }
    auto repository = sqlite::SqliteRegister::open(QString::fromLocal8Bit(argv[1]));
    if (!repository) {
        std::fprintf(stderr, "%s\n", qPrintable(repository.message()));
        return 1;
    }
    IncidentLog log(std::move(repository).value());
    IncidentGenerator generator({QByteArray(argv[2]).toULongLong(), QDate(2021, 1, 1), QDate(2021, 12, 31)});
    for (;;) {
        const auto recorded = log.incidents().record(generator.next());
        if (!recorded) {
            std::fprintf(stderr, "%s\n", qPrintable(recorded.message()));
            return 1;
        }
        std::printf("%s\n", qPrintable(recorded->idText()));
        std::fflush(stdout);
    }
}
