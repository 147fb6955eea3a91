// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the CSV reader on arbitrary bytes. It must end, never crash, and never hold more
// than one record's worth of fields.
#include "csvreader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int fuzzCsvReader(const uint8_t *data, size_t size)
{
    borderlog::CsvReader reader(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    borderlog::CsvReader::Record record;
    while (reader.next(record)) {
        if (record.fields.size() > borderlog::CsvReader::kMaxFields + 1) {
            __builtin_trap();
        }
    }
    return 0;
}

#ifdef BORDERLOG_FUZZ_ENTRY
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzCsvReader(data, size);
}
#endif
