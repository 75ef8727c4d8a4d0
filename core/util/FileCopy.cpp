#include "util/FileCopy.h"

#include "util/Progress.h"
#include "platform/Platform.h"
#include "util/CancelToken.h"
#include "util/IoBuffer.h"
#include "util/Sha256.h"

#include <QCoreApplication>
#include <QFile>

namespace lbw {

CopyResult copyAndHash(const QString &source, const QString &target, const CancelToken &cancel,
                       ProgressMeter &progress) {
    CopyResult result;
    QFile in;
    if (Status opened = platform::openRegularFileForReading(source, in); !opened) {
        result.error = opened.errorMessage();
        return result;
    }
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered)) {
        result.error =
            QCoreApplication::translate("FileCopy", "cannot create the copy %1: %2").arg(target, out.errorString());
        result.fatal = true;
        return result;
    }
    Sha256 hash;
    IoBuffer &buffer = IoBuffer::forThisThread();
    for (;;) {
        if (cancel.isCancelled()) {
            result.error = QCoreApplication::translate("FileCopy", "cancelled");
            out.remove();
            return result;
        }
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n < 0) {
            result.error = QCoreApplication::translate("FileCopy", "reading failed after %1 bytes: %2")
                               .arg(result.size)
                               .arg(in.errorString());
            out.remove();
            return result;
        }
        if (n == 0)
            break;
        if (out.write(buffer.data(), n) != n) {
            result.error =
                QCoreApplication::translate("FileCopy", "cannot write the copy %1: %2").arg(target, out.errorString());
            result.fatal = true;
            out.remove();
            return result;
        }
        hash.update(buffer.data(), n);
        result.size += n;
        progress.addBytes(n);
        progress.maybeReport();
    }
    out.close();
    if (out.error() != QFileDevice::NoError) {
        result.error =
            QCoreApplication::translate("FileCopy", "cannot write the copy %1: %2").arg(target, out.errorString());
        result.fatal = true;
        out.remove();
        return result;
    }
    result.sha256 = hash.finalHex();
    result.ok = true;
    return result;
}

}  // namespace lbw
