// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocalServer>
#include <QLocalSocket>

#include <unistd.h>

namespace {

const QByteArray accepted = QByteArrayLiteral("ok\n");

} // namespace

SingleInstance::SingleInstance(QObject *parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
{
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                const QString path = QString::fromUtf8(socket->readLine()).trimmed();
                socket->write(accepted);
                socket->flush();
                socket->disconnectFromServer();
                if (!path.isEmpty())
                    Q_EMIT projectRequested(path);
            });
        }
    });
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName()
{
    // The settings scope keeps tests (their own organisation and
    // application names) apart from the user's window.
    const QByteArray scope = QCoreApplication::organizationName().toUtf8() + '/'
        + QCoreApplication::applicationName().toUtf8();
    return QStringLiteral("socialroi-%1-%2")
        .arg(::getuid())
        .arg(QString::fromLatin1(
            QCryptographicHash::hash(scope, QCryptographicHash::Sha256).toHex().left(12)));
}

bool SingleInstance::handOver(const QString &projectPath, int timeoutMilliseconds)
{
    QLocalSocket socket;
    socket.connectToServer(serverName());
    if (!socket.waitForConnected(timeoutMilliseconds))
        return false;
    socket.write(projectPath.toUtf8() + '\n');
    if (!socket.waitForBytesWritten(timeoutMilliseconds))
        return false;
    QByteArray answer;
    while (!answer.endsWith('\n') && socket.waitForReadyRead(timeoutMilliseconds))
        answer += socket.readAll();
    return answer == accepted;
}

bool SingleInstance::listen()
{
    // A window that answers already listens. Ask before listening: with
    // access options, QLocalServer replaces an existing socket file.
    QLocalSocket probe;
    probe.connectToServer(serverName());
    if (probe.waitForConnected(500))
        return false;
    // Nobody answers: any socket file left is from a window that crashed.
    QLocalServer::removeServer(serverName());
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    return m_server->listen(serverName());
}
