// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkpointqueue.h"

#include "projectstore.h"

#include <QFileInfo>

#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <thread>

namespace {

QString keyOf(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

class Queue
{
public:
    ~Queue()
    {
        // A process that did not wait (an exception on its way out) still
        // leaves its projects whole.
        {
            const std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_changed.notify_all();
        if (m_worker.joinable())
            m_worker.join();
    }

    void add(std::unique_ptr<ProjectStore> store)
    {
        const QString key = keyOf(store->path());
        {
            const std::lock_guard lock(m_mutex);
            m_jobs.push_back({key, std::move(store)});
            ++m_pending[key];
            if (!m_worker.joinable())
                m_worker = std::thread([this] { work(); });
        }
        m_changed.notify_all();
    }

    void waitFor(const QString &key)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_pending.find(key) == m_pending.end(); });
    }

    void waitForAll()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_pending.empty(); });
    }

private:
    struct Job
    {
        QString key;
        std::unique_ptr<ProjectStore> store;
    };

    void work()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_changed.wait(lock, [&] { return m_stopping || !m_jobs.empty(); });
            if (m_jobs.empty())
                return; // stopping, nothing left
            Job job = std::move(m_jobs.front());
            m_jobs.pop_front();
            lock.unlock();
            finish(std::move(job.store));
            lock.lock();
            if (--m_pending[job.key] == 0)
                m_pending.erase(job.key);
            m_changed.notify_all();
        }
    }

    static void finish(std::unique_ptr<ProjectStore> store)
    {
        try {
            // PASSIVE: readers and the next writer go on meanwhile; what a
            // reader still needs is copied by a later checkpoint, as with
            // SQLite's own after a commit.
            store->connection().execute("PRAGMA wal_checkpoint(PASSIVE)");
        } catch (const SqliteError &) {
            // The rows are committed in the -wal file; SQLite copies them on
            // a later checkpoint or when the project is next opened.
        }
        store.reset(); // the last connection to close also removes the -wal file
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Job> m_jobs;
    std::map<QString, int> m_pending; // stores handed and not yet closed, per project
    std::thread m_worker;
    bool m_stopping = false;
};

Queue &queue()
{
    static Queue instance;
    return instance;
}

} // namespace

namespace CheckpointQueue {

void closeAfterCheckpoint(std::unique_ptr<ProjectStore> store)
{
    if (store)
        queue().add(std::move(store));
}

void waitFor(const QString &path)
{
    queue().waitFor(keyOf(path));
}

void waitForAll()
{
    queue().waitForAll();
}

} // namespace CheckpointQueue
