#include "backupset/Sha256Sums.h"

#include "platform/Platform.h"
#include "util/NameBytes.h"
#include "util/Sha256.h"

#include <QCoreApplication>

namespace lbw {
namespace {

// 64 hex digits, two spaces and a path of 4096 bytes, every byte escaped.
constexpr qsizetype kMaxSumLineBytes = 64 * 1024;

}  // namespace

QByteArray formatSha256SumLine(const QByteArray &sha256, const QString &path) {
    QByteArray out;
    QByteArray name = nameToBytes(path);
    // As coreutils 9 writes them: a name holding a backslash, LF or CR.
    const bool escape = name.contains('\\') || name.contains('\n') || name.contains('\r');
    if (escape) {
        name.replace("\\", "\\\\");
        name.replace("\n", "\\n");
        name.replace("\r", "\\r");
        out += '\\';
    }
    out += sha256;
    out += "  ";
    out += name;
    out += '\n';
    return out;
}

QByteArray formatSha256Sums(const std::vector<FileEntry> &files) {
    QByteArray out;
    out.reserve(qsizetype(files.size()) * 120);
    for (const FileEntry &file : files)
        if (file.type == FileEntry::Type::File)
            out += formatSha256SumLine(file.sha256, file.path);
    return out;
}

Result<SumLine> parseSha256SumLine(QByteArrayView text, qint64 lineNumber) {
    QByteArrayView line = text;
    const bool escaped = line.startsWith('\\');
    if (escaped)
        line = line.sliced(1);
    // "<hex>  <name>" (text mode) or "<hex> *<name>" (binary mode)
    if (line.size() < 67 || line.at(64) != ' ' || (line.at(65) != ' ' && line.at(65) != '*') ||
        !isSha256Hex(line.first(64).toByteArray()))
        return Error{
            QCoreApplication::translate("Sha256Sums", "SHA256SUMS line %1 is not in the format \"<digest>  <file>\".")
                .arg(lineNumber)};
    QByteArrayView name = line.sliced(66);
    QByteArray unescaped;
    unescaped.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (escaped && name.at(i) == '\\' && i + 1 < name.size()) {
            const char next = name.at(++i);
            unescaped += next == 'n' ? '\n' : next == 'r' ? '\r' : next;
        } else {
            unescaped += name.at(i);
        }
    }
    return SumLine{line.first(64).toByteArray(), nameFromBytes(unescaped)};
}

Result<QList<SumLine>> parseSha256Sums(const QByteArray &text) {
    QList<SumLine> lines;
    qint64 lineNumber = 0;
    for (const QByteArray &line : text.split('\n')) {
        ++lineNumber;
        if (line.isEmpty())
            continue;
        Result<SumLine> parsed = parseSha256SumLine(line, lineNumber);
        if (!parsed)
            return parsed.error();
        lines.append(std::move(parsed).value());
    }
    return lines;
}

Sha256SumsReader::Sha256SumsReader(const QString &path) : m_path(path), m_lines(path, kMaxSumLineBytes) {}

Status Sha256SumsReader::open() {
    Result<platform::EntryInfo> info = platform::statNoFollow(m_path);
    if (!info)
        return info.error();
    if (info->type != platform::EntryType::File)
        return Error{
            QCoreApplication::translate("Sha256Sums", "%1 is not a regular file; the set may have been tampered with.")
                .arg(m_path)};
    return m_lines.open();
}

Result<std::optional<SumLine>> Sha256SumsReader::next() {
    for (;;) {
        Result<std::optional<QByteArrayView>> line = m_lines.next();
        if (!line)
            return line.error();
        if (!*line)
            return std::optional<SumLine>();
        if ((*line)->isEmpty())
            continue;
        Result<SumLine> parsed = parseSha256SumLine(**line, m_lines.lineNumber());
        if (!parsed)
            return parsed.error();
        return std::optional<SumLine>(std::move(parsed).value());
    }
}

}  // namespace lbw
