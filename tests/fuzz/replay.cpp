// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the fuzz targets over the committed corpus and every crash ever found (regressions/), so that
// ordinary builds and the sanitizer build check them on every test run.
#include "catchqt.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <cstdint>

extern "C" int fuzzCsvReader(const uint8_t *data, size_t size);
extern "C" int fuzzImport(const uint8_t *data, size_t size);

namespace {

QStringList inputs()
{
    QStringList files;
    for (const char *folder : {"corpus", "regressions"}) {
        QDirIterator it(QStringLiteral(BORDERLOG_FUZZ_DIR "/") + QString::fromLatin1(folder), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            files << it.next();
        }
    }
    files.sort();
    return files;
}

} // namespace

TEST_CASE("Every corpus file and every past crash passes through the CSV reader and the import", "[fuzz]")
{
    const QStringList files = inputs();
    REQUIRE(files.size() >= 10);
    for (const QString &path : files) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        INFO(path.toStdString());
        CHECK(fuzzCsvReader(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size())) == 0);
        CHECK(fuzzImport(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size())) == 0);
    }
}
