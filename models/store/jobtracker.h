// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundtask.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <utility>

// One kind of background job of one object, where only the newest answer
// matters (the pattern of Hotspot's JobTracker): each start() supersedes the
// job before it, whose answer is then dropped, so a quick change of project,
// filter or file never shows a stale result. The work runs on the thread
// pool; the newest job's answer reaches `handler` on the context's thread,
// never after the context is gone.
//
// A job that may run long can stop early: the work receives a check that
// turns true once a newer job started or cancel() was called.
//
// Thread rules: start() and cancel() on the context's thread; the check may
// be called from any thread, even after the tracker is gone.
class JobTracker
{
public:
    using StopCheck = std::function<bool()>;

    // `context` owns the tracker (usually as a member) and outlives its jobs' handlers.
    explicit JobTracker(QObject *context)
        : m_context(context)
        , m_current(std::make_shared<std::atomic<quint64>>(0))
    { }
    ~JobTracker() { cancel(); }
    JobTracker(const JobTracker &) = delete;
    JobTracker &operator=(const JobTracker &) = delete;

    // Runs `work(const StopCheck &)`, which returns a T, on the thread pool;
    // calls `handler` with its answer (moved) unless a newer job started
    // or cancel() was called meanwhile. Returns the job's number.
    template<typename T, typename Work, typename Handler>
    quint64 start(Work work, Handler handler)
    {
        const quint64 job = ++*m_current;
        m_running = true;
        StopCheck superseded = [current = m_current, job] { return current->load() != job; };
        const QFuture<T> future
            = runInBackground<T>([work = std::move(work), superseded](QPromise<T> &) mutable {
                  return work(superseded);
              });
        onResult(m_context, future, [this, job, handler = std::move(handler)](T answer) mutable {
            if (job != m_current->load())
                return;
            m_running = false;
            handler(std::move(answer));
        });
        return job;
    }

    // Drops the answer of the running job (if any) and asks it to stop.
    void cancel()
    {
        ++*m_current;
        m_running = false;
    }
    // The newest job started and not yet answered (nor cancelled).
    bool isRunning() const { return m_running; }
    // True while `job` is the newest one.
    bool isCurrent(quint64 job) const { return m_current->load() == job; }

private:
    QObject *m_context;
    std::shared_ptr<std::atomic<quint64>> m_current;
    bool m_running = false;
};
