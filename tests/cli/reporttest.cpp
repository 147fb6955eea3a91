// SPDX-License-Identifier: GPL-3.0-or-later
// borderlog-cli report: the daily report printed to PDF and read back with pdftotext (poppler-utils), as a
// ministry reader would see it, and verified against the register after a sign-off, a reopen and an amendment.
#include "catchqt.h"
#include "clirunner.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

using namespace borderlog::test;

namespace {

const QString kDay = QStringLiteral("2021-08-02");

// The text of a PDF as pdftotext reads it (its layout kept, so that a table's row stays on one line).
QString pdfText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForStarted()); // poppler-utils is in scripts/packages.txt
    REQUIRE(pdftotext.waitForFinished(60000));
    REQUIRE(pdftotext.exitCode() == 0);
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

QString firstIncidentOf(const Cli &cli, const QString &day)
{
    const Run run = cli({"export", "--from", day, "--to", day});
    REQUIRE(run.exitCode == 0);
    return run.out.section(u'\n', 1, 1).section(u',', 0, 0);
}

} // namespace

TEST_CASE("report prints the seed article's day to PDF and verifies it until an amendment after a reopen",
          "[cli][report]")
{
    Cli cli;
    REQUIRE(cli({"import", QStringLiteral(BORDERLOG_SAMPLE_CSV)}).exitCode == 0);
    const QString pdf = cli.file(QStringLiteral("2021-08-02.pdf"));
    Run run = cli({"report", "--day", kDay, "-o", pdf});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(QFile(pdf).size() > 1000);
    QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("NOT SIGNED OFF")));
    CHECK(text.contains(QRegularExpression(QStringLiteral("Detained\\s+287"))));
    CHECK(text.contains(QStringLiteral("Audit trail head when printed")));

    REQUIRE(cli({"day", "close", kDay}).exitCode == 0);
    run = cli({"report", "--day", kDay, "-o", pdf});
    REQUIRE(run.exitCode == 0);
    text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Signed off by")));
    CHECK_FALSE(text.contains(QStringLiteral("NOT SIGNED OFF")));
    const QString csv = cli.file(QStringLiteral("2021-08-02.csv"));
    REQUIRE(cli({"report", "--day", kDay, "-o", csv}).exitCode == 0);
    const QString head = cli({"audit", "verify"}).out.section(QStringLiteral("head: "), 1).trimmed();
    CHECK(text.contains(head.left(40))); // the page prints the trail's head (a line may wrap its end)

    run = cli({"report", "verify", csv});
    INFO(run.out.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("holds: every figure is as printed")));
    const QString digest = text.section(QStringLiteral("stays signed):"), 1).trimmed().section(u'\n', 0, 0).trimmed();
    REQUIRE(digest.size() == 64);
    CHECK(cli({"report", "verify", "--day", kDay, "--digest", digest}).exitCode == 0);
    CHECK(cli({"report", "verify", "--day", kDay, "--digest", "12"}).exitCode == 2);

    // A supervisor reopens the day and moves a group to the day after.
    REQUIRE(cli({"day", "reopen", kDay, "--reason", "recount"}).exitCode == 0);
    const QString id = firstIncidentOf(cli, kDay);
    REQUIRE(cli({"update", id, "--date", "2021-08-03", "--reason", "recorded on the wrong day"}).exitCode == 0);
    run = cli({"report", "verify", csv});
    CHECK(run.exitCode == 1);
    CHECK(run.out.contains(QStringLiteral("does NOT hold")));
    CHECK(run.out.contains(QStringLiteral("changed (the day): day.persons")));
    CHECK(run.out.contains(QStringLiteral("amend incident ") + id));
    CHECK(cli({"report", "verify", "--day", kDay, "--digest", digest}).exitCode == 1);
}

TEST_CASE("report refuses a bad day, since-date or format, naming the option", "[cli][report]")
{
    Cli cli;
    REQUIRE(cli({"import", QStringLiteral(BORDERLOG_TEST_DATA "/incidents-good.csv")}).exitCode == 0);
    Run run = cli({"report"});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("day:")));
    run = cli({"report", "--day", "2021-02-30"});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("day:")));
    run = cli({"report", "--day", "2021-08-02", "--since", "2021-09-31"});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("since:")));
    run = cli({"report", "--day", "2021-08-02", "--format", "docx"});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("format:")));
    run = cli({"report", "--day", "2021-08-02", "--format", "html"});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("data:image/png;base64,")));
    CHECK(run.out.contains(QStringLiteral("NOT SIGNED OFF")));
    run = cli({"report", "--day", "2021-08-02"});
    CHECK(run.exitCode == 0);
    CHECK(run.out.startsWith(QStringLiteral("figure,value\r\nform,borderlog-daily-report/1\r\n")));
}
