// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

#include <QDir>
#include <QtGlobal>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace borderlog::Logging {

namespace {

void qtMessageToSpdlog(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    const std::string text = message.toStdString();
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("qt: {}", text);
        break;
    case QtInfoMsg:
        spdlog::info("qt: {}", text);
        break;
    case QtWarningMsg:
        spdlog::warn("qt: {}", text);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        spdlog::error("qt: {}", text);
        break;
    }
}

void install(std::shared_ptr<spdlog::logger> logger)
{
    logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%l] %v");
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(std::move(logger));
    qInstallMessageHandler(qtMessageToSpdlog);
}

} // namespace

void toRotatingFile(const QString &folder)
{
    QDir().mkpath(folder);
    const std::string path = QDir(folder).filePath(QStringLiteral("borderlog.log")).toStdString();
    try {
        auto logger = spdlog::rotating_logger_mt("borderlog", path, std::size_t(2) * 1024 * 1024, 5);
        logger->set_level(spdlog::level::info);
        install(logger);
    } catch (const spdlog::spdlog_ex &e) {
        // No log file (read-only home, say) must not stop the officer from working.
        auto logger = spdlog::stderr_color_mt("borderlog");
        install(logger);
        spdlog::warn("cannot write the log file {}: {}", path, e.what());
    }
}

void toStderr(bool verbose)
{
    auto logger = spdlog::stderr_color_mt("borderlog-cli");
    // Without --verbose the command prints every failure itself; the log would only repeat it.
    logger->set_level(verbose ? spdlog::level::debug : spdlog::level::critical);
    install(logger);
}

} // namespace borderlog::Logging
