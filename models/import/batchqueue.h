// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowbatch.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

// Hands RowBatches from the thread that reads and validates a file to the
// thread that writes them, through a fixed number of batches that go round:
// memory stays bounded whatever the file's size, and a reader that runs
// ahead waits for the writer.
//
// Thread rules: one producer (acquire, push, finish) and one consumer (pop,
// recycle, cancel).
class BatchQueue
{
public:
    explicit BatchQueue(int batches)
    {
        for (int i = 0; i < batches; ++i) {
            m_all.push_back(std::make_unique<RowBatch>());
            m_free.push_back(m_all.back().get());
        }
    }

    // An empty batch to fill; nullptr once the consumer cancelled.
    RowBatch *acquire()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_cancelled || !m_free.empty(); });
        if (m_cancelled)
            return nullptr;
        RowBatch *batch = m_free.back();
        m_free.pop_back();
        batch->clear();
        return batch;
    }

    void push(RowBatch *batch)
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_full.push_back(batch);
        }
        m_changed.notify_all();
    }

    // No more batches will come.
    void finish()
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_finished = true;
        }
        m_changed.notify_all();
    }

    // The next filled batch in order; nullptr at the end.
    RowBatch *pop()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_finished || m_cancelled || !m_full.empty(); });
        if (m_cancelled || m_full.empty())
            return nullptr;
        RowBatch *batch = m_full.front();
        m_full.pop_front();
        return batch;
    }

    void recycle(RowBatch *batch)
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_free.push_back(batch);
        }
        m_changed.notify_all();
    }

    // Stops the producer at its next acquire().
    void cancel()
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_cancelled = true;
        }
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::unique_ptr<RowBatch>> m_all;
    std::vector<RowBatch *> m_free;
    std::deque<RowBatch *> m_full;
    bool m_finished = false;
    bool m_cancelled = false;
};
