#include "roipane.h"

#include "metricformat.h"
#include "metriclabels.h"
#include "roisummarymodel.h"
#include "tablecopy.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
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
    m_note->setMaximumWidth(columnWidth);
    installTableCopy(m_view);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_cohorts);
    layout->addWidget(m_view);
    layout->addWidget(m_note);
    layout->addStretch(1);
    retranslate();
}

RoiPane::~RoiPane() = default;

void RoiPane::setResult(const std::shared_ptr<const MetricsResult> &result)
{
    m_result = result;
    if (isVisible())
        apply();
}

void RoiPane::clear()
{
    setResult(nullptr);
}

void RoiPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_result != m_shown)
        apply();
}

void RoiPane::apply()
{
    m_shown = m_result;
    m_model->setSummary(m_shown ? m_shown->roi : RoiSummary());
    retranslate();
}

QString RoiPane::summaryText() const
{
    return m_summary->text();
}

QString RoiPane::describe(const RoiSummary &roi) const
{
    const auto money = [&roi](double value) { return MetricFormat::money(value, roi.currency); };
    if (!roi.roi) {
        return tr("No programme cost is set, so there is no return to compute; the value of "
                  "social care over %n month(s) is %1.",
                  nullptr, roi.horizonMonths)
            .arg(money(roi.value));
    }
    // Every unit spent returned (value / cost) = ROI + 1 units.
    const QString one
        = QLocale().toCurrencyString(1.0, MetricFormat::currencySymbol(roi.currency), 0);
    const QString returned = money(*roi.roi + 1);
    if (roi.horizonMonths == 12 && roi.roiLow && roi.roiHigh) {
        return tr("Every %1 spent on social care returned %2 within a year, between %3 and %4.")
            .arg(one, returned, money(*roi.roiLow + 1), money(*roi.roiHigh + 1));
    }
    if (roi.horizonMonths == 12)
        return tr("Every %1 spent on social care returned %2 within a year.").arg(one, returned);
    if (roi.roiLow && roi.roiHigh) {
        return tr("Every %1 spent on social care returned %2 over %n month(s), between %3 and "
                  "%4.",
                  nullptr, roi.horizonMonths)
            .arg(one, money(*roi.roi + 1), money(*roi.roiLow + 1), money(*roi.roiHigh + 1));
    }
    return tr("Every %1 spent on social care returned %2 over %n month(s).", nullptr,
              roi.horizonMonths)
        .arg(one, money(*roi.roi + 1));
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
    m_note->setText(metricGroupNote(u"roi"));
    if (!m_shown) {
        m_summary->setText(m_result ? QString() : tr("Computing the metrics…"));
        m_cohorts->clear();
        return;
    }
    m_summary->setText(describe(m_shown->roi));
    const QLocale locale;
    m_cohorts->setText(tr("Social cohort: %1 customers · control cohort: %2 customers · as of %3")
                           .arg(locale.toString(m_shown->socialCustomers),
                                locale.toString(m_shown->controlCustomers),
                                locale.toString(m_shown->asOf, QLocale::ShortFormat)));
}
