// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

using borderlog::test::Cli;
using borderlog::test::Run;

namespace {

const QString kLithuanian = QStringLiteral("lt_LT.UTF-8");

Run in(Cli &cli, const QString &language, const QStringList &arguments)
{
    cli.setLanguage(language);
    return cli(arguments);
}

} // namespace

TEST_CASE("Messages follow the locale, while CSV, codes and exit codes are the same in every language",
          "[cli][language]")
{
    Cli cli;
    REQUIRE(cli({"generate", "--incidents", "300", "--from", "2021-07-01", "--to", "2021-08-31", "-o",
                 cli.file(QStringLiteral("generated.csv"))})
                .exitCode
            == 0);
    REQUIRE(cli({"import", cli.file(QStringLiteral("generated.csv"))}).exitCode == 0);

    for (const QStringList &command : QList<QStringList>{{"export", "-o", "-"},
                                                         {"tally", "--by", "day", "-o", "-"},
                                                         {"tally", "--by", "nationality", "-o", "-"},
                                                         {"tally", "--by", "location", "-o", "-"},
                                                         {"audit", "export", "-o", "-"}}) {
        const Run english = in(cli, QStringLiteral("C"), command);
        const Run lithuanian = in(cli, kLithuanian, command);
        INFO(command.join(u' ').toStdString() << ": " << lithuanian.err.toStdString());
        CHECK(english.exitCode == 0);
        CHECK(lithuanian.exitCode == 0);
        CHECK(english.out.size() > 100);
        CHECK(lithuanian.out == english.out); // byte for byte
    }

    // A refusal: the same exit code, the field named by its contract name, the rule in Lithuanian.
    const QStringList badDate{"add",       "--date", "2021-02-30", "--location", "Varėna",
                              "--persons", "IQ:3",   "--outcome",  "detained"};
    const Run english = in(cli, QStringLiteral("C"), badDate);
    const Run lithuanian = in(cli, kLithuanian, badDate);
    CHECK(english.exitCode == 2);
    CHECK(lithuanian.exitCode == 2);
    CHECK(english.err.contains(QStringLiteral("is not a calendar date")));
    CHECK(lithuanian.err.contains(QStringLiteral("date: ")));
    CHECK_FALSE(lithuanian.err.contains(QStringLiteral("is not a calendar date")));

    // What is accepted is the same in every language: the English label as well as the code, never a label
    // of the language the program speaks.
    for (const QString &language : {QStringLiteral("C"), kLithuanian}) {
        INFO(language.toStdString());
        CHECK(in(cli, language,
                 {"add", "--date", "2021-08-02", "--location", "Varėna", "--persons", "IQ:3", "--outcome",
                  "Asylum request"})
                  .exitCode
              == 0);
        CHECK(in(cli, language,
                 {"add", "--date", "2021-08-02", "--location", "Varėna", "--persons", "IQ:3", "--outcome", "Sulaikyti"})
                  .exitCode
              == 2);
    }

    // English speaks in plural forms; the C locale shows the sources as written.
    CHECK(in(cli, QStringLiteral("en_US.UTF-8"), {"audit", "list"}).out.contains(QStringLiteral(" entries")));
    CHECK(in(cli, QStringLiteral("C"), {"audit", "list"}).out.contains(QStringLiteral(" entry(s)")));

    // A mistyped database path, in the storage's words.
    const QStringList missing{"--db", cli.file(QStringLiteral("nowhere.sqlite")), "list"};
    const Run missingEnglish = in(cli, QStringLiteral("C"), missing);
    const Run missingLithuanian = in(cli, kLithuanian, missing);
    CHECK(missingEnglish.exitCode == 1);
    CHECK(missingLithuanian.exitCode == 1);
    CHECK(missingEnglish.err.contains(QStringLiteral("there is no database at")));
    CHECK_FALSE(missingLithuanian.err.contains(QStringLiteral("there is no database at")));
    CHECK(missingLithuanian.err.contains(cli.file(QStringLiteral("nowhere.sqlite"))));
}
