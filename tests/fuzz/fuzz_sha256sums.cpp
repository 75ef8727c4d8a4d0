// SHA256SUMS (backupset/Sha256Sums.h): parseSha256Sums on the whole text,
// and the same bytes through Sha256SumsReader, which reads a file a line at
// a time as verify does. Both must agree where both accept, and every line
// that parses must come back from formatSha256SumLine unchanged in meaning.

#include "FuzzSupport.h"

#include "backupset/Sha256Sums.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

using namespace lbw;

namespace {

// One file per process, rewritten for every input (in /dev/shm when there is one).
QString scratchFile() {
    static const QString path = [] {
        const QString dir = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        return QStringLiteral("%1/lbw-fuzz-sha256sums-%2").arg(dir).arg(::getpid());
    }();
    return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray text = fuzzBytes(data, size);
    Result<QList<SumLine>> whole = parseSha256Sums(text);
    if (whole) {
        for (const SumLine &line : *whole) {
            QByteArray written = formatSha256SumLine(line.sha256, line.path);
            LBW_FUZZ_CHECK(written.endsWith('\n') && written.count('\n') == 1,
                           QStringLiteral("a written line holds a line end: ") +
                               QString::fromLatin1(written.toPercentEncoding()));
            written.chop(1);
            Result<SumLine> again = parseSha256SumLine(written, 1);
            LBW_FUZZ_CHECK(again.ok(), QStringLiteral("a line written back is refused: ") +
                                           QString::fromLatin1(written.toPercentEncoding()));
            LBW_FUZZ_CHECK(again->sha256 == line.sha256 && again->path == line.path,
                           QStringLiteral("the round trip changed a line: ") +
                               QString::fromLatin1(written.toPercentEncoding()));
        }
    }

    {
        QFile file(scratchFile());
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
            std::abort();
    }
    Sha256SumsReader reader(scratchFile());
    LBW_FUZZ_CHECK(reader.open().ok(), QStringLiteral("cannot open the scratch file"));
    QList<SumLine> streamed;
    bool readerOk = true;
    for (;;) {
        Result<std::optional<SumLine>> next = reader.next();
        if (!next) {
            readerOk = false;
            break;
        }
        if (!*next)
            break;
        streamed.append(std::move(**next));
    }
    if (readerOk) {
        // The reader also refuses a last line without its end; what it accepts the whole-text parser must too.
        LBW_FUZZ_CHECK(whole.ok(), QStringLiteral("the reader accepts what parseSha256Sums refuses"));
        LBW_FUZZ_CHECK(streamed.size() == whole->size(), QStringLiteral("the reader and the parser count differently"));
        for (qsizetype i = 0; i < streamed.size(); ++i)
            LBW_FUZZ_CHECK(streamed[i].sha256 == whole->at(i).sha256 && streamed[i].path == whole->at(i).path,
                           QStringLiteral("the reader and the parser differ on line %1").arg(i + 1));
    } else if (whole.ok()) {
        LBW_FUZZ_CHECK(!text.isEmpty() && (!text.endsWith('\n') || text.size() > 64 * 1024),
                       QStringLiteral("the reader refuses what parseSha256Sums accepts"));
    }
    return 0;
}
