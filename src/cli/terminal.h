// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

#include <optional>

// Standard streams and the terminal, for `borderlog-cli`'s commands.
namespace borderlog::Terminal {

// The command line's texts, translated in one context ("CommandLine") for every command.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);

void printError(const QString &message);
void printOut(const QString &text);

// A password typed at the terminal without echo, or nothing when there is no terminal to ask.
std::optional<QString> promptPassword(const QString &prompt);
// The first line of standard input, without its line end; nothing at the end of input.
std::optional<QString> readStdinLine();

// 1 (runtime failure) for the storage's failures, 2 (bad input, refused) for the others.
int exitCodeFor(const Failure &failure);

} // namespace borderlog::Terminal
