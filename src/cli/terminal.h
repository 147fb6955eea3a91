#pragma once

#include "result.h"

#include <QFile>
#include <QSaveFile>
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

// Writes to -o FILE atomically (QSaveFile), or to standard output.
class Output
{
public:
    explicit Output(const QString &path);

    bool isOpen() const { return m_device->isOpen(); }
    QIODevice &device() { return *m_device; }
    QString errorString() const { return m_device->errorString(); }
    bool finish() { return m_device == &m_file ? m_file.commit() : m_stdout.flush(); }
    bool isFile() const { return m_device == &m_file; }

private:
    QFile m_stdout;
    QSaveFile m_file;
    QIODevice *m_device = nullptr;
};

} // namespace borderlog::Terminal
