// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpreviewpage.h"

#include "importpreviewmodel.h"
#include "importwizardstate.h"
#include "previewloader.h"
#include "wizardtext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace {

// Widest a column gets when fitted to its contents (pixels); wider cells are
// elided and shown whole in the tooltip.
constexpr int maximumColumnWidth = 240;

} // namespace

ImportPreviewPage::ImportPreviewPage(std::shared_ptr<ImportWizardState> state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(std::move(state))
    , m_loader(new PreviewLoader(this))
    , m_model(new ImportPreviewModel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_legendSwatch(new QLabel(this))
    , m_legend(new QLabel(this))
{
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_status->setWordWrap(true);
    m_legendSwatch->setFixedSize(14, 14);
    m_legendSwatch->setAutoFillBackground(true);
    QPalette swatch = m_legendSwatch->palette();
    swatch.setColor(QPalette::Window, ImportPreviewModel::problemBackground());
    m_legendSwatch->setPalette(swatch);
    m_legendSwatch->setFrameShape(QFrame::Box);
    connect(m_loader, &PreviewLoader::loaded, this, &ImportPreviewPage::showPreview);

    auto *legend = new QHBoxLayout;
    legend->addWidget(m_legendSwatch);
    legend->addWidget(m_legend, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addLayout(legend);
    retranslate();
}

void ImportPreviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ImportPreviewPage::retranslate()
{
    setTitle(tr("Preview"));
    setSubTitle(tr("The first rows exactly as written in the file. Each column shows the field "
                   "it goes to; you can change that on the next page."));
    m_legend->setText(tr("A value the import would reject; point at the cell for the reason."));
    updateTexts();
}

bool ImportPreviewPage::isLoading() const
{
    return m_loader->isLoading();
}

void ImportPreviewPage::initializePage()
{
    if (m_state->previewIsCurrent()) {
        m_state->updateMapping();
        m_model->setValidation(m_state->validation());
        updateTexts();
        return;
    }
    m_state->hasPreview = false;
    m_state->previewRequest = m_state->currentPreviewRequest();
    m_model->clear();
    m_loader->load(m_state->previewRequest);
    updateTexts();
}

void ImportPreviewPage::showPreview(const ImportPreview &preview)
{
    m_state->preview = preview;
    m_state->hasPreview = true;
    // A new file or sheet: earlier answers were about other data.
    m_state->dateOrder.reset();
    m_state->dateOrderRequired = false;
    m_state->updateMapping();
    m_model->setPreview(preview, m_state->validation());
    fitColumns();
    updateTexts();
    Q_EMIT completeChanged();
    Q_EMIT previewLoaded();
}

void ImportPreviewPage::fitColumns()
{
    m_view->resizeColumnsToContents();
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (header->sectionSize(column) > maximumColumnWidth)
            header->resizeSection(column, maximumColumnWidth);
    }
}

void ImportPreviewPage::updateTexts()
{
    const bool loading = m_loader->isLoading();
    m_legend->setVisible(!loading);
    m_legendSwatch->setVisible(!loading);
    if (loading) {
        WizardText::showNote(m_status, tr("Reading the first rows…"));
        return;
    }
    if (!m_state->hasPreview)
        return;
    const ImportPreview &preview = m_state->preview;
    if (preview.error.isError()) {
        QString text = preview.error.message;
        if (preview.error.line > 0)
            text = tr("Line %1: %2").arg(preview.error.line).arg(preview.error.message);
        WizardText::showProblem(m_status, text);
        return;
    }
    const int rows = int(preview.rows.size());
    const int bad = m_model->validation().rowsWithProblems();
    const QLocale locale;
    QString text = preview.sampledWholeFile
        ? tr("All rows of the file: %1.").arg(locale.toString(rows))
        : tr("The first %Ln row(s) of the file.", nullptr, int(rows));
    if (preview.sampledWholeFile && qint64(rows) < preview.sampledRows) {
        text = tr("The first %1 of the file's %Ln row(s).", nullptr, int(preview.sampledRows))
                   .arg(locale.toString(rows));
    }
    text += QLatin1Char(' ');
    text += bad == 0
        ? WizardText::nothingRejected()
        : tr("Rows the import would reject for a bad value: %1.").arg(locale.toString(bad));
    WizardText::showNote(m_status, text);
}

bool ImportPreviewPage::isComplete() const
{
    return !m_loader->isLoading() && m_state->hasPreview && m_state->preview.isValid();
}

bool ImportPreviewPage::validatePage()
{
    return isComplete();
}
