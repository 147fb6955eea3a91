// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// borderlog-cli run as a separate process on a database in a temporary folder, for the end-to-end tests.
// BORDERLOG_CLI is the path of the built executable (a compile definition of the test target).

#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace borderlog::test {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

class Cli
{
public:
    Cli()
        : m_db(m_dir.filePath(QStringLiteral("cli.sqlite")))
    {}

    Run operator()(QStringList arguments, const QString &db = {}) const { return run(arguments, db, {}, {}); }

    // As the account `user`, its password in BORDERLOG_PASSWORD; `input` goes to standard input.
    Run as(const QString &user, const QString &password, QStringList arguments, const QByteArray &input = {}) const
    {
        arguments.prepend(user);
        arguments.prepend(QStringLiteral("--user"));
        return run(arguments, {}, password, input);
    }

    Run run(QStringList arguments, const QString &db, const QString &password, const QByteArray &input) const
    {
        arguments.prepend(db.isEmpty() ? m_db : db);
        arguments.prepend(QStringLiteral("--db"));
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("BORDERLOG_PASSWORD"));
        // The language the test asks for (English unless set), whatever the machine's is.
        for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"}) {
            environment.remove(QString::fromLatin1(name));
        }
        environment.insert(QStringLiteral("LANG"), m_language);
        if (!password.isNull()) {
            environment.insert(QStringLiteral("BORDERLOG_PASSWORD"), password);
        }
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(BORDERLOG_CLI), arguments);
        REQUIRE(process.waitForStarted());
        process.write(input);
        process.closeWriteChannel();
        REQUIRE(process.waitForFinished(60000));
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString file(const QString &name) const { return m_dir.filePath(name); }
    // The locale the programs run in (LANG), C by default: e.g. lt_LT.UTF-8 for Lithuanian.
    void setLanguage(const QString &language) { m_language = language; }
    QString db() const { return m_db; }

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_language = QStringLiteral("C");
};

inline int incidentCount(const Cli &cli, const QString &db = {})
{
    const Run check = cli({QStringLiteral("check")}, db);
    REQUIRE(check.exitCode == 0);
    const auto line = check.out.section(QStringLiteral("incidents: "), 1).section(u'\n', 0, 0);
    return line.toInt();
}

} // namespace borderlog::test
