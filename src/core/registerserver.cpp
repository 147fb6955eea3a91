// SPDX-License-Identifier: GPL-3.0-or-later
#include "registerserver.h"

#include <QRegularExpression>

namespace borderlog {

std::optional<FieldError> SiteCode::check(const QString &code)
{
    static const QRegularExpression kForm(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$"));
    if (kForm.match(code).hasMatch()) {
        return std::nullopt;
    }
    return FieldError{tr("site"), tr("must be 1 to 40 lower-case letters a-z, digits and hyphens, starting and "
                                     "ending with a letter or digit")};
}

bool isServerAddress(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

} // namespace borderlog
