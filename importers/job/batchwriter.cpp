#include "batchwriter.h"

namespace EdxLoader {

BatchWriter::BatchWriter(size_t depth)
    : m_depth(depth)
    , m_thread([this] { run(); })
{
}

BatchWriter::~BatchWriter()
{
    abandon();
}

bool BatchWriter::push(std::unique_ptr<Batch> batch)
{
    std::unique_lock lock(m_mutex);
    m_space.wait(lock, [this] { return m_queue.size() < m_depth || m_failed.load() || m_closing; });
    if (m_failed.load() || m_closing)
        return false;
    m_queue.push_back(std::move(batch));
    m_ready.notify_one();
    return true;
}

bool BatchWriter::behind() const
{
    std::lock_guard lock(m_mutex);
    return m_queue.size() >= m_depth;
}

std::vector<std::unique_ptr<BatchWriter::Batch>> BatchWriter::takeWritten()
{
    std::vector<std::unique_ptr<Batch>> written;
    std::lock_guard lock(m_mutex);
    written.swap(m_written);
    return written;
}

Status BatchWriter::finish()
{
    stop(false);
    if (m_failed.load())
        return failure(m_error);
    return {};
}

void BatchWriter::abandon()
{
    stop(true);
}

void BatchWriter::stop(bool drop)
{
    {
        std::lock_guard lock(m_mutex);
        m_closing = true;
        if (drop)
            m_queue.clear();
    }
    m_ready.notify_all();
    m_space.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void BatchWriter::run()
{
    for (;;) {
        std::unique_ptr<Batch> next;
        {
            std::unique_lock lock(m_mutex);
            m_ready.wait(lock, [this] { return !m_queue.empty() || m_closing; });
            if (m_queue.empty())
                return;
            next = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_space.notify_one();
        if (m_failed.load())
            continue; // (dropped: the transaction will be rolled back)
        if (const Status written = next->write(); !written) {
            std::lock_guard lock(m_mutex);
            m_error = written.error();
            m_failed = true;
            m_space.notify_all();
            continue;
        }
        std::lock_guard lock(m_mutex);
        m_written.push_back(std::move(next));
    }
}

} // namespace EdxLoader
