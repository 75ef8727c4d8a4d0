#include "util/Progress.h"

namespace lbw {

ProgressMeter::ProgressMeter(Sink sink, int intervalMs) : m_sink(std::move(sink)), m_intervalMs(intervalMs) {
    m_clock.start();
}

void ProgressMeter::setTotals(qint64 bytes, qint64 files) {
    m_bytesTotal = bytes;
    m_filesTotal = files;
}

void ProgressMeter::startItem(int index, qint64 itemBytesTotal) {
    m_itemStartBytes = m_bytes.load();
    m_itemBytesTotal = itemBytesTotal;
    m_item = index;
    reportNow();
}

void ProgressMeter::maybeReport() {
    const qint64 now = m_clock.elapsed();
    qint64 last = m_lastReportMs.load(std::memory_order_relaxed);
    if (now - last < m_intervalMs)
        return;
    // Only the thread that wins the exchange reports this interval.
    if (!m_lastReportMs.compare_exchange_strong(last, now))
        return;
    if (m_sink) {
        std::lock_guard lock(m_sinkMutex);
        m_sink(snapshot());
    }
}

void ProgressMeter::reportNow() {
    m_lastReportMs = m_clock.elapsed();
    if (m_sink) {
        std::lock_guard lock(m_sinkMutex);
        m_sink(snapshot());
    }
}

ProgressSnapshot ProgressMeter::snapshot() const {
    ProgressSnapshot s;
    s.bytesDone = m_bytes.load();
    s.filesDone = m_files.load();
    s.bytesTotal = qMax(m_bytesTotal.load(), s.bytesDone);
    s.filesTotal = qMax(m_filesTotal.load(), s.filesDone);
    s.itemIndex = m_item.load();
    s.itemBytesTotal = m_itemBytesTotal.load();
    s.itemBytesDone = qMin(s.bytesDone - m_itemStartBytes.load(), s.itemBytesTotal);
    s.elapsedMs = m_clock.elapsed();
    if (s.elapsedMs > 500 && s.bytesDone > 0)
        s.bytesPerSecond = double(s.bytesDone) * 1000.0 / double(s.elapsedMs);
    // The first seconds (opening databases, a cold cache) say little about
    // the rest: no time left is told before 3 s and 1% of the work, rather
    // than a first guess of ten hours.
    if (s.elapsedMs >= kEtaAfterMs && s.bytesPerSecond > 0 && s.bytesDone * 100 >= s.bytesTotal)
        s.etaSeconds = qint64(double(s.bytesTotal - s.bytesDone) / s.bytesPerSecond);
    return s;
}

}  // namespace lbw
