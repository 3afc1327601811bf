// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportlocation.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Where exports start and what they propose: the last folder used (kept in
// the settings), else Documents, never a folder that does not exist; names
// of project, what and date; a message with Open and Show in folder.
class TestExportLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void withNothingRememberedExportsStartInDocuments();
    void theLastFolderUsedIsRemembered();
    void aFolderThatNoLongerExistsFallsBackToDocuments();
    void theProposedNameHoldsProjectWhatAndDate_data();
    void theProposedNameHoldsProjectWhatAndDate();
    void aFileThatCannotBeWrittenSaysWhy();
    void savingAnnouncesItWithOpenAndShowInFolder();

private:
    QTemporaryDir m_home;
    QString m_documents;
};

void TestExportLocation::initTestCase()
{
    // A home, a Documents folder and settings of the test's own.
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".config"))));
    m_documents = m_home.filePath(QStringLiteral("Documents"));
    QVERIFY(QDir().mkpath(m_documents));
    QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), m_documents);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_home.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("SocialROI Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_exportlocation"));
}

void TestExportLocation::init()
{
    QSettings().clear();
    ExportLocation::setProjectName(QString());
}

void TestExportLocation::withNothingRememberedExportsStartInDocuments()
{
    QCOMPARE(ExportLocation::startFolder(), m_documents);
    const QString path
        = ExportLocation::proposedPath(QStringLiteral("ROI report"), QStringLiteral("pdf"));
    QCOMPARE(QFileInfo(path).absolutePath(), m_documents);
    // Never the hidden application-data folder.
    QVERIFY(!path.contains(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

void TestExportLocation::theLastFolderUsedIsRemembered()
{
    const QString folder = m_home.filePath(QStringLiteral("Slides"));
    QVERIFY(QDir().mkpath(folder));
    ExportLocation::remember(QDir(folder).filePath(QStringLiteral("chart.png")));
    QCOMPARE(ExportLocation::startFolder(), folder);
    QCOMPARE(QSettings().value(QStringLiteral("export/lastFolder")).toString(), folder);
    QCOMPARE(QFileInfo(ExportLocation::proposedPath(QStringLiteral("chart"), QStringLiteral("png")))
                 .absolutePath(),
             folder);
}

void TestExportLocation::aFolderThatNoLongerExistsFallsBackToDocuments()
{
    const QString folder = m_home.filePath(QStringLiteral("Gone"));
    QVERIFY(QDir().mkpath(folder));
    ExportLocation::remember(QDir(folder).filePath(QStringLiteral("report.pdf")));
    QCOMPARE(ExportLocation::startFolder(), folder);
    QVERIFY(QDir(folder).removeRecursively());
    QCOMPARE(ExportLocation::startFolder(), m_documents);
    // A file's folder that does not exist is not remembered either.
    ExportLocation::remember(m_home.filePath(QStringLiteral("Nowhere/report.pdf")));
    QCOMPARE(ExportLocation::startFolder(), m_documents);
}

void TestExportLocation::theProposedNameHoldsProjectWhatAndDate_data()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("expected");

    QTest::newRow("report") << "Acme"
                            << "ROI report"
                            << "pdf" << QString::fromUtf8("Acme – ROI report – 2026-12-06.pdf");
    QTest::newRow("no project") << ""
                                << "customers"
                                << "csv" << QString::fromUtf8("customers – 2026-12-06.csv");
    QTest::newRow("a title with a slash and a colon")
        << "Acme"
        << "Retention: social/control"
        << "png" << QString::fromUtf8("Acme – Retention- social-control – 2026-12-06.png");
}

void TestExportLocation::theProposedNameHoldsProjectWhatAndDate()
{
    QFETCH(QString, project);
    QFETCH(QString, what);
    QFETCH(QString, suffix);
    QFETCH(QString, expected);
    ExportLocation::setProjectName(project);
    QCOMPARE(ExportLocation::proposedName(what, suffix, QDate(2026, 12, 6)), expected);
}

void TestExportLocation::aFileThatCannotBeWrittenSaysWhy()
{
    const QString missing = m_home.filePath(QStringLiteral("Missing/chart.png"));
    const QString problem = ExportLocation::writeProblem(missing);
    QVERIFY2(problem.contains(QDir::toNativeSeparators(missing)), qPrintable(problem));
    QVERIFY2(problem.contains(QLatin1String("does not exist")), qPrintable(problem));

    const QString folderAsFile = m_home.filePath(QStringLiteral("Documents"));
    QVERIFY(ExportLocation::writeProblem(folderAsFile).contains(QLatin1String("is a folder")));

    const QString fine = QDir(m_documents).filePath(QStringLiteral("chart.png"));
    QCOMPARE(ExportLocation::writeProblem(fine), QString());
    QVERIFY2(!QFile::exists(fine), "the check leaves no file behind");
}

void TestExportLocation::savingAnnouncesItWithOpenAndShowInFolder()
{
    const QString folder = m_home.filePath(QStringLiteral("Reports"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("Acme.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4\n");
    file.close();

    QWidget window;
    window.show();
    QWidget *message = ExportLocation::announceSaved(&window, path);
    auto *box = qobject_cast<QMessageBox *>(message);
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY(!box->isModal()); // the window stays usable
    QVERIFY(box->text().contains(QDir::toNativeSeparators(path)));
    auto *open = box->findChild<QPushButton *>(QStringLiteral("openExport"));
    auto *showFolder = box->findChild<QPushButton *>(QStringLiteral("showExportFolder"));
    QVERIFY(open && showFolder);
    QCOMPARE(open->text(), QStringLiteral("&Open"));
    QCOMPARE(showFolder->text(), QStringLiteral("Show in &folder"));
    QCOMPARE(ExportLocation::startFolder(), folder);
    box->close();
}

QTEST_MAIN(TestExportLocation)
#include "tst_exportlocation.moc"
