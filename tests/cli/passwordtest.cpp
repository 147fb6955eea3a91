// SPDX-License-Identifier: GPL-3.0-or-later
// user password and user reset: one's own password changed with the login's, an admin's reset of another's.
#include "clirunner.h"

using namespace borderlog::test;

TEST_CASE("user password changes one's own password and user reset is an admin's, each audited", "[cli][accounts]")
{
    Cli cli;
    // Without accounts there is nothing to change, and the command says so.
    Run run = cli.run({"user", "password", "--password-stdin"}, {}, {}, "a-new-password\n");
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("this database has no accounts, so there is no password to change")));
    run = cli.run({"user", "reset", "ona", "--password-stdin"}, {}, {}, "a-new-password\n");
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("this database has no accounts, so there is no password to reset")));

    REQUIRE(
        cli.run({"user", "add", "chief", "--role", "admin", "--password-stdin"}, {}, {}, "chief-password\n").exitCode
        == 0);
    for (const char *name : {"ona", "jonas"}) {
        run = cli.as("chief", "chief-password", {"user", "add", name, "--role", "officer", "--password-stdin"},
                     QByteArray(name) + "-password\n");
        REQUIRE(run.exitCode == 0);
    }

    // One's own: the login's password is the current one, standard input's first line the new one.
    run = cli.as("ona", "ona-password", {"user", "password", "--password-stdin"}, "short\n");
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("new password: must be 8 to 256 characters")));
    run = cli.as("ona", "ona-password", {"user", "password", "--password-stdin"}, "");
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("password: standard input is empty")));
    run = cli.as("ona", "ona-password", {"user", "password", "--password-stdin"}, "ona-second-password\n");
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out == QStringLiteral("password of ona changed\n"));
    CHECK(cli.as("ona", "ona-second-password", {"list"}).exitCode == 0);
    run = cli.as("ona", "ona-password", {"list"});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("not accepted")));

    // Another's: only an admin, and not the admin's own.
    run = cli.as("ona", "ona-second-password", {"user", "reset", "jonas", "--password-stdin"}, "jonas-new-password\n");
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("only an admin may reset another account's password")));
    run = cli.as("chief", "chief-password", {"user", "reset", "chief", "--password-stdin"}, "chief-new-password\n");
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("not by a reset")));
    CHECK(cli.as("chief", "chief-password", {"user", "reset"}).exitCode == 2); // no name: usage
    run = cli.as("chief", "chief-password", {"user", "reset", "jonas", "--password-stdin"}, "jonas-new-password\n");
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out == QStringLiteral("password of jonas reset\n"));
    CHECK(cli.as("jonas", "jonas-new-password", {"list"}).exitCode == 0);

    // Both are in the trail, which still holds, and neither password is in it.
    run = cli.as("chief", "chief-password", {"audit", "list"});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("password_change")));
    CHECK(run.out.contains(QStringLiteral("password_reset")));
    CHECK_FALSE(run.out.contains(QStringLiteral("ona-second-password")));
    CHECK_FALSE(run.out.contains(QStringLiteral("jonas-new-password")));
    run = cli.as("chief", "chief-password", {"audit", "verify"});
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 0);
}
