#include "location/JsonLines.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace lbw {

Status appendJsonLine(const QString &path, const QJsonObject &record, const QString &failure) {
    QFile log(path);
    if (!log.open(QIODevice::WriteOnly | QIODevice::Append))
        return Error{failure.arg(log.fileName(), log.errorString())};
    const QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
    if (log.write(line) != line.size() || !log.flush())
        return Error{failure.arg(log.fileName(), log.errorString())};
    return {};
}

QList<QJsonObject> readJsonLines(const QString &path, qint64 limit) {
    QFile log(path);
    QList<QJsonObject> records;
    // Only a regular file: a FIFO put in its place would block the reader.
    if (!QFileInfo(path).isFile() || !log.open(QIODevice::ReadOnly))
        return records;
    if (log.size() > limit)
        log.seek(log.size() - limit);
    for (const QByteArray &line : log.read(limit).split('\n')) {
        const QJsonObject json = QJsonDocument::fromJson(line).object();
        if (!json.isEmpty())
            records << json;
    }
    return records;
}

}  // namespace lbw
