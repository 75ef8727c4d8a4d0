#pragma once
// SHA256SUMS in the exact format GNU `sha256sum -c` reads, so an
// administrator can check a set with nothing but coreutils:
//   <64 hex digits><space><space><path>
// A path holding a backslash or a newline is escaped (\\ and \n) and its
// line then starts with a backslash, as coreutils does it.

#include "backupset/Manifest.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace lbw {

struct SumLine {
    QByteArray sha256;
    QString path;
};

QByteArray formatSha256SumLine(const QByteArray &sha256, const QString &path);
QByteArray formatSha256Sums(const std::vector<FileEntry> &files);  // the files' lines, in their order
Result<QList<SumLine>> parseSha256Sums(const QByteArray &text);

}  // namespace lbw
