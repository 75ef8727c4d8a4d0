#include "backupset/EntriesFile.h"

#include "platform/Platform.h"
#include "util/NameBytes.h"
#include "util/Sha256.h"

#include <QCoreApplication>
#include <QFile>

namespace lbw {
namespace {

constexpr qint64 kMaxLineBytes = 64 * 1024;  // a path of 4096 bytes, every byte escaped, and room to spare
constexpr qsizetype kBlockBytes = 1 << 20;

// "<seconds>.<9 digits>": a time before 1970 has negative seconds and
// 0..999999999 ns. Any signed 64-bit count of seconds is kept.
QByteArray formatSecondsNs(const FileTime &time) {
    return QByteArray::number(time.seconds) + '.' + QByteArray::number(time.nanoseconds).rightJustified(9, '0');
}

std::optional<FileTime> parseSecondsNs(QByteArrayView text) {
    const qsizetype dot = text.indexOf('.');
    if (dot <= 0 || text.size() - dot - 1 != 9)
        return std::nullopt;
    for (const char c : text.sliced(dot + 1))
        if (c < '0' || c > '9')
            return std::nullopt;
    bool secondsOk = false;
    bool nanosecondsOk = false;
    const qint64 seconds = text.first(dot).toByteArray().toLongLong(&secondsOk);
    const int nanoseconds = text.sliced(dot + 1).toByteArray().toInt(&nanosecondsOk);
    if (!secondsOk || !nanosecondsOk || nanoseconds < 0)
        return std::nullopt;
    return FileTime{seconds, nanoseconds};
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

QByteArray formatEntryLine(const FileEntry &entry) {
    QByteArray line;
    line.reserve(entry.path.size() + 120);
    line += entry.type == FileEntry::Type::File ? 'f' : entry.type == FileEntry::Type::Directory ? 'd' : 'l';
    line += '\t';
    line += encodeNameBytes(nameToBytes(entry.path));
    line += '\t';
    line += QByteArray::number(entry.type == FileEntry::Type::File ? entry.size : 0);
    line += '\t';
    line += formatSecondsNs(entry.mtime);
    line += '\t';
    line += QByteArray::number(entry.mode, 8).rightJustified(4, '0');
    line += '\t';
    line += entry.type == FileEntry::Type::File ? entry.sha256 : QByteArray("-");
    line += '\t';
    line += entry.type == FileEntry::Type::Symlink ? encodeNameBytes(nameToBytes(entry.linkTarget)) : QByteArray("-");
    line += '\t';
    line +=
        entry.type == FileEntry::Type::File && !entry.ctime.isNull() ? formatSecondsNs(entry.ctime) : QByteArray("-");
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
    // 7 fields: sets written before the change time was kept (still read).
    if (fields.size() != 8 && fields.size() != 7)
        return invalid(QCoreApplication::translate("EntriesFile", "%1 fields instead of 8").arg(fields.size()));
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
    entry.path = nameFromBytes(*path);
    bool ok = false;
    entry.size = QByteArray(fields[2].data(), fields[2].size()).toLongLong(&ok);
    if (!ok || entry.size < 0)
        return invalid(QCoreApplication::translate("EntriesFile", "an invalid size"));
    const std::optional<FileTime> mtime = parseSecondsNs(fields[3]);
    if (!mtime)
        return invalid(QCoreApplication::translate("EntriesFile", "an invalid modification time"));
    entry.mtime = *mtime;
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
        entry.linkTarget = nameFromBytes(*target);
    } else if (fields[6] != "-") {
        return invalid(QCoreApplication::translate("EntriesFile", "a link target for something not a link"));
    }
    if (fields.size() == 8 && fields[7] != "-") {
        const std::optional<FileTime> ctime = parseSecondsNs(fields[7]);
        if (!ctime || ctime->isNull() || entry.type != FileEntry::Type::File)
            return invalid(QCoreApplication::translate("EntriesFile", "an invalid change time"));
        entry.ctime = *ctime;
    }
    return entry;
}

EntriesWriter::EntriesWriter(QString path) : m_path(std::move(path)), m_file(m_path) {}

Error EntriesWriter::writeError() const {
    return Error{QCoreApplication::translate("EntriesFile", "Cannot write %1: %2").arg(m_path, m_file.errorString())};
}

Status EntriesWriter::open() {
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return writeError();
    m_file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    m_buffer.reserve(kBlockBytes + kMaxLineBytes);
    return {};
}

Status EntriesWriter::flushBuffer() {
    if (m_file.write(m_buffer) != m_buffer.size())
        return writeError();
    m_digest.update(m_buffer.constData(), m_buffer.size());
    m_summary.bytes += m_buffer.size();
    m_buffer.clear();
    return {};
}

Status EntriesWriter::add(const FileEntry &entry) {
    if (m_summary.count > 0 && !entryPathLess(m_previous, entry.path))
        return Error{QCoreApplication::translate("EntriesFile",
                                                 "%1 is listed twice, or out of order, in the set's file list %2.")
                         .arg(entry.path, m_path)};
    m_previous = entry.path;
    m_buffer += formatEntryLine(entry);
    ++m_summary.count;
    if (m_buffer.size() >= kBlockBytes)
        return flushBuffer();
    return {};
}

Result<EntriesSummary> EntriesWriter::finish() {
    if (Status flushed = flushBuffer(); !flushed)
        return flushed.error();
    if (!m_file.flush())
        return writeError();
    m_file.close();
    m_summary.sha256 = m_digest.finalHex();
    return m_summary;
}

Result<EntriesSummary> writeEntriesFile(const QString &path, const std::vector<FileEntry> &entries) {
    EntriesWriter writer(path);
    if (Status opened = writer.open(); !opened)
        return opened.error();
    for (const FileEntry &entry : entries)
        if (Status added = writer.add(entry); !added)
            return added.error();
    return writer.finish();
}

EntriesReader::EntriesReader(QString path, std::optional<EntriesSummary> expected)
    : m_path(std::move(path)), m_expected(std::move(expected)), m_lines(m_path, kMaxLineBytes) {}

Status EntriesReader::open() {
    Result<platform::EntryInfo> info = platform::statNoFollow(m_path);
    if (!info)
        return Error{QCoreApplication::translate("EntriesFile", "Cannot read the set's file list %1: %2")
                         .arg(m_path, info.errorMessage())};
    if (info->type != platform::EntryType::File || (m_expected && info->size != m_expected->bytes))
        return Error{QCoreApplication::translate("EntriesFile",
                                                 "The set's file list %1 is not the one its manifest describes (%2 "
                                                 "bytes, the manifest says %3). The set may have been damaged or "
                                                 "tampered with; do not use it.")
                         .arg(m_path)
                         .arg(info->size)
                         .arg(m_expected ? m_expected->bytes : 0)};
    return m_lines.open();
}

Result<std::optional<FileEntry>> EntriesReader::next() {
    Result<std::optional<QByteArrayView>> line = m_lines.next();
    if (!line)
        return lineError(m_lines.lineNumber() + 1, line.errorMessage());
    if (*line) {
        Result<FileEntry> entry = parseEntryLine(**line);
        if (!entry)
            return lineError(m_lines.lineNumber(), entry.errorMessage());
        if (m_lines.lineNumber() > 1 && !entryPathLess(m_previous, entry->path))
            return lineError(m_lines.lineNumber(),
                             QCoreApplication::translate("EntriesFile", "out of order, or listed twice"));
        m_previous = entry->path;
        return std::optional<FileEntry>(std::move(entry).value());
    }
    if (m_expected && (m_lines.lineNumber() != m_expected->count || m_lines.sha256() != m_expected->sha256))
        return Error{QCoreApplication::translate("EntriesFile",
                                                 "The set's file list %1 does not match the digest in its manifest. "
                                                 "The set may have been damaged or tampered with; do not use it.")
                         .arg(m_path)};
    return std::optional<FileEntry>();
}

}  // namespace lbw
