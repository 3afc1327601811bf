// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/cairopdf/cairopdfdevice.h"

#include <QBuffer>
#include <QFile>
#include <QFontDatabase>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// CairoPdfDevice on its own: a drop-in for QPdfWriter (same device metrics,
// same placement on the page), whose text reads back as it was written and
// whose pages hold only what is visible on them. Read back with poppler-utils.
namespace {

QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The page's text with its words joined by single spaces.
QString pageText(const QString &pdf, int page)
{
    const QString number = QString::number(page);
    QString text = runTool(
        QStringLiteral("pdftotext"),
        {QStringLiteral("-f"), number, QStringLiteral("-l"), number, pdf, QStringLiteral("-")});
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return text.replace(spaces, QStringLiteral(" ")).trimmed();
}

QFont fontOf(const QString &family, double points)
{
    QFont font(family);
    font.setPointSizeF(points);
    return font;
}

} // namespace

class TestCairoPdfDevice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metricsAreQPdfWritersOwn_data();
    void metricsAreQPdfWritersOwn();
    void drawsWhereQPdfWriterDraws();
    void clippedTextIsLeftOut();
    void shapedTextReadsBack_data();
    void shapedTextReadsBack();

private:
    QString write(CairoPdfDevice &device, const QString &name);

    QTemporaryDir m_dir;
};

QString TestCairoPdfDevice::write(CairoPdfDevice &device, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(device.data()) != device.data().size())
        return QString();
    return path;
}

void TestCairoPdfDevice::metricsAreQPdfWritersOwn_data()
{
    QTest::addColumn<QPageLayout>("layout");
    QTest::addColumn<int>("resolution");
    QTest::newRow("A4 report, 300 dpi")
        << QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(16, 16, 16, 12),
                       QPageLayout::Millimeter)
        << 300;
    QTest::newRow("chart 1280x720 pt, 96 dpi") << QPageLayout(
        QPageSize(QSizeF(1280, 720), QPageSize::Point, QString(), QPageSize::ExactMatch),
        QPageLayout::Portrait, QMarginsF()) << 96;
}

void TestCairoPdfDevice::metricsAreQPdfWritersOwn()
{
    QFETCH(QPageLayout, layout);
    QFETCH(int, resolution);
    CairoPdfDevice device(layout, resolution);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(resolution);
    writer.setPageLayout(layout);
    QCOMPARE(device.width(), writer.width());
    QCOMPARE(device.height(), writer.height());
    QCOMPARE(device.widthMM(), writer.widthMM());
    QCOMPARE(device.heightMM(), writer.heightMM());
    QCOMPARE(device.logicalDpiX(), writer.logicalDpiX());
    QCOMPARE(device.logicalDpiY(), writer.logicalDpiY());
    QCOMPARE(device.physicalDpiY(), writer.physicalDpiY());
    QCOMPARE(device.devicePixelRatio(), 1.0);
}

void TestCairoPdfDevice::drawsWhereQPdfWriterDraws()
{
    // A red square and a blue image in device units, from the margin's corner.
    const QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                             QMarginsF(10, 20, 10, 10), QPageLayout::Millimeter);
    CairoPdfDevice device(layout, 300);
    QImage blue(2, 2, QImage::Format_RGB32);
    blue.fill(Qt::blue);
    QPainter painter;
    QVERIFY(painter.begin(&device));
    painter.fillRect(QRectF(300, 300, 300, 300), Qt::red);
    painter.drawImage(QRectF(900, 300, 300, 300), blue);
    // Half transparent: the page under it shows through.
    painter.setOpacity(0.5);
    painter.fillRect(QRectF(1500, 300, 300, 300), Qt::black);
    QVERIFY(painter.end());
    const QString pdf = write(device, QStringLiteral("placed.pdf"));
    QVERIFY(!pdf.isEmpty());
    QVERIFY(
        runTool(QStringLiteral("pdfinfo"), {pdf}).contains(QLatin1String("595 x 842 pts (A4)")));

    // Rendered at the device's resolution, device unit (x, y) is pixel
    // (margin + x, margin + y).
    const QString png = m_dir.filePath(QStringLiteral("placed"));
    QProcess::execute(QStringLiteral("pdftoppm"),
                      {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-singlefile"),
                       QStringLiteral("-png"), pdf, png});
    const QImage page(png + QStringLiteral(".png"));
    QVERIFY(!page.isNull());
    const double left = 10 / 25.4 * 300;
    const double top = 20 / 25.4 * 300;
    const auto pixel
        = [&](double x, double y) { return page.pixelColor(int(left + x), int(top + y)); };
    QCOMPARE(pixel(310, 310), QColor(Qt::red));
    QCOMPARE(pixel(590, 590), QColor(Qt::red));
    QCOMPARE(pixel(290, 310), QColor(Qt::white));
    QCOMPARE(pixel(610, 590), QColor(Qt::white));
    QCOMPARE(pixel(1050, 450), QColor(Qt::blue));
    QVERIFY(qAbs(pixel(1650, 450).lightness() - 128) < 4);
}

