// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the whole import of an incidents CSV, from bytes to a database in memory. Whatever
// the input, the import either adds valid incidents or reports problems and writes nothing.
#include "incidentcsv.h"
#include "incidentlog.h"
#include "sqliteregister.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

extern "C" int fuzzImport(const uint8_t *data, size_t size)
{
    using namespace borderlog;
    auto repository = sqlite::SqliteRegister::open(QStringLiteral(":memory:"));
    if (!repository) {
        __builtin_trap();
    }
    IncidentLog log(std::move(repository).value());
    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char *>(data), qsizetype(size));
    buffer.open(QIODevice::ReadOnly);
    IncidentCsv::Reader reader(buffer, QStringLiteral("fuzz.csv"), QDate(2025, 1, 1).endOfDay());
    const auto summary = log.incidents().import(reader);
    const qint64 stored = log.reads().count({}).value_or(-1);
    if (summary ? stored != summary->added : stored != 0) {
        __builtin_trap(); // all or nothing
    }
    return 0;
}

#ifdef BORDERLOG_FUZZ_ENTRY
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzImport(data, size);
}
#endif
