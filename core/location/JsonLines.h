#pragma once
// A location's append-only logs (drills.jsonl, verifications.jsonl): one
// JSON object per line, newest last. Appending is one write with O_APPEND,
// so two programs recording at once do not tear each other's lines, and a
// reader passes over a line torn by a crash.

#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace lbw {

// `failure` is the translated message's pattern: %1 the file, %2 the cause.
Status appendJsonLine(const QString &path, const QJsonObject &record, const QString &failure);

// The objects of the file's last `limit` bytes (years of lines; a damaged
// giant is not read whole), oldest first; unparsable lines are skipped.
QList<QJsonObject> readJsonLines(const QString &path, qint64 limit = 8 << 20);

}  // namespace lbw