void TestCairoPdfDevice::clippedTextIsLeftOut()
{
    CairoPdfDevice device(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(16, 16, 16, 12), QPageLayout::Millimeter),
                          300);
    device.setTitle(QStringLiteral("Clipping"));
    QPainter painter;
    QVERIFY(painter.begin(&device));
    painter.setFont(fontOf(QStringLiteral("Noto Sans"), 12));
    // The page's upper half: as the report draws one page of a long document.
    painter.save();
    painter.setClipRect(QRectF(0, 0, device.width(), 1000));
    painter.drawText(QPointF(100, 400), QStringLiteral("Inside the clip"));
    painter.drawText(QPointF(100, 1400), QStringLiteral("Below the clip"));
    painter.drawText(QPointF(100, 1010), QStringLiteral("Straddling the edge"));
    painter.restore();
    // Clipping ends with the state it was set in.
    painter.drawText(QPointF(100, 2000), QStringLiteral("After the restore"));
    QVERIFY(device.newPage());
    painter.drawText(QPointF(100, 400), QStringLiteral("Second page"));
    QVERIFY(painter.end());

    const QString pdf = write(device, QStringLiteral("clipped.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\n"))), qPrintable(info));
    QVERIFY(info.contains(QLatin1String("Title:           Clipping")));
    const QString first = pageText(pdf, 1);
    QVERIFY2(first.contains(QLatin1String("Inside the clip")), qPrintable(first));
    QVERIFY2(!first.contains(QLatin1String("Below")), qPrintable(first));
    // Partly visible text stays: part of it is on the page.
    QVERIFY2(first.contains(QLatin1String("Straddling the edge")), qPrintable(first));
    QVERIFY2(first.contains(QLatin1String("After the restore")), qPrintable(first));
    QCOMPARE(pageText(pdf, 2), QStringLiteral("Second page"));
}

void TestCairoPdfDevice::shapedTextReadsBack_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("text");
    // Glyphs that stand for several characters: ligatures, conjuncts, a
    // vowel sign drawn before its consonant.
    QTest::newRow("Latin ligatures")
        << QStringLiteral("Noto Sans") << QStringLiteral("office affluence fjord");
    QTest::newRow("Devanagari") << QStringLiteral("Noto Sans Devanagari")
                                << QStringLiteral("सोशल कस्टमर केयर का मूल्य मीडिया");
}

void TestCairoPdfDevice::shapedTextReadsBack()
{
    QFETCH(QString, family);
    QFETCH(QString, text);
    QVERIFY2(QFontDatabase::hasFamily(family), qPrintable(family)); // scripts/install-deps
    CairoPdfDevice device(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(16, 16, 16, 12), QPageLayout::Millimeter),
                          300);
    QPainter painter;
    QVERIFY(painter.begin(&device));
    painter.setFont(fontOf(family, 14));
    painter.drawText(QPointF(100, 400), text);
    QVERIFY(painter.end());
    const QString pdf = write(device, QStringLiteral("shaped.pdf"));
    QVERIFY(!pdf.isEmpty());
    QCOMPARE(pageText(pdf, 1), text);
    const QString fonts = runTool(QStringLiteral("pdffonts"), {pdf});
    QVERIFY2(fonts.contains(QString(family).remove(QLatin1Char(' '))), qPrintable(fonts));
}

QTEST_MAIN(TestCairoPdfDevice)
#include "tst_cairopdfdevice.moc"
