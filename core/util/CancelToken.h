#pragma once
// Shared flag a front end sets to stop a running job. Jobs poll it between
// files and between blocks of large files, so a cancel is honoured quickly
// without tearing anything half-written into a complete set.

#include <atomic>
#include <memory>

namespace lbw {

class CancelToken {
public:
    CancelToken() : m_flag(std::make_shared<std::atomic_bool>(false)) {}
    void cancel() const { m_flag->store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_flag->load(std::memory_order_relaxed); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

}  // namespace lbw
