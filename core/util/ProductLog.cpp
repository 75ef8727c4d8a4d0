#include "util/ProductLog.h"

#include "platform/Platform.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <spdlog/logger.h>
#include <spdlog/sinks/rotating_file_sink.h>

#include <mutex>

namespace lbw {
namespace {

constexpr size_t kMaxFileBytes = 5 * 1024 * 1024;
constexpr size_t kMaxFiles = 5;

std::mutex g_mutex;
std::shared_ptr<spdlog::sinks::sink> g_sink;
QString g_openError;
bool g_tried = false;

}  // namespace

QString ProductLog::directory() {
    const QString configured = qEnvironmentVariable("LBW_LOG_DIR");
    return configured.isEmpty() ? platform::standardLogDirectory() : QDir::cleanPath(configured);
}

QString ProductLog::filePath() {
    return directory() + QStringLiteral("/lync-backup.log");
}

std::shared_ptr<spdlog::sinks::sink> ProductLog::sink(QString *why) {
    std::lock_guard lock(g_mutex);
    if (!g_tried) {
        g_tried = true;
        const QString dir = directory();
        if (!QDir().mkpath(dir)) {
            g_openError = QCoreApplication::translate("ProductLog", "cannot create the folder %1").arg(dir);
        } else {
            try {
                g_sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                    QFile::encodeName(QDir::toNativeSeparators(filePath())).toStdString(), kMaxFileBytes, kMaxFiles);
                g_sink->set_pattern("%Y-%m-%d %H:%M:%S.%e %z [%P] [%n] [%l] %v");
            } catch (const spdlog::spdlog_ex &e) {
                g_openError = QString::fromLocal8Bit(e.what());
            }
        }
    }
    if (why)
        *why = g_openError;
    return g_sink;
}

void ProductLog::recordRun(bool isError, const QString &text) {
    if (std::shared_ptr<spdlog::sinks::sink> file = sink()) {
        spdlog::logger log("run", file);
        const QByteArray utf8 = text.toUtf8();
        log.log(isError ? spdlog::level::err : spdlog::level::info, "{}",
                std::string_view(utf8.data(), size_t(utf8.size())));
        log.flush();
    }
    platform::writeSystemEvent(QStringLiteral("Lync Backup Wizard"), isError, text);
}

}  // namespace lbw
