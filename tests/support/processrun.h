// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// A program run to its end by a test: its exit code (-1 when it crashed or
// did not finish in time, then killed), standard output and standard error.
struct ProcessOutcome
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

inline ProcessOutcome runProcess(const QString &program, const QStringList &arguments,
                                 const QProcessEnvironment &environment
                                 = QProcessEnvironment::systemEnvironment(),
                                 int timeoutMs = 300000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, {}, QStringLiteral("%1 did not finish in time.").arg(program)};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

// A program with a toolkit of its own (LibreOffice), run without the
// offscreen platform the tests set for themselves.
inline ProcessOutcome runWithoutQtPlatform(const QString &program, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return runProcess(program, arguments, environment);
}
