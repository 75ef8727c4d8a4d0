#include "util/LineReader.h"

#include <QCoreApplication>

namespace lbw {
namespace {

constexpr qsizetype kBlockBytes = 1 << 20;

}  // namespace

LineReader::LineReader(const QString &path, qsizetype maxLineBytes) : m_file(path), m_maxLineBytes(maxLineBytes) {}

Status LineReader::open() {
    if (!m_file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("LineReader", "Cannot read %1: %2")
                         .arg(m_file.fileName(), m_file.errorString())};
    return {};
}

Status LineReader::refill() {
    m_pending.remove(0, m_start);
    m_start = 0;
    if (m_pending.size() > m_maxLineBytes)
        return Error{QCoreApplication::translate("LineReader", "line %1 of %2 is too long")
                         .arg(m_lineNumber + 1)
                         .arg(m_file.fileName())};
    const qsizetype kept = m_pending.size();
    m_pending.resize(kept + kBlockBytes);
    const qint64 n = m_file.read(m_pending.data() + kept, kBlockBytes);
    if (n < 0)
        return Error{QCoreApplication::translate("LineReader", "Cannot read %1: %2")
                         .arg(m_file.fileName(), m_file.errorString())};
    m_pending.resize(kept + n);
    m_digest.update(m_pending.constData() + kept, n);
    m_atEnd = n == 0;
    return {};
}

Result<std::optional<QByteArrayView>> LineReader::next() {
    for (;;) {
        const qsizetype end = m_pending.indexOf('\n', m_start);
        if (end >= 0) {
            ++m_lineNumber;
            const QByteArrayView line = QByteArrayView(m_pending).sliced(m_start, end - m_start);
            m_start = end + 1;
            return std::optional<QByteArrayView>(line);
        }
        if (m_atEnd)
            break;
        if (Status filled = refill(); !filled)
            return filled.error();
    }
    if (m_start < m_pending.size())
        return Error{
            QCoreApplication::translate("LineReader", "the last line of %1 is not ended").arg(m_file.fileName())};
    return std::optional<QByteArrayView>();
}

QByteArray LineReader::sha256() {
    if (m_sha256.isEmpty())
        m_sha256 = m_digest.finalHex();
    return m_sha256;
}

}  // namespace lbw
