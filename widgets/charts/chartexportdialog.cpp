// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexportdialog.h"

#include "exportlocation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>
#include <array>

namespace {

struct Preset
{
    int width;
    int height;
};

constexpr std::array<Preset, 3> presets = {{{1280, 720}, {1920, 1080}, {3840, 2160}}};
constexpr int maximumSide = 16000;

} // namespace

ChartExportDialog::ChartExportDialog(const QString &suggestedPath, QWidget *parent)
    : QDialog(parent)
    , m_preset(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_currentView(new QCheckBox(this))
    , m_error(new QLabel(this))
    , m_presetLabel(new QLabel(this))
    , m_sizeLabel(new QLabel(this))
    , m_formatLabel(new QLabel(this))
    , m_pathLabel(new QLabel(this))
    , m_unitLabel(new QLabel(this))
    , m_browse(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    for (QSpinBox *spin : {m_width, m_height}) {
        spin->setRange(16, maximumSide);
        spin->setGroupSeparatorShown(true);
    }
    m_width->setValue(presets[1].width);
    m_height->setValue(presets[1].height);
    m_path->setText(QDir::toNativeSeparators(suggestedPath));
    const QString suffix = QFileInfo(suggestedPath).suffix().toLower();

    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addWidget(m_unitLabel, 1);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    auto *form = new QFormLayout(this);
    form->addRow(m_pathLabel, pathRow);
    form->addRow(m_formatLabel, m_format);
    form->addRow(m_presetLabel, m_preset);
    form->addRow(m_sizeLabel, sizeRow);
    form->addRow(QString(), m_currentView);
    form->addRow(m_error);
    form->addRow(m_buttons);
    m_currentView->setChecked(false);
    m_currentView->setEnabled(false);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("exportError"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    retranslate();
    m_format->setCurrentIndex(suffix == QLatin1String("svg")       ? 1
                                  : suffix == QLatin1String("pdf") ? 2
                                                                   : 0);
    m_preset->setCurrentIndex(1);

    connect(m_preset, &QComboBox::activated, this, &ChartExportDialog::applyPreset);
    connect(m_width, &QSpinBox::valueChanged, this, &ChartExportDialog::syncPreset);
    connect(m_height, &QSpinBox::valueChanged, this, &ChartExportDialog::syncPreset);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ChartExportDialog::syncSuffix);
    connect(m_browse, &QPushButton::clicked, this, &ChartExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
        m_error->hide();
    });
    syncSuffix();
}

QString ChartExportDialog::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

int ChartExportDialog::exportWidth() const
{
    return m_width->value();
}

int ChartExportDialog::exportHeight() const
{
    return m_height->value();
}

ChartExportDialog::Format ChartExportDialog::format() const
{
    return Format(m_format->currentIndex());
}

bool ChartExportDialog::currentViewOnly() const
{
    return m_currentView->isEnabled() && m_currentView->isChecked();
}

void ChartExportDialog::setZoomed(bool zoomed)
{
    m_currentView->setEnabled(zoomed);
    if (!zoomed)
        m_currentView->setChecked(false);
}

void ChartExportDialog::setWriter(Writer writer)
{
    m_writer = std::move(writer);
}

QString ChartExportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ChartExportDialog::accept()
{
    if (m_writer) {
        // Say what stands in the way before writing, then what the writer found.
        QString problem = ExportLocation::writeProblem(path());
        if (problem.isEmpty())
            problem = m_writer(*this);
        if (!problem.isEmpty()) {
            m_error->setText(problem);
            m_error->show();
            return;
        }
    }
    m_error->hide();
    QDialog::accept();
}

QString ChartExportDialog::suffix(Format format)
{
    switch (format) {
    case Format::Png:
        return QStringLiteral("png");
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return QStringLiteral("png");
}

void ChartExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ChartExportDialog::retranslate()
{
    setWindowTitle(tr("Export chart"));
    m_pathLabel->setText(tr("&File:"));
    m_pathLabel->setBuddy(m_path);
    m_formatLabel->setText(tr("F&ormat:"));
    m_formatLabel->setBuddy(m_format);
    m_presetLabel->setText(tr("&Size:"));
    m_presetLabel->setBuddy(m_preset);
    m_sizeLabel->setText(tr("&Width × height:"));
    m_sizeLabel->setBuddy(m_width);
    m_browse->setText(tr("&Browse…"));
    m_currentView->setText(tr("Only the &current zoomed view"));
    m_currentView->setToolTip(tr("By default the whole chart is exported, whatever the zoom"));

    const QSignalBlocker formatBlocker(m_format);
    const QSignalBlocker presetBlocker(m_preset);
    const int format = std::max(0, m_format->currentIndex());
    m_format->clear();
    m_format->addItem(tr("PNG image"));
    m_format->addItem(tr("SVG drawing"));
    m_format->addItem(tr("PDF document"));
    m_format->setCurrentIndex(format);

    const int preset = std::max(0, m_preset->currentIndex());
    const QLocale locale;
    m_preset->clear();
    for (const Preset &size : presets) {
        //: An export size preset, e.g. "1,920 × 1,080 (Full HD)"
        m_preset->addItem(
            size.width == 1280
                ? tr("%1 × %2 (HD)").arg(locale.toString(size.width), locale.toString(size.height))
                : size.width == 1920
                ? tr("%1 × %2 (Full HD)")
                      .arg(locale.toString(size.width), locale.toString(size.height))
                : tr("%1 × %2 (4K)")
                      .arg(locale.toString(size.width), locale.toString(size.height)));
    }
    m_preset->addItem(tr("Custom"));
    m_preset->setCurrentIndex(preset);
    syncSuffix();
}

void ChartExportDialog::applyPreset(int index)
{
    if (index < 0 || index >= int(presets.size()))
        return;
    const QSignalBlocker widthBlocker(m_width);
    const QSignalBlocker heightBlocker(m_height);
    m_width->setValue(presets[size_t(index)].width);
    m_height->setValue(presets[size_t(index)].height);
}

void ChartExportDialog::syncPreset()
{
    int index = int(presets.size()); // Custom
    for (size_t i = 0; i < presets.size(); ++i) {
        if (presets[i].width == m_width->value() && presets[i].height == m_height->value())
            index = int(i);
    }
    m_preset->setCurrentIndex(index);
}

void ChartExportDialog::syncSuffix()
{
    // Vector formats measure in points, images in pixels.
    m_unitLabel->setText(format() == Format::Png ? tr("pixels") : tr("points"));
    const QString current = path();
    if (current.isEmpty())
        return;
    const QFileInfo info(current);
    const QString wanted = suffix(format());
    if (info.suffix().toLower() == wanted)
        return;
    const QString base = info.suffix().isEmpty()
        ? current
        : current.left(current.size() - info.suffix().size() - 1);
    const QSignalBlocker blocker(m_path);
    m_path->setText(QDir::toNativeSeparators(base + QLatin1Char('.') + wanted));
}

void ChartExportDialog::browse()
{
    const QString filter = format() == Format::Png ? tr("PNG images (*.png)")
        : format() == Format::Svg                  ? tr("SVG drawings (*.svg)")
                                                   : tr("PDF documents (*.pdf)");
    // The dialog's own folder when it exists, else where exports are kept.
    QString start = path();
    if (!QFileInfo(QFileInfo(start).absolutePath()).isDir())
        start = QDir(ExportLocation::startFolder()).filePath(QFileInfo(start).fileName());
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export chart"), start, filter);
    if (!chosen.isEmpty()) {
        m_path->setText(QDir::toNativeSeparators(chosen));
        syncSuffix();
    }
}
