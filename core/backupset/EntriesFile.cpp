#include "backupset/EntriesFile.h"

#include "platform/Platform.h"
#include "util/Sha256.h"

#include <QCoreApplication>
#include <QFile>

namespace lbw {
namespace {

constexpr qint64 kMaxLineBytes = 64 * 1024;  // a path of 4096 bytes, every byte escaped, and room to spare
constexpr qint64 kNsPerSecond = 1'000'000'000;

// Length of the valid UTF-8 sequence starting at bytes[i], or 0.
int utf8SequenceLength(QByteArrayView bytes, qsizetype i) {
    const auto at = [&](qsizetype k) { return static_cast<unsigned char>(bytes[k]); };
    const unsigned char lead = at(i);
    int length = 0;
    unsigned int minimum = 0;
    unsigned int codePoint = 0;
    if (lead < 0x80)
        return 1;
    if ((lead & 0xE0) == 0xC0) {
        length = 2, minimum = 0x80, codePoint = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3, minimum = 0x800, codePoint = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4, minimum = 0x10000, codePoint = lead & 0x07;
    } else {
        return 0;
    }
    if (i + length > bytes.size())
        return 0;
    for (int k = 1; k < length; ++k) {
        if ((at(i + k) & 0xC0) != 0x80)
            return 0;
        codePoint = (codePoint << 6) | (at(i + k) & 0x3F);
    }
    // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
    if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        return 0;
    return length;
}

Error lineError(qint64 lineNumber, const QString &why) {
    return Error{QCoreApplication::translate("EntriesFile",
                                             "Line %1 of the set's file list (entries) is not valid: %2. The set may "
                                             "have been tampered with; do not use it.")
                     .arg(lineNumber)
                     .arg(why)};
}

}  // namespace

QByteArray encodeNameBytes(QByteArrayView bytes) {
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size();) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        const int valid = utf8SequenceLength(bytes, i);
        if (byte <= 0x20 || byte == '%' || byte == 0x7F || valid == 0) {
            out += '%';
            out += hex[byte >> 4];
            out += hex[byte & 0x0F];
            ++i;
        } else {
            out += bytes.sliced(i, valid);
            i += valid;
        }
    }
    return out;
}

std::optional<QByteArray> decodeNameBytes(QByteArrayView text) {
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%') {
            if (i + 2 >= text.size())
                return std::nullopt;
            const auto hexValue = [](char h) {
                return h >= '0' && h <= '9' ? h - '0' : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
            };
            const int high = hexValue(text[i + 1]);
            const int low = hexValue(text[i + 2]);
            if (high < 0 || low < 0)
                return std::nullopt;
            out += char(high * 16 + low);
            i += 2;
        } else if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7F) {
            return std::nullopt;  // must have been escaped
        } else {
            out += c;
        }
    }
    return out;
}

bool entryPathLess(const QString &a, const QString &b) {
    // UTF-16 order equals code point order except that surrogates (which
    // encode U+10000 and up) sort below U+E000..U+FFFF: lift them above.
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        char16_t x = a.at(i).unicode();
        char16_t y = b.at(i).unicode();
        if (x == y)
            continue;
        const bool xs = x >= 0xD800 && x <= 0xDFFF;
        const bool ys = y >= 0xD800 && y <= 0xDFFF;
        if (xs != ys)
            return ys;  // the surrogate is the larger code point
        return x < y;
    }
    return a.size() < b.size();
}

