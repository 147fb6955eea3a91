// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminal.h"

#include <QCoreApplication>
#include <QTextStream>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <string>

namespace borderlog::Terminal {

QString tr(const char *text, const char *disambiguation, int n)
{
    // The context lupdate gives tr() calls in the command functions (namespace borderlog); the classes of the
    // command line have their own tr() with the context CommandLine.
    return QCoreApplication::translate("borderlog", text, disambiguation, n);
}

void printError(const QString &message)
{
    QTextStream(stderr) << "borderlog-cli: " << message << Qt::endl;
}

void printOut(const QString &text)
{
    QTextStream out(stdout);
    out << text;
    out.flush();
}

std::optional<QString> promptPassword(const QString &prompt)
{
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (tty < 0) {
        return std::nullopt;
    }
    const QByteArray text = prompt.toLocal8Bit();
    (void)!::write(tty, text.constData(), size_t(text.size()));
    termios saved{};
    const bool isTerminal = tcgetattr(tty, &saved) == 0;
    if (isTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(tty, TCSAFLUSH, &quiet);
    }
    std::string line;
    char c = 0;
    while (::read(tty, &c, 1) == 1 && c != '\n') {
        line += c;
    }
    if (isTerminal) {
        tcsetattr(tty, TCSAFLUSH, &saved);
    }
    (void)!::write(tty, "\n", 1);
    ::close(tty);
    QString password = QString::fromLocal8Bit(line);
    std::fill(line.begin(), line.end(), '\0');
    return password;
}

std::optional<QString> readStdinLine()
{
    QTextStream in(stdin);
    QString line;
    if (!in.readLineInto(&line)) {
        return std::nullopt;
    }
    return line;
}

int exitCodeFor(const Failure &failure)
{
    return failure.kind == Failure::Kind::Storage ? 1 : 2;
}

} // namespace borderlog::Terminal
