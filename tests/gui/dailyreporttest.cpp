// SPDX-License-Identifier: GPL-3.0-or-later
// Day › Daily report…: the page of the chosen day, its since-date kept as a preference, the PDF and the CSV
// form written, and a bad output path shown without writing anything.
#include "dailyreportcheck.h"
#include "dailyreportdialog.h"
#include "dailyreportpage.h"
#include "testdatabase.h"

#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QPushButton>

#include <catch2/catch.hpp>

using namespace borderlog;

TEST_CASE("The daily report dialog compiles the chosen day and saves its PDF and CSV form", "[gui][report]")
{
    test::TestDatabase db;
    const QDate day(2021, 8, 2);
    REQUIRE(db.log().incidents().record(test::draft(day, QStringLiteral("Medininkai"), QStringLiteral("IQ"), 12)).ok());
    REQUIRE(db.log()
                .incidents()
                .record(test::draft(day.addDays(1), QStringLiteral("Medininkai"), QStringLiteral("SY"), 7,
                                    Outcome::TurnedBack))
                .ok());
    DailyReportDialog::setSinceSetting(DailyReport::defaultSince());

    DailyReportDialog dialog(db.log(), day);
    REQUIRE(dialog.page() != nullptr);
    CHECK(dialog.page()->report().onDay().persons == 12);
    CHECK(dialog.page()->report().onDay().personsWith(Outcome::Detained) == 12);

    // Another day and another since-date: the page follows, the preference is kept.
    dialog.findChild<QDateEdit *>(QStringLiteral("reportDayEdit"))->setDate(day.addDays(1));
    CHECK(dialog.page()->report().onDay().persons == 7);
    CHECK(DailyReport::notLetIn(dialog.page()->report().onDay()) == 7);
    dialog.findChild<QDateEdit *>(QStringLiteral("reportSinceEdit"))->setDate(QDate(2021, 8, 1));
    CHECK(DailyReportDialog::sinceSetting() == QDate(2021, 8, 1));
    CHECK(dialog.page()->report().sinceDate().persons == 19);

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE(dialog.savePdf(pdf));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    const QString csv = dir.filePath(QStringLiteral("report.csv"));
    REQUIRE(dialog.saveCsv(csv));
    QFile form(csv);
    REQUIRE(form.open(QIODevice::ReadOnly));
    const auto printed = DailyReportCsv::read(form);
    REQUIRE(printed.ok());
    CHECK(printed->request.day == day.addDays(1));
    CHECK(printed->request.since == QDate(2021, 8, 1));
    CHECK(DailyReportCheck::run(db.log(), *printed)->verdict() == DailyReportCheck::Verdict::Holds);

    // A folder that does not exist: the reason is shown, nothing is written.
    const QString nowhere = dir.filePath(QStringLiteral("missing/report.pdf"));
    CHECK_FALSE(dialog.savePdf(nowhere));
    CHECK_FALSE(QFile::exists(nowhere));
    CHECK_FALSE(dialog.findChild<QLabel *>(QStringLiteral("reportMessage"))->text().isEmpty());
    DailyReportDialog::setSinceSetting(DailyReport::defaultSince());
}
