#pragma once
// SHA256SUMS in the exact format GNU `sha256sum -c` reads, so an
// administrator can check a set with nothing but coreutils:
//   <64 hex digits><space><space><path>
// A path holding a backslash, LF or CR is escaped (\\, \n, \r) and its
// line then starts with a backslash, as coreutils does it.

#include "backupset/Manifest.h"
#include "util/LineReader.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace lbw {

struct SumLine {
    QByteArray sha256;
    QString path;
};

QByteArray formatSha256SumLine(const QByteArray &sha256, const QString &path);
QByteArray formatSha256Sums(const std::vector<FileEntry> &files);  // the files' lines, in their order
Result<SumLine> parseSha256SumLine(QByteArrayView line, qint64 lineNumber);
Result<QList<SumLine>> parseSha256Sums(const QByteArray &text);

// SHA256SUMS a line at a time (a set of millions of files has a file of
// hundreds of megabytes). Refuses a file that is not a regular file.
class Sha256SumsReader {
public:
    explicit Sha256SumsReader(const QString &path);
    Status open();
    // The next line; nullopt at the end. Empty lines are passed over.
    Result<std::optional<SumLine>> next();

private:
    QString m_path;
    LineReader m_lines;
};

}  // namespace lbw
