// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <catch2/catch.hpp>
#include <ostream>

// Lets Catch2 print QString values in failed assertions.
inline std::ostream &operator<<(std::ostream &os, const QString &text)
{
    return os << '"' << text.toStdString() << '"';
}
