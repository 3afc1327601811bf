// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

// Starts the disk's writing of a file's new pages while the file is still
// being written, so that the sync that ends the write finds most of them
// written already.
//
// SQLite syncs a project's -wal file at the start of a checkpoint and the
// project file at its end. The kernel keeps what a large import wrote in
// memory until then (far below its own threshold for writing back), so each
// sync waited for all of it: 0.7 s for the -wal file of the orders of a
// 1 000 000-customer import, 0.26 s for the project file after the copy.
// Every `interval` this asks the kernel to start writing what is there
// (Linux: sync_file_range without waiting); the sync at the end then waits
// for the rest. Elsewhere it does nothing.
//
// The file need not exist yet (a -wal file is created by the first write);
// it is opened read-only, which is enough to start its writeback. Never the
// project file itself: closing any descriptor of a file drops every POSIX
// lock the process holds on it, SQLite's included. SQLite locks the -shm
// file in WAL mode, never the -wal file.
//
// Thread rules: construct and destroy on the same thread; the work runs on a
// thread of its own.
class WriteBehind
{
public:
    explicit WriteBehind(const QString &path, int intervalMilliseconds = 100);
    ~WriteBehind(); // stops; does not wait for the disk

    WriteBehind(const WriteBehind &) = delete;
    WriteBehind &operator=(const WriteBehind &) = delete;

private:
    void run(const QByteArray &path, int intervalMilliseconds);

    std::mutex m_mutex;
    std::condition_variable m_stopped;
    bool m_stop = false;
    std::thread m_thread;
};
