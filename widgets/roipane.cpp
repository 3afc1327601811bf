// SPDX-License-Identifier: GPL-3.0-or-later
#include "roipane.h"

#include "charts/roiwaterfallchart.h"
#include "charts/sensitivitychart.h"
#include "metricengine.h"
#include "metricformat.h"
#include "metriclabels.h"
#include "metricwording.h"
#include "roisummarymodel.h"
#include "roiwording.h"
#include "tablecopy.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

RoiPane::RoiPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_cohorts(new QLabel(this))
    , m_note(new QLabel(this))
    , m_model(new RoiSummaryModel(this))
    , m_view(new QTableView(this))
    , m_waterfall(new RoiWaterfallChart(this))
    , m_sensitivityChart(new SensitivityChart(this))
    , m_scroll(new QScrollArea(this))
    , m_chartSplitter(new QSplitter(Qt::Horizontal, this))
    , m_sensitivityCaption(new QLabel(this))
    , m_interval(new QLabel(this))
    , m_bootstrapBar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("RoiPane"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.2);
    m_summary->setFont(summaryFont);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cohorts->setForegroundRole(QPalette::PlaceholderText);
    m_cohorts->setWordWrap(true);
    m_note->setWordWrap(true);
    m_interval->setWordWrap(true);
    m_interval->setForegroundRole(QPalette::PlaceholderText);
    m_interval->setObjectName(QStringLiteral("RoiInterval"));
    m_bootstrapBar->setObjectName(QStringLiteral("RoiBootstrapProgress"));
    m_bootstrapBar->setMaximumWidth(220);
    m_bootstrapBar->setTextVisible(false);
    m_bootstrapBar->hide();

    m_view->setObjectName(QStringLiteral("RoiTable"));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(int(RoiSummaryModel::Column::Component),
                                                     QHeaderView::Stretch);
    m_view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->horizontalHeader()->setMinimumSectionSize(110);
    // One readable column of text and figures, not a line across a wide screen.
    constexpr int columnWidth = 900;
    m_view->setMaximumWidth(columnWidth);
    m_summary->setMaximumWidth(columnWidth);
    m_interval->setMaximumWidth(columnWidth - 230);
    m_note->setMaximumWidth(columnWidth);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    TableCopyOptions copyOptions;
    copyOptions.fileName = [] { return metricGroupTitle(u"roi"); };
    installTableCopy(m_view, copyOptions);

    m_waterfall->setObjectName(QStringLiteral("RoiWaterfall"));
    m_sensitivityChart->setObjectName(QStringLiteral("RoiSensitivity"));
    // How to read the tornado, under it: a line of the pane's text rather
    // than of the chart, so it wraps with the pane's width.
    m_sensitivityCaption->setWordWrap(true);
    m_sensitivityCaption->setForegroundRole(QPalette::PlaceholderText);
    auto *sensitivityBox = new QWidget(this);
    auto *sensitivityLayout = new QVBoxLayout(sensitivityBox);
    sensitivityLayout->setContentsMargins(0, 0, 0, 0);
    sensitivityLayout->setSpacing(2);
    sensitivityLayout->addWidget(m_sensitivityChart, 1);
    sensitivityLayout->addWidget(m_sensitivityCaption);
    m_chartSplitter->addWidget(m_waterfall);
    m_chartSplitter->addWidget(sensitivityBox);
    m_chartSplitter->setChildrenCollapsible(false);
    m_chartSplitter->setStretchFactor(0, 1);
    m_chartSplitter->setStretchFactor(1, 1);
    m_chartSplitter->setSizes({1000, 1000}); // halves, whatever the captions' widths
    // Both charts need this much to keep ten assumptions and eight steps
    // readable; a short window scrolls rather than squeezing them.
    m_waterfall->setMinimumSize(360, 360);
    // Ten assumptions, some of two lines in German or Hindi: 44 px each.
    m_sensitivityChart->setMinimumSize(360, 480);

    // The table keeps its rows' height; the charts take what a tall window offers.
    auto *content = new QWidget(m_scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_cohorts);
    layout->addWidget(m_note);
    layout->addWidget(m_view);
    auto *intervalRow = new QHBoxLayout;
    intervalRow->addWidget(m_interval);
    intervalRow->addWidget(m_bootstrapBar);
    intervalRow->addStretch(1);
    layout->addLayout(intervalRow);
    layout->addWidget(m_chartSplitter, 1);
    // Takes the height the charts leave when they are hidden (no verdict).
    layout->addStretch(0);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);
    retranslate();
}

RoiPane::~RoiPane() = default;

