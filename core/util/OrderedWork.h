#pragma once
// Work on a stream too long to hold: the caller hands in items one at a
// time (as a walk or a file list yields them), a few threads work on them,
// and the caller gets them back in the order it handed them in. At most
// `window` items are held at once, so memory does not grow with the stream;
// the caller blocks when the window is full, which also paces a walk that
// runs ahead of the disk.

#include <QThreadPool>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>

namespace lbw {

template <class T>
class OrderedWork {
public:
    // `work` runs on a worker thread; `done` on the caller's thread, in
    // submission order, for every item (worked on or not).
    OrderedWork(int workers, size_t window, std::function<void(T &)> work, std::function<void(T &)> done)
        : m_window(window), m_work(std::move(work)), m_done(std::move(done)) {
        m_pool.setMaxThreadCount(workers);
    }
    ~OrderedWork() { m_pool.waitForDone(); }
    OrderedWork(const OrderedWork &) = delete;
    OrderedWork &operator=(const OrderedWork &) = delete;

    // Items that need no work (a folder, a link) keep their place in the
    // order and are handed back as soon as everything before them is.
    void submit(T item, bool needsWork = true) {
        Slot *slot = nullptr;
        {
            std::lock_guard lock(m_mutex);
            m_slots.push_back({std::move(item), !needsWork});
            slot = &m_slots.back();  // a deque keeps elements in place as it grows at the ends
        }
        if (needsWork)
            m_pool.start([this, slot] {
                m_work(slot->item);
                std::lock_guard lock(m_mutex);
                slot->ready = true;
                m_readyChanged.notify_all();
            });
        handBack(m_window);
    }

    // Waits for every item and hands back the rest.
    void finish() { handBack(1); }

private:
    struct Slot {
        T item;
        bool ready = false;
    };

    // Hands back finished items from the front; waits while `limit` or more
    // are held.
    void handBack(size_t limit) {
        std::unique_lock lock(m_mutex);
        for (;;) {
            while (!m_slots.empty() && m_slots.front().ready) {
                T item = std::move(m_slots.front().item);
                m_slots.pop_front();
                lock.unlock();
                m_done(item);
                lock.lock();
            }
            if (m_slots.size() < limit)
                return;
            m_readyChanged.wait(lock, [this] { return m_slots.front().ready; });
        }
    }

    size_t m_window;
    std::function<void(T &)> m_work;
    std::function<void(T &)> m_done;
    QThreadPool m_pool;
    std::mutex m_mutex;
    std::condition_variable m_readyChanged;
    std::deque<Slot> m_slots;
};

}  // namespace lbw
