// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <thread>

// The SHA-256 of a file, computed on a thread of its own while the importer
// reads the file (OpenSSL's digest, about 1.7 GB/s with SHA extensions, where
// QCryptographicHash manages 0.2 GB/s on the same machine).
//
// Thread rules: start(), cancel() and result() from one thread.
class FileHasher
{
public:
    FileHasher() = default;
    ~FileHasher();
    FileHasher(const FileHasher &) = delete;
    FileHasher &operator=(const FileHasher &) = delete;

    void start(const QString &path);
    void cancel();
    // Waits for the hash; lower-case hex, or empty when the file could not be
    // read or the job was cancelled.
    QString result();

    // The same, on the calling thread.
    static QString sha256(const QString &path, const std::atomic_bool *stop = nullptr);

private:
    std::thread m_thread;
    std::atomic_bool m_stop {false};
    QString m_result;
};
