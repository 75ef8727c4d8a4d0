#pragma once
// Reads a text file of millions of lines a line at a time, in large blocks
// (QIODevice::readLine(max) allocates and gives back `max` bytes per line),
// and hashes every byte it reads, so a file list or SHA256SUMS is read once
// for both.

#include "util/Result.h"
#include "util/Sha256.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QString>

#include <optional>

namespace lbw {

class LineReader {
public:
    // A line longer than `maxLineBytes` is an error, so a file without
    // line ends cannot fill memory.
    LineReader(const QString &path, qsizetype maxLineBytes);
    Status open();

    // The next line without its '\n'; valid until the next call. nullopt at
    // the end. A last line without '\n' is an error.
    Result<std::optional<QByteArrayView>> next();
    qint64 lineNumber() const { return m_lineNumber; }
    // The digest of the whole file, once next() has returned nullopt.
    QByteArray sha256();

private:
    Status refill();

    QFile m_file;
    qsizetype m_maxLineBytes;
    Sha256 m_digest;
    QByteArray m_sha256;
    QByteArray m_pending;
    qsizetype m_start = 0;
    bool m_atEnd = false;
    qint64 m_lineNumber = 0;
};

}  // namespace lbw
