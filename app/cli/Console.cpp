#include "cli/Console.h"

#include "platform/Platform.h"
#include "util/DisplayText.h"
#include "util/SizeText.h"

#include <QCoreApplication>
#include <QLocale>

#include <spdlog/pattern_formatter.h>

#include <cstdio>
#include <cstdlib>

namespace lbw::cli {
namespace {

constexpr qint64 kPlainIntervalMs = 10'000;

class ConsoleSink final : public spdlog::sinks::base_sink<std::mutex> {
public:
    explicit ConsoleSink(Console &console) : m_console(console) {}

protected:
    void sink_it_(const spdlog::details::log_msg &msg) override {
        const QString level = msg.level >= spdlog::level::err ? QCoreApplication::translate("Console", "error")
                                                              : QCoreApplication::translate("Console", "warning");
        // Log lines quote file and item names, which may hold control characters.
        m_console.printLine(QStringLiteral("%1: %2").arg(
            level, displayText(QString::fromUtf8(msg.payload.data(), qsizetype(msg.payload.size())))));
    }
    void flush_() override { std::fflush(stderr); }

private:
    Console &m_console;
};

}  // namespace

void printOut(const QString &text) {
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printErr(const QString &text) {
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

void installMessageHandler() {
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        printErr(displayText(qFormatLogMessage(type, context, message)));
        if (type == QtFatalMsg)
            std::abort();
    });
}

QString formatBytes(qint64 bytes) {
    return sizeText(bytes);
}

QString formatDuration(qint64 seconds) {
    if (seconds < 0)
        return QStringLiteral("--:--");
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

Console::Console() : m_terminal(platform::stderrIsTerminal()) {}

std::shared_ptr<spdlog::sinks::sink> Console::logSink() {
    auto sink = std::make_shared<ConsoleSink>(*this);
    sink->set_level(spdlog::level::warn);
    return sink;
}

void Console::printLine(const QString &text) {
    std::lock_guard lock(m_mutex);
    if (m_barShown)
        std::fputs("\r\033[K", stderr);
    printErr(text);
    if (m_barShown)
        drawBar();
}

void Console::finish() {
    std::lock_guard lock(m_mutex);
    if (m_barShown)
        std::fputs("\r\033[K", stderr);
    m_barShown = false;
    std::fflush(stderr);
}

void Console::onStage(const QString &text) {
    std::lock_guard lock(m_mutex);
    m_stage = displayText(text);  // "Restoring NAME to PATH" quotes the set
    if (!m_terminal)
        printErr(m_stage);
    else
        drawBar();
}

void Console::onItemStarted(int, const QString &name) {
    std::lock_guard lock(m_mutex);
    m_item = name;
}

void Console::onItemFinished(int, const ManifestItem &result) {
    QString line =
        QCoreApplication::translate("Console", "%1: %2 (%3 files, %4)")
            .arg(result.name, itemStatusText(result.status), countText(result.files), formatBytes(result.bytes));
    if (!result.skipped.isEmpty())
        line += QCoreApplication::translate("Console", ", %n skipped", nullptr, int(result.skipped.size()));
    if (!result.errors.isEmpty())
        line += QCoreApplication::translate("Console", ", %n errors", nullptr, int(result.errors.size()));
    printLine(line);
}

void Console::onProgress(const ProgressSnapshot &progress) {
    std::lock_guard lock(m_mutex);
    m_last = progress;
    if (m_terminal) {
        drawBar();
    } else if (progress.elapsedMs - m_lastPlainMs >= kPlainIntervalMs) {
        m_lastPlainMs = progress.elapsedMs;
        QString line = QCoreApplication::translate("Console", "%1 of %2, %3 of %4 files")
                           .arg(formatBytes(progress.bytesDone), formatBytes(progress.bytesTotal),
                                countText(progress.filesDone), countText(progress.filesTotal));
        if (progress.bytesPerSecond > 0)
            line += QCoreApplication::translate("Console", ", %1/s, %2 left")
                        .arg(formatBytes(qint64(progress.bytesPerSecond)), formatDuration(progress.etaSeconds));
        printErr(line);
    }
}

void Console::drawBar() {
    if (!m_terminal)
        return;
    const ProgressSnapshot &p = m_last;
    const int percent = p.bytesTotal > 0 ? int(p.bytesDone * 100 / p.bytesTotal) : 0;
    const QString stats = QCoreApplication::translate("Console", " %1% %2/%3 %4/s ETA %5")
                              .arg(percent, 3)
                              .arg(formatBytes(p.bytesDone), formatBytes(p.bytesTotal),
                                   formatBytes(qint64(p.bytesPerSecond)), formatDuration(p.etaSeconds));
    const int columns = platform::terminalColumns();
    const int barWidth = qBound(10, columns / 4, 40);
    const int filled = barWidth * percent / 100;
    QString label = m_stage;
    const int room = columns - barWidth - int(stats.size()) - 4;
    if (label.size() > room)
        label = room > 1 ? label.left(room - 1) + QChar(0x2026) : QString();
    const QString line = QStringLiteral("%1 [%2%3]%4")
                             .arg(label.leftJustified(qMax(room, 0)), QString(filled, QLatin1Char('#')),
                                  QString(barWidth - filled, QLatin1Char('.')), stats);
    std::fputs("\r\033[K", stderr);
    std::fputs(line.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    m_barShown = true;
}

}  // namespace lbw::cli
