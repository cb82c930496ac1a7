#pragma once

#include "result.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace EdxLoader {

// A writer thread fed through a bounded queue (ARCHITECTURE.md §3: use both cores): the thread
// that reads and parses hands over batches, the writer thread writes them in order. A batch that
// has been written comes back to the producing thread (takeWritten): its results are read there
// and its memory is freed or reused there — freed on the writer thread, memory allocated by
// another thread takes glibc's arena lock on every free, which the profile showed.
//
// Used by the import's store sink and the course builder; a write transaction is touched by the
// writer thread only, from the first push to finish() or abandon().
class BatchWriter
{
public:
    // One batch: write() runs on the writer thread.
    class Batch
    {
    public:
        virtual ~Batch() = default;
        virtual Status write() = 0;
    };

    // depth: how many batches may wait while one is being written. More costs memory; fewer
    // leaves a core idle when reading and writing take turns being the slower.
    explicit BatchWriter(size_t depth);
    ~BatchWriter(); // abandon()
    BatchWriter(const BatchWriter &) = delete;
    BatchWriter &operator=(const BatchWriter &) = delete;

    // Queues a batch, waiting while depth batches wait; false (the batch dropped) once a write
    // has failed: the producer should stop.
    bool push(std::unique_ptr<Batch> batch);
    // Whether depth batches are waiting (the producer may do the writer's preparatory work).
    bool behind() const;
    bool failed() const { return m_failed.load(); }
    // The batches written since the last call, in order.
    std::vector<std::unique_ptr<Batch>> takeWritten();
    // Writes what is queued, stops the thread: the first write's error, if one failed.
    Status finish();
    // Stops the thread without writing what is queued (the transaction can then be rolled back).
    void abandon();

private:
    void run();
    void stop(bool drop);

    const size_t m_depth;
    mutable std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<std::unique_ptr<Batch>> m_queue;
    std::vector<std::unique_ptr<Batch>> m_written;
    bool m_closing = false;
    std::atomic_bool m_failed = false;
    QString m_error; // of the failed write; read after the thread has stopped
    std::thread m_thread;
};

} // namespace EdxLoader
