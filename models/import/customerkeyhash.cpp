// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerkeyhash.h"

#include "sqliteconnection.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace {

constexpr int saltBytes = 32;
constexpr int keptHexDigits = 24;

} // namespace

CustomerKeyHash::CustomerKeyHash(QByteArray salt)
    : m_salt(std::move(salt))
{ }

QString CustomerKeyHash::normalise(QStringView trimmedKey)
{
    return trimmedKey.contains(QLatin1Char('@')) ? trimmedKey.toString().toCaseFolded()
                                                 : trimmedKey.toString();
}

bool CustomerKeyHash::isHashed(QStringView key)
{
    if (key.size() != 2 + keptHexDigits || !key.startsWith(QLatin1String("h:")))
        return false;
    for (const QChar c : key.mid(2)) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9'))
              || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

QString CustomerKeyHash::hash(QStringView normalisedKey) const
{
    if (isHashed(normalisedKey))
        return normalisedKey.toString();
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(m_salt);
    sha.addData(normalisedKey.toUtf8());
    return QLatin1String("h:") + QString::fromLatin1(sha.result().toHex().left(keptHexDigits));
}

QByteArray CustomerKeyHash::projectSalt(SqliteConnection &connection)
{
    SqliteStatement statement = connection.prepare("SELECT salt FROM customer_key_salt LIMIT 1");
    if (!statement.step())
        return {};
    return QByteArray::fromHex(statement.text(0).toLatin1());
}

QByteArray CustomerKeyHash::saltForImport(SqliteConnection &connection, bool asked,
                                          QString *refusal)
{
    QByteArray salt = projectSalt(connection);
    if (!salt.isEmpty() || !asked)
        return salt;
    if (connection.queryInteger("SELECT count(*) FROM customers") > 0) {
        *refusal = tr("This project stores its customer keys as written, so they cannot be "
                      "hashed from now on (the tables would no longer match). Hash the keys "
                      "from the first import of a new project.");
        return {};
    }
    salt.resize(saltBytes);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(salt.data()),
                                         reinterpret_cast<quint32 *>(salt.data() + saltBytes));
    SqliteStatement insert = connection.prepare("INSERT INTO customer_key_salt (salt) VALUES (?)");
    insert.bind(1, QString::fromLatin1(salt.toHex()));
    insert.execute();
    return salt;
}
