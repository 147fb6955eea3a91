// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountname.h"

#include "catchqt.h"

using namespace borderlog;

namespace {

QString ruleFor(const QString &name)
{
    const QList<FieldError> errors = AccountName::check(name);
    REQUIRE(errors.size() <= 1);
    if (errors.isEmpty()) {
        return {};
    }
    CHECK(errors.first().field == QStringLiteral("name"));
    return errors.first().rule;
}

} // namespace

TEST_CASE("An account name is letters of one script with digits and . _ - in plain forms", "[accounts][names]")
{
    for (const QString &good : {QStringLiteral("ona"), QStringLiteral("jonas.k_2-b"), QStringLiteral("Šarūnas"),
                                QStringLiteral("Иван"), QStringLiteral("Αλέξανδρος"), QStringLiteral("user7")}) {
        INFO(good.toStdString());
        CHECK(ruleFor(good).isEmpty());
    }
    CHECK(ruleFor(QStringLiteral("chief admin")).startsWith(QStringLiteral("must be 1 to 64 letters")));
    CHECK_FALSE(ruleFor(QStringLiteral("o\nna")).isEmpty());
    CHECK_FALSE(ruleFor(QStringLiteral("ona\x1b[31m")).isEmpty());
    CHECK_FALSE(ruleFor(QString(65, u'a')).isEmpty());
    // A Cyrillic о among Latin letters, named with its code so that the person sees which one.
    CHECK(ruleFor(QStringLiteral("оlga")).contains(QStringLiteral("one script")));
    CHECK(ruleFor(QStringLiteral("olgа")).contains(QStringLiteral("'а' (U+0430)")));
    CHECK_FALSE(ruleFor(QStringLiteral("Ναtаsha")).isEmpty()); // Greek, Latin and Cyrillic
    CHECK(ruleFor(QStringLiteral("ｏｌｇａ")).contains(QStringLiteral("full-width")));
    CHECK_FALSE(ruleFor(QStringLiteral("ona²")).isEmpty());
    CHECK_FALSE(ruleFor(QStringLiteral("𝐨𝐥𝐠𝐚")).isEmpty()); // mathematical bold
    CHECK_FALSE(ruleFor(QStringLiteral("onaʹ")).isEmpty()); // a modifier letter of no script
    CHECK_FALSE(ruleFor(QStringLiteral("ona٣")).isEmpty()); // an Arabic-Indic digit beside Latin letters

    CHECK(AccountName::isWellFormed(QStringLiteral("оlga"))); // logins look up any name of the character set
    CHECK_FALSE(AccountName::isWellFormed(QStringLiteral("ona\n5  2026-11-27  chief")));
    CHECK_FALSE(AccountName::isWellFormed(AccountName::unknownAccount()));
}

TEST_CASE("Names that look alike have the same skeleton", "[accounts][names]")
{
    const QString olga = AccountName::skeleton(QStringLiteral("olga"));
    CHECK(AccountName::skeleton(QStringLiteral("OLGA")) == olga);
    CHECK(AccountName::skeleton(QStringLiteral("olɡa")) == olga); // Latin script g
    CHECK(AccountName::skeleton(QStringLiteral("оlga")) == olga); // Cyrillic о
    CHECK(AccountName::skeleton(QStringLiteral("ореп")) == AccountName::skeleton(QStringLiteral("open")));
    CHECK(AccountName::skeleton(QStringLiteral("ΑΒΕΚ")) == AccountName::skeleton(QStringLiteral("abek")));
    CHECK(AccountName::skeleton(QStringLiteral("ВЕТА")) == AccountName::skeleton(QStringLiteral("beta")));
    CHECK(AccountName::skeleton(QStringLiteral("ёlka")) == AccountName::skeleton(QStringLiteral("ëlka")));
    CHECK(AccountName::skeleton(QStringLiteral("ÖNA")) == AccountName::skeleton(QStringLiteral("öna")));
    CHECK(AccountName::skeleton(QStringLiteral("jonas")) != AccountName::skeleton(QStringLiteral("jonaš")));
    CHECK(AccountName::skeleton(QStringLiteral("Иван")) != AccountName::skeleton(QStringLiteral("ivan")));
}
