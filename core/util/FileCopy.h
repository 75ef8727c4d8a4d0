#pragma once
// Copies one file and hashes exactly the bytes written, reading the source
// once: the digest always describes the copy, even if the source changes
// while it is read. Used to back up file stores and to restore them.

#include "util/FileTime.h"

#include <QByteArray>
#include <QString>

namespace lbw {

class CancelToken;
class ProgressMeter;

struct CopyResult {
    bool ok = false;
    bool fatal = false;  // the target cannot be written (disk full, no permission): stop the item
    qint64 size = 0;
    QByteArray sha256;
    QString error;  // translated, without the file name (callers add it)
    // The source was written to while it was read: the copy holds exactly
    // the bytes read (and `sha256` describes them), which may mix versions.
    bool changedWhileRead = false;
    // The source when it was opened (fstat), to compare with what a walk saw.
    qint64 sourceSize = 0;
    FileTime sourceMtime;
    FileTime sourceChangeTime;
};

// What the copy is given once its bytes are written.
struct CopyMetadata {
    FileTime mtime;
    quint32 mode = 0600;
    // When set, a folder above the source: no symbolic link is followed
    // between it and the source (a store's folder swapped for a link).
    QString sourceRoot;
};

// `target` must not exist. A failed copy leaves no target behind.
CopyResult copyAndHash(const QString &source, const QString &target, const CopyMetadata &times,
                       const CancelToken &cancel, ProgressMeter &progress);

}  // namespace lbw
