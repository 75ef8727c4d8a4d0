#include "util/FileCopy.h"

#include "util/Progress.h"
#include "platform/Platform.h"
#include "util/CancelToken.h"
#include "util/IoBuffer.h"
#include "util/Sha256.h"

#include <QCoreApplication>

namespace lbw {

CopyResult copyAndHash(const QString &source, const QString &target, const CopyMetadata &times,
                       const CancelToken &cancel, ProgressMeter &progress) {
    CopyResult result;
    Sha256 hash;
    IoBuffer &buffer = IoBuffer::forThisThread();
    const auto hashBlock = [&](const char *data, qint64 size) -> Status {
        if (cancel.isCancelled())
            return Error{QCoreApplication::translate("FileCopy", "cancelled")};
        hash.update(data, size);
        progress.addBytes(size);
        progress.maybeReport();
        return {};
    };
    platform::CopiedFile copied;
    const std::optional<platform::CopyFailure> failure = platform::copyRegularFile(
        source, target, times.mode, times.mtime, buffer.data(), buffer.size(), hashBlock, &copied, times.sourceRoot);
    result.size = copied.bytes;
    if (failure) {
        result.error = failure->message;
        result.fatal = failure->side == platform::CopyFailure::Side::Target;
        return result;
    }
    result.sha256 = hash.finalHex();
    result.ok = true;
    result.changedWhileRead = copied.changedWhileRead;
    result.sourceSize = copied.sizeAtOpen;
    result.sourceMtime = copied.mtimeAtOpen;
    result.sourceChangeTime = copied.changeTimeAtOpen;
    return result;
}

}  // namespace lbw
