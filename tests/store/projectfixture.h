// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projectstore.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>
#include <QTest>

// Fixtures shared by the store suites.

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// A project made with the product's own API, its customers C0, C1, ...
// spanning many pages when there are thousands, closed cleanly (no -wal left).
inline void makeProject(const QString &path, int customers = 3000)
{
    StoreError error;
    auto store = ProjectStore::create(path, &error);
    QVERIFY2(store, qPrintable(error.toString()));
    SqliteConnection &connection = store->connection();
    SqliteTransaction transaction(connection);
    SqliteStatement insert = connection.prepare(
        "INSERT INTO customers (customer_id, signup_date, segment) VALUES (?, '2024-01-01', ?)");
    for (int i = 0; i < customers; ++i) {
        insert.bind(1, QStringLiteral("C%1").arg(i));
        insert.bind(2, QStringLiteral("a segment name long enough to fill pages %1").arg(i));
        insert.execute();
    }
    transaction.commit();
}
