#pragma once
// Progress of a running job, counted by worker threads with atomics and
// handed to the front end at most ~10 times a second (architecture rule), so
// a store of millions of small files cannot flood a GUI event queue.

#include <QElapsedTimer>
#include <QString>

#include <atomic>
#include <functional>
#include <mutex>

namespace lbw {

struct ProgressSnapshot {
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    qint64 filesDone = 0;
    qint64 filesTotal = 0;
    int itemIndex = -1;  // the item being worked on, -1 before/after
    qint64 itemBytesDone = 0;
    qint64 itemBytesTotal = 0;
    double bytesPerSecond = 0;
    qint64 etaSeconds = -1;  // -1 when not known yet
    qint64 elapsedMs = 0;
};

class ProgressMeter {
public:
    static constexpr qint64 kEtaAfterMs = 3000;
    using Sink = std::function<void(const ProgressSnapshot &)>;

    explicit ProgressMeter(Sink sink, int intervalMs = 100);

    void setTotals(qint64 bytes, qint64 files);
    void startItem(int index, qint64 itemBytesTotal);
    void addBytes(qint64 bytes) { m_bytes.fetch_add(bytes, std::memory_order_relaxed); }
    void addFiles(qint64 files) { m_files.fetch_add(files, std::memory_order_relaxed); }

    // Cheap to call from any thread after each block or file: reports only
    // when the interval has passed since the last report.
    void maybeReport();
    void reportNow();
    ProgressSnapshot snapshot() const;

private:
    Sink m_sink;
    int m_intervalMs;
    QElapsedTimer m_clock;
    std::atomic<qint64> m_bytes{0};
    std::atomic<qint64> m_files{0};
    std::atomic<qint64> m_bytesTotal{0};
    std::atomic<qint64> m_filesTotal{0};
    std::atomic<int> m_item{-1};
    std::atomic<qint64> m_itemStartBytes{0};
    std::atomic<qint64> m_itemBytesTotal{0};
    std::atomic<qint64> m_lastReportMs{-1000000};
    std::mutex m_sinkMutex;  // the sink is called from one thread at a time
};

}  // namespace lbw