QByteArray formatEntryLine(const FileEntry &entry) {
    QByteArray line;
    line.reserve(entry.path.size() + 120);
    line += entry.type == FileEntry::Type::File ? 'f' : entry.type == FileEntry::Type::Directory ? 'd' : 'l';
    line += '\t';
    line += encodeNameBytes(entry.path.toUtf8());
    line += '\t';
    line += QByteArray::number(entry.type == FileEntry::Type::File ? entry.size : 0);
    line += '\t';
    // Floor division: a time before 1970 has negative seconds and 0..999999999 ns.
    qint64 seconds = entry.mtimeNs / kNsPerSecond;
    qint64 nanoseconds = entry.mtimeNs % kNsPerSecond;
    if (nanoseconds < 0) {
        nanoseconds += kNsPerSecond;
        --seconds;
    }
    line += QByteArray::number(seconds);
    line += '.';
    line += QByteArray::number(nanoseconds).rightJustified(9, '0');
    line += '\t';
    line += QByteArray::number(entry.mode, 8).rightJustified(4, '0');
    line += '\t';
    line += entry.type == FileEntry::Type::File ? entry.sha256 : QByteArray("-");
    line += '\t';
    line += entry.type == FileEntry::Type::Symlink ? encodeNameBytes(entry.linkTarget.toUtf8()) : QByteArray("-");
    line += '\n';
    return line;
}

Result<FileEntry> parseEntryLine(QByteArrayView line) {
    const QList<QByteArrayView> fields = [&] {
        QList<QByteArrayView> parts;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= line.size(); ++i)
            if (i == line.size() || line[i] == '\t') {
                parts << line.sliced(start, i - start);
                start = i + 1;
            }
        return parts;
    }();
    auto invalid = [](const QString &why) { return Error{why}; };
    if (fields.size() != 7)
        return invalid(QCoreApplication::translate("EntriesFile", "%1 fields instead of 7").arg(fields.size()));
    FileEntry entry;
    if (fields[0] == "f")
        entry.type = FileEntry::Type::File;
    else if (fields[0] == "d")
        entry.type = FileEntry::Type::Directory;
    else if (fields[0] == "l")
        entry.type = FileEntry::Type::Symlink;
    else
        return invalid(QCoreApplication::translate("EntriesFile", "an unknown type"));
    const std::optional<QByteArray> path = decodeNameBytes(fields[1]);
    if (!path || path->isEmpty())
        return invalid(QCoreApplication::translate("EntriesFile", "an invalid path"));
    entry.path = QString::fromUtf8(*path);
    bool ok = false;
    entry.size = QByteArray(fields[2].data(), fields[2].size()).toLongLong(&ok);
    if (!ok || entry.size < 0)
        return invalid(QCoreApplication::translate("EntriesFile", "an invalid size"));
    const qsizetype dot = fields[3].indexOf('.');
    bool secondsOk = false;
    bool nanosecondsOk = false;
    const qint64 seconds = dot > 0 ? fields[3].first(dot).toByteArray().toLongLong(&secondsOk) : 0;
    const qint64 nanoseconds = dot > 0 && fields[3].size() - dot - 1 == 9
                                   ? fields[3].sliced(dot + 1).toByteArray().toLongLong(&nanosecondsOk)
                                   : -1;
    // Nanoseconds since 1970 in 64 bits reach the years 1677 to 2262.
    if (!secondsOk || !nanosecondsOk || nanoseconds < 0 || seconds < -9'223'372'036LL || seconds > 9'223'372'035LL)
        return invalid(QCoreApplication::translate("EntriesFile", "an invalid modification time"));
    entry.mtimeNs = seconds * kNsPerSecond + nanoseconds;
    entry.mode = QByteArray(fields[4].data(), fields[4].size()).toUInt(&ok, 8);
    if (!ok || entry.mode > 07777)
        return invalid(QCoreApplication::translate("EntriesFile", "an invalid mode"));
    if (entry.type == FileEntry::Type::File) {
        entry.sha256 = QByteArray(fields[5].data(), fields[5].size());
        if (!isSha256Hex(entry.sha256))
            return invalid(QCoreApplication::translate("EntriesFile", "an invalid SHA-256 digest"));
    } else if (fields[5] != "-" || entry.size != 0) {
        return invalid(QCoreApplication::translate("EntriesFile", "a size or digest for something not a file"));
    }
    if (entry.type == FileEntry::Type::Symlink) {
        const std::optional<QByteArray> target = decodeNameBytes(fields[6]);
        if (!target)
            return invalid(QCoreApplication::translate("EntriesFile", "an invalid link target"));
        entry.linkTarget = QString::fromUtf8(*target);
    } else if (fields[6] != "-") {
        return invalid(QCoreApplication::translate("EntriesFile", "a link target for something not a link"));
    }
    return entry;
}