void RoiPane::setResult(const std::shared_ptr<const MetricsResult> &result)
{
    m_result = result;
    m_sensitivity.reset();
    m_sensitivityShown = false;
    m_bootstrapDone = -1;
    m_bootstrapError.clear();
    if (isVisible())
        apply();
}

void RoiPane::setBootstrapProgress(int done, int total)
{
    m_bootstrapDone = done;
    m_bootstrapTotal = total;
    m_bootstrapBar->setRange(0, total);
    m_bootstrapBar->setValue(done);
    m_bootstrapBar->setVisible(m_shown || m_result);
    retranslate();
}

void RoiPane::showBootstrapError(const QString &message)
{
    m_bootstrapDone = -1;
    m_bootstrapError = message;
    retranslate();
}

QString RoiPane::intervalText() const
{
    return m_interval->text();
}

void RoiPane::setSensitivity(const RoiSensitivity &sensitivity)
{
    m_sensitivity = sensitivity;
    m_sensitivityShown = false;
    if (isVisible())
        apply();
}

void RoiPane::showSensitivityError(const QString &message)
{
    m_sensitivity.reset();
    m_sensitivityShown = true;
    m_sensitivityChart->setFailure(message);
}

void RoiPane::clear()
{
    setResult(nullptr);
}

void RoiPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_result != m_shown || !m_sensitivityShown)
        apply();
}

void RoiPane::fitTableHeight()
{
    // Every line of the summary in view: the charts give up height first.
    const int rows = m_model->rowCount();
    const int height = m_view->horizontalHeader()->sizeHint().height()
        + rows * m_view->verticalHeader()->defaultSectionSize() + 2 * m_view->frameWidth();
    m_view->setMinimumHeight(height);
    m_view->setMaximumHeight(height);
}

void RoiPane::apply()
{
    if (m_result != m_shown || !m_shown) {
        m_shown = m_result;
        m_model->setSummary(m_shown ? m_shown->roi : RoiSummary());
        fitTableHeight();
        if (m_shown)
            m_waterfall->setSummary(m_shown->roi);
        else
            m_waterfall->setSummary(RoiSummary());
    }
    // With no social customers to compare, the sentence says what to
    // import; the table and the charts would show the programme's cost alone
    // as a loss.
    const bool verdict = !m_shown || m_shown->roi.hasVerdict();
    m_view->setVisible(verdict);
    m_chartSplitter->setVisible(verdict);
    m_interval->setVisible(verdict);
    if (!m_sensitivityShown) {
        if (m_sensitivity && m_shown)
            m_sensitivityChart->setSensitivity(*m_sensitivity);
        else
            m_sensitivityChart->clearSensitivity();
        m_sensitivityShown = true;
    }
    retranslate();
}

QString RoiPane::summaryText() const
{
    return m_summary->text();
}

QString RoiPane::describe(const RoiSummary &roi) const
{
    return RoiWording::sentence(roi);
}

QString RoiPane::describeInterval() const
{
    const QString interval = RoiWording::intervalSentence(m_shown->roi);
    if (m_shown->roi.interval == RoiInterval::Bootstrap)
        return interval;
    if (m_bootstrapDone >= 0) {
        return interval + QLatin1Char(' ')
            + tr("Checking it with a bootstrap of the whole calculation: %1 of %Ln resample(s).",
                 nullptr, m_bootstrapTotal)
                  .arg(QLocale().toString(m_bootstrapDone));
    }
    if (!m_bootstrapError.isEmpty())
        return interval + QLatin1Char(' ') + m_bootstrapError;
    return interval;
}

void RoiPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        retranslate();
    }
    QWidget::changeEvent(event);
}

void RoiPane::retranslate()
{
    m_title->setText(metricGroupTitle(u"roi"));
    m_waterfall->setTitle(tr("How the value adds up"));
    m_sensitivityChart->setTitle(
        m_sensitivity && m_sensitivity->measure == RoiSensitivity::Measure::NetValue
            ? tr("How the net value depends on the assumptions")
            : tr("How the ROI depends on the assumptions"));
    m_note->setText(metricGroupNote(u"roi"));
    m_sensitivityCaption->setText(m_sensitivityChart->explanation());
    m_bootstrapBar->setVisible(m_bootstrapDone >= 0 && m_shown);
    if (!m_shown) {
        m_summary->setText(m_result ? QString() : MetricEngine::computingText());
        m_cohorts->clear();
        m_interval->clear();
        return;
    }
    m_interval->setText(describeInterval());
    m_summary->setText(describe(m_shown->roi));
    m_cohorts->setText(MetricWording::cohortLine(*m_shown));
}
