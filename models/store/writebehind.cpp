// SPDX-License-Identifier: GPL-3.0-or-later
#include "writebehind.h"

#include <QFile>

#include <chrono>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

WriteBehind::WriteBehind(const QString &path, int intervalMilliseconds)
{
#ifdef Q_OS_LINUX
    m_thread = std::thread(&WriteBehind::run, this, QFile::encodeName(path), intervalMilliseconds);
#else
    (void)path;
    (void)intervalMilliseconds;
#endif
}

WriteBehind::~WriteBehind()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_stopped.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void WriteBehind::run(const QByteArray &path, int intervalMilliseconds)
{
#ifdef Q_OS_LINUX
    int file = -1;
    std::unique_lock lock(m_mutex);
    while (!m_stopped.wait_for(lock, std::chrono::milliseconds(intervalMilliseconds),
                               [this] { return m_stop; })) {
        lock.unlock();
        if (file < 0)
            file = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
        // Only a request: the pages already being written, or written, are
        // left as they are; an error changes nothing but the sync's wait.
        if (file >= 0)
            ::sync_file_range(file, 0, 0, SYNC_FILE_RANGE_WRITE);
        lock.lock();
    }
    if (file >= 0)
        ::close(file);
#else
    (void)path;
    (void)intervalMilliseconds;
#endif
}