Result<EntriesSummary> writeEntriesFile(const QString &path, const std::vector<FileEntry> &entries) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error{QCoreApplication::translate("EntriesFile", "Cannot write %1: %2").arg(path, file.errorString())};
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    Sha256 digest;
    EntriesSummary summary;
    QByteArray buffer;
    buffer.reserve(1 << 20);
    auto flushBuffer = [&] {
        if (file.write(buffer) != buffer.size())
            return false;
        digest.update(buffer.constData(), buffer.size());
        summary.bytes += buffer.size();
        buffer.clear();
        return true;
    };
    for (const FileEntry &entry : entries) {
        buffer += formatEntryLine(entry);
        ++summary.count;
        if (buffer.size() >= (1 << 20) && !flushBuffer())
            return Error{
                QCoreApplication::translate("EntriesFile", "Cannot write %1: %2").arg(path, file.errorString())};
    }
    if (!flushBuffer() || !file.flush())
        return Error{QCoreApplication::translate("EntriesFile", "Cannot write %1: %2").arg(path, file.errorString())};
    summary.sha256 = digest.finalHex();
    return summary;
}

Status readEntriesFile(const QString &path, const EntriesSummary &expected,
                       const std::function<Status(FileEntry &&)> &onEntry) {
    Result<platform::EntryInfo> info = platform::statNoFollow(path);
    if (!info)
        return Error{QCoreApplication::translate("EntriesFile", "Cannot read the set's file list %1: %2")
                         .arg(path, info.errorMessage())};
    if (info->type != platform::EntryType::File || info->size != expected.bytes)
        return Error{QCoreApplication::translate("EntriesFile",
                                                 "The set's file list %1 is not the one its manifest describes (%2 "
                                                 "bytes, the manifest says %3). The set may have been damaged or "
                                                 "tampered with; do not use it.")
                         .arg(path)
                         .arg(info->size)
                         .arg(expected.bytes)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("EntriesFile", "Cannot read the set's file list %1: %2")
                         .arg(path, file.errorString())};
    Sha256 digest;
    qint64 lineNumber = 0;
    QString previous;
    // Read in large blocks and split here: QIODevice::readLine(max) would
    // allocate (and give back) `max` bytes for every line of millions.
    QByteArray pending;
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0)
            return Error{QCoreApplication::translate("EntriesFile", "Cannot read the set's file list %1: %2")
                             .arg(path, file.errorString())};
        if (n == 0)
            break;
        digest.update(block.constData(), n);
        pending.append(block.constData(), n);
        qsizetype start = 0;
        for (qsizetype end = pending.indexOf('\n', start); end >= 0; end = pending.indexOf('\n', start)) {
            ++lineNumber;
            Result<FileEntry> entry = parseEntryLine(QByteArrayView(pending).sliced(start, end - start));
            start = end + 1;
            if (!entry)
                return lineError(lineNumber, entry.errorMessage());
            if (lineNumber > 1 && !entryPathLess(previous, entry->path))
                return lineError(lineNumber,
                                 QCoreApplication::translate("EntriesFile", "out of order, or listed twice"));
            previous = entry->path;
            if (Status taken = onEntry(std::move(entry).value()); !taken)
                return taken;
        }
        pending.remove(0, start);
        if (pending.size() > kMaxLineBytes)
            return lineError(lineNumber + 1, QCoreApplication::translate("EntriesFile", "too long, or not ended"));
    }
    if (!pending.isEmpty())
        return lineError(lineNumber + 1, QCoreApplication::translate("EntriesFile", "too long, or not ended"));
    if (lineNumber != expected.count || digest.finalHex() != expected.sha256)
        return Error{QCoreApplication::translate("EntriesFile",
                                                 "The set's file list %1 does not match the digest in its manifest. "
                                                 "The set may have been damaged or tampered with; do not use it.")
                         .arg(path)};
    return {};
}

}  // namespace lbw
