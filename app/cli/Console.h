#pragma once
// The CLI's view of a running job. On a terminal: one progress line with a
// bar, rate and ETA, redrawn in place, with log lines printed above it. When
// stderr is a file or pipe (a scheduled run): plain lines, a few per minute.
// Results go to stdout; progress and log lines go to stderr.

#include "jobs/JobObserver.h"

#include <QString>

#include <spdlog/sinks/base_sink.h>

#include <memory>
#include <mutex>

namespace lbw::cli {

void printOut(const QString &text);  // a line on stdout
void printErr(const QString &text);  // a line on stderr
// Qt's own warnings go to stderr with control characters escaped: they may
// quote a name or path from a set (see util/DisplayText.h).
void installMessageHandler();

class Console final : public JobObserver {
public:
    Console();
    void onStage(const QString &text) override;
    void onItemStarted(int index, const QString &name) override;
    void onItemFinished(int index, const ManifestItem &result) override;
    void onProgress(const ProgressSnapshot &progress) override;

    // Prints a line above the progress bar.
    void printLine(const QString &text);
    void finish();  // clears the bar

    // A log sink that writes through printLine (warnings and errors only).
    std::shared_ptr<spdlog::sinks::sink> logSink();

private:
    void drawBar();

    std::recursive_mutex m_mutex;
    bool m_terminal;
    bool m_barShown = false;
    QString m_stage;
    QString m_item;
    ProgressSnapshot m_last;
    qint64 m_lastPlainMs = -1000000;
};

QString formatBytes(qint64 bytes);
QString formatDuration(qint64 seconds);

}  // namespace lbw::cli
