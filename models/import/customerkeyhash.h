// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

class SqliteConnection;

// Customer keys stored as salted hashes (DerivationOptions::hashCustomerKeys),
// for teams that must not keep the keys themselves (e-mail addresses, phone
// numbers): "h:" and the first 24 hex digits (96 bits) of SHA-256 over the
// project's salt and the normalised key. The salt is random, made by the
// first import that hashes and kept in the project (customer_key_salt): the
// same key hashes the same way in every table and every later import, and
// cannot be found again from the hash without the project file.
//
// Once a project holds a salt, every import into it hashes its keys, so the
// tables keep matching. Hashing cannot be turned on for a project that
// already stores keys as written.
class CustomerKeyHash
{
    Q_DECLARE_TR_FUNCTIONS(CustomerKeyHash)

public:
    CustomerKeyHash() = default; // hashes nothing
    explicit CustomerKeyHash(QByteArray salt);

    bool isActive() const { return !m_salt.isEmpty(); }
    // A trimmed key as every table stores it (before any hashing): an e-mail
    // address (a key holding an '@') case-folded, anything else as written.
    static QString normalise(QStringView trimmedKey);
    // A key already hashed (the raw text of a rejected row holds the hash,
    // and a fixed row is imported again from it) stays as it is.
    QString hash(QStringView normalisedKey) const;
    static bool isHashed(QStringView key);

    // The project's salt; empty when its keys are stored as written.
    static QByteArray projectSalt(SqliteConnection &connection);
    // For an import that asks for hashing (or into a project that hashes):
    // the salt, created in the import's transaction when the project has no
    // customer yet. Empty with a translated reason in `refusal` when the
    // project already stores keys as written.
    static QByteArray saltForImport(SqliteConnection &connection, bool asked, QString *refusal);

private:
    QByteArray m_salt;
};
