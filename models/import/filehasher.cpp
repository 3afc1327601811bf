// SPDX-License-Identifier: GPL-3.0-or-later
#include "filehasher.h"

#include <QByteArray>
#include <QFile>

#include <memory>
#include <openssl/evp.h>

FileHasher::~FileHasher()
{
    cancel();
}

void FileHasher::start(const QString &path)
{
    cancel();
    m_stop = false;
    m_result.clear();
    m_thread = std::thread([this, path] { m_result = sha256(path, &m_stop); });
}

void FileHasher::cancel()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

QString FileHasher::result()
{
    if (m_thread.joinable())
        m_thread.join();
    return m_result;
}

QString FileHasher::sha256(const QString &path, const std::atomic_bool *stop)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return QString();
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                          &EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        return QString();
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    for (;;) {
        if (stop && *stop)
            return QString();
        const qint64 got = file.read(buffer.data(), buffer.size());
        if (got < 0)
            return QString();
        if (got == 0)
            break;
        if (EVP_DigestUpdate(context.get(), buffer.constData(), size_t(got)) != 1)
            return QString();
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context.get(), digest, &length) != 1)
        return QString();
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}
