// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up of the window on a large project: time until the window shows the
// first rows of the customers table and the project summary, and the peak
// memory, which must not grow with the project (rows load lazily).
//   bench_open_project [PROJECT]   (default: a 1 000 000-customer demo made first)
#include "benchutil.h"
#include "databrowser.h"
#include "demogenerator.h"
#include "mainwindow.h"
#include "tablebrowsermodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("large.socialroi"));
        DemoOptions options;
        options.customers = 1'000'000;
        std::printf("generating a %lld-customer demo project…\n", options.customers);
        std::fflush(stdout);
        if (!DemoGenerator::generate(path, options, false).ok)
            return 1;
    }
    const double memoryBefore = peakResidentMiB();

    QElapsedTimer timer;
    timer.start();
    MainWindow window;
    QSignalSpy loaded(&window, &MainWindow::projectLoaded);
    if (window.openProject(path, false).isError())
        return 1;
    window.show();
    const double opened = timer.elapsed() / 1000.0;
    QSignalSpy chunk(window.dataBrowser()->model(), &TableBrowserModel::chunkLoaded);
    window.navigator()->selectPage(Navigator::PageKind::Table, QStringLiteral("customers"));
    chunk.wait(60000);
    const double firstRows = timer.elapsed() / 1000.0;
    if (loaded.isEmpty())
        loaded.wait(60000);
    const double summary = timer.elapsed() / 1000.0;

    std::printf("open (validate, window shown): %.3f s\n", opened);
    std::printf("first customer rows shown:    %.3f s (%d rows loaded)\n", firstRows,
                window.dataBrowser()->model()->rowCount());
    std::printf("summary counts shown:         %.3f s\n", summary);
    std::printf("peak memory: %.0f MiB (%.0f MiB before opening)\n", peakResidentMiB(),
                memoryBefore);
    return 0;
}
