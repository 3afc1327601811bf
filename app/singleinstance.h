// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

// One window per user for projects opened from the desktop: a launch with a
// project first offers it to the window already running (handOver()), which
// opens it and comes to the front, and the launch ends. So a double-click
// on a .socialroi file never starts a second window writing the same file.
// The first window listens (listen()) on a local socket named for the user.
// A launch without a project still opens a window of its own.
//
// GUI thread only.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    // The local socket's name: per user and per settings scope.
    static QString serverName();
    // True when a running window accepted `projectPath` (absolute) within
    // `timeoutMilliseconds`; false when none runs or it did not answer.
    static bool handOver(const QString &projectPath, int timeoutMilliseconds = 3000);

    // Listens for later launches. False when another window already listens
    // (this one then stays on its own), or the socket cannot be created.
    bool listen();

Q_SIGNALS:
    // A later launch asked for this project.
    void projectRequested(const QString &path);

private:
    void readRequest();

    QLocalServer *m_server;
};
