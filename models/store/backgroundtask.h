// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <type_traits>

// Runs `work` on the global thread pool and returns its future, like
// QtConcurrent::run but with QtCore alone, so models/ needs no other module.
// The work receives a QPromise<T>& to report progress and check isCanceled();
// its return value becomes the future's result.
template<typename T, typename Work>
QFuture<T> runInBackground(QThreadPool *pool, Work work)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    pool->start([promise, work = std::move(work)]() mutable {
        try {
            T result = work(*promise);
            if (!promise->isCanceled())
                promise->addResult(std::move(result));
        } catch (...) {
            promise->setException(std::current_exception());
        }
        promise->finish();
    });
    return future;
}

// On the global pool.
template<typename T, typename Work>
QFuture<T> runInBackground(Work work)
{
    return runInBackground<T>(QThreadPool::globalInstance(), std::move(work));
}

// Calls `handler(result)` on `context`'s thread when `future` has a result.
// Nothing is called when the future was cancelled or when `context` was
// destroyed first: the watcher is a child of `context`. (Qt 6.4's
// QFuture::then(context, ...) asserts when the context dies first.)
template<typename T, typename Handler>
void onResult(QObject *context, const QFuture<T> &future, Handler handler)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, handler = std::move(handler)]() mutable {
                         watcher->deleteLater();
                         if (!watcher->isCanceled() && watcher->future().resultCount() > 0)
                             handler(watcher->result());
                     });
    watcher->setFuture(future);
}
