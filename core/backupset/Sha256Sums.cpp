#include "backupset/Sha256Sums.h"

#include "util/Sha256.h"

#include <QCoreApplication>

namespace lbw {

QByteArray formatSha256SumLine(const QByteArray &sha256, const QString &path) {
    QByteArray out;
    QByteArray name = path.toUtf8();
    const bool escape = name.contains('\\') || name.contains('\n');
    if (escape) {
        name.replace("\\", "\\\\");
        name.replace("\n", "\\n");
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

Result<QList<SumLine>> parseSha256Sums(const QByteArray &text) {
    QList<SumLine> lines;
    int lineNumber = 0;
    for (QByteArray line : text.split('\n')) {
        ++lineNumber;
        if (line.isEmpty())
            continue;
        const bool escaped = line.startsWith('\\');
        if (escaped)
            line.remove(0, 1);
        // "<hex>  <name>" (text mode) or "<hex> *<name>" (binary mode)
        if (line.size() < 67 || line.at(64) != ' ' || (line.at(65) != ' ' && line.at(65) != '*') ||
            !isSha256Hex(line.left(64)))
            return Error{QCoreApplication::translate("Sha256Sums",
                                                     "SHA256SUMS line %1 is not in the format "
                                                     "\"<digest>  <file>\".")
                             .arg(lineNumber)};
        QByteArray name = line.mid(66);
        if (escaped) {
            QByteArray unescaped;
            unescaped.reserve(name.size());
            for (qsizetype i = 0; i < name.size(); ++i) {
                if (name.at(i) == '\\' && i + 1 < name.size()) {
                    const char next = name.at(++i);
                    unescaped += next == 'n' ? '\n' : next;
                } else {
                    unescaped += name.at(i);
                }
            }
            name = unescaped;
        }
        lines.append({line.left(64), QString::fromUtf8(name)});
    }
    return lines;
}

}  // namespace lbw
