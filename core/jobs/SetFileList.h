#pragma once
// The file list of a set being written, built without holding it: each
// item's entries go to a part file of their own as the source hands them
// out (in path order), and at the end the parts and the set's own
// description files are merged into `entries`, with a SHA256SUMS line
// written for every file on the way. The parts are removed once merged; a
// run that dies leaves them in its .partial folder, which is never used.

#include "backupset/EntriesFile.h"
#include "backupset/Manifest.h"
#include "util/Result.h"

#include <QFile>
#include <QString>

#include <memory>
#include <vector>

namespace lbw {

class SetFileList {
public:
    explicit SetFileList(QString setDir);
    ~SetFileList();
    SetFileList(const SetFileList &) = delete;
    SetFileList &operator=(const SetFileList &) = delete;

    // Starts the part of the next item; add() then appends to it.
    Status beginItem();
    Status add(FileEntry &&entry);

    // Merges the parts and `described` (the set's description files, in any
    // order) into `entries`, writes the files' lines into `sums` and removes
    // the parts.
    Result<EntriesSummary> finish(std::vector<FileEntry> described, QFile &sums);

private:
    QString partPath(size_t index) const;

    QString m_setDir;
    std::vector<std::unique_ptr<EntriesWriter>> m_parts;
    size_t m_closed = 0;  // parts finished and closed
};

}  // namespace lbw
