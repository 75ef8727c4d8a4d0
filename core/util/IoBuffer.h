#pragma once
// One reusable read buffer per worker thread: copying and hashing tens of
// thousands of small files must not allocate a megabyte for each of them.

#include <QtGlobal>

#include <memory>

namespace lbw {

class IoBuffer {
public:
    static constexpr qint64 kSize = 1 << 20;  // 1 MiB: large sequential reads, still cache friendly

    static IoBuffer &forThisThread() {
        thread_local IoBuffer buffer;
        return buffer;
    }
    char *data() { return m_data.get(); }
    qint64 size() const { return kSize; }

private:
    IoBuffer() : m_data(new char[kSize]) {}
    std::unique_ptr<char[]> m_data;
};

}  // namespace lbw
