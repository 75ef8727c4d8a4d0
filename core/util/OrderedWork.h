#pragma once
// Work on a stream too long to hold: the caller hands in items one at a
// time (as a walk or a file list yields them), a few threads work on them,
// and the caller gets them back in the order it handed them in. At most
// `window` items are held at once, so memory does not grow with the stream;
// the caller blocks when the window is full, which also paces a walk that
// runs ahead of the disk.
//
// The threads stay for the whole stream and take the next item themselves:
// with millions of small files, waking a thread per item (as a thread pool's
// start() does) costs more than reading the file.

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace lbw {

template <class T>
class OrderedWork {
public:
    // `work` runs on a worker thread; `done` on the caller's thread, in
    // submission order, for every item (worked on or not).
    OrderedWork(int workers, size_t window, std::function<void(T &)> work, std::function<void(T &)> done)
        : m_window(window), m_work(std::move(work)), m_done(std::move(done)) {
        for (int i = 0; i < workers; ++i)
            m_threads.emplace_back([this] { workLoop(); });
    }
    ~OrderedWork() {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_workAdded.notify_all();
        for (std::thread &thread : m_threads)
            thread.join();
    }
    OrderedWork(const OrderedWork &) = delete;
    OrderedWork &operator=(const OrderedWork &) = delete;

    // Items that need no work (a folder, a link) keep their place in the
    // order and are handed back as soon as everything before them is.
    void submit(T item, bool needsWork = true) {
        bool wake = false;
        {
            std::lock_guard lock(m_mutex);
            m_slots.push_back({std::move(item), !needsWork, needsWork});
            ++m_nextSeq;
            // A sleeping worker is woken for a few items at a time, not for
            // each: when the caller is the slower side, a wake per item
            // costs more than the work.
            if (needsWork)
                wake = ++m_unclaimed >= kWakeBatch && m_idleWorkers > 0;
        }
        if (wake)
            m_workAdded.notify_one();
        handBack(m_window);
    }

    // Waits for every item and hands back the rest.
    void finish() { handBack(1); }

private:
    static constexpr size_t kWakeBatch = 16;

    struct Slot {
        T item;
        bool ready = false;
        bool needsWork = true;
    };

    void workLoop() {
        std::unique_lock lock(m_mutex);
        for (;;) {
            if (m_unclaimed == 0) {
                if (m_stopping)
                    return;
                ++m_idleWorkers;
                m_workAdded.wait(lock, [this] { return m_unclaimed > 0 || m_stopping; });
                --m_idleWorkers;
                continue;
            }
            // The oldest unclaimed slot: claimed in order, so the front is
            // always the first to be worked on.
            Slot *slot = &m_slots[m_claimSeq++ - m_firstSeq];
            while (!slot->needsWork)
                slot = &m_slots[m_claimSeq++ - m_firstSeq];
            --m_unclaimed;
            lock.unlock();
            m_work(slot->item);  // a deque keeps its elements in place as it grows and shrinks at the ends
            lock.lock();
            slot->ready = true;
            if (m_callerWaiting && slot == &m_slots.front())
                m_frontReady.notify_one();
        }
    }

    // Hands back finished items from the front; waits while `limit` or more
    // are held.
    void handBack(size_t limit) {
        std::unique_lock lock(m_mutex);
        for (;;) {
            while (!m_slots.empty() && m_slots.front().ready) {
                T item = std::move(m_slots.front().item);
                m_slots.pop_front();
                // A slot that needed no work may leave before the workers
                // looked at it.
                if (m_claimSeq == m_firstSeq++)
                    ++m_claimSeq;
                lock.unlock();
                m_done(item);
                lock.lock();
            }
            if (m_slots.size() < limit)
                return;
            if (m_unclaimed > 0 && m_idleWorkers > 0)
                m_workAdded.notify_all();
            m_callerWaiting = true;
            m_frontReady.wait(lock, [this] { return m_slots.front().ready; });
            m_callerWaiting = false;
        }
    }

    size_t m_window;
    std::function<void(T &)> m_work;
    std::function<void(T &)> m_done;
    std::mutex m_mutex;
    std::condition_variable m_workAdded;
    std::condition_variable m_frontReady;
    std::deque<Slot> m_slots;
    // Slots are numbered in submission order: the front is m_firstSeq, the
    // next to look at for work m_claimSeq, the next to submit m_nextSeq.
    size_t m_firstSeq = 0;
    size_t m_claimSeq = 0;
    size_t m_nextSeq = 0;
    size_t m_unclaimed = 0;  // slots that need work and have not been taken
    int m_idleWorkers = 0;
    bool m_callerWaiting = false;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

}  // namespace lbw
