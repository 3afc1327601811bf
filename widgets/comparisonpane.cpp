// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonpane.h"

#include "balancemodel.h"
#include "charts/lovechart.h"
#include "metricengine.h"
#include "metriclabels.h"
#include "reportmethods.h"
#include "tablecopy.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

ComparisonPane::ComparisonPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_design(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_eValue(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_model(new BalanceModel(this))
    , m_view(new QTableView(this))
    , m_love(new LoveChart(this))
{
    setObjectName(QStringLiteral("ComparisonPane"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    constexpr int columnWidth = 900; // one readable column of text
    for (QLabel *label : {m_design, m_counts, m_eValue, m_warning}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setMaximumWidth(columnWidth);
    }
    m_counts->setForegroundRole(QPalette::PlaceholderText);
    // A warning reads as one, beside the work rather than in a dialog.
    m_warning->setObjectName(QStringLiteral("ComparisonWarning"));
    m_warning->setAutoFillBackground(true);
    m_warning->setBackgroundRole(QPalette::ToolTipBase);
    m_warning->setForegroundRole(QPalette::ToolTipText);
    m_warning->setContentsMargins(8, 4, 8, 4);
    m_warning->hide();

    m_view->setObjectName(QStringLiteral("BalanceTable"));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(int(BalanceModel::Column::Covariate),
                                                     QHeaderView::Stretch);
    TableCopyOptions copyOptions;
    copyOptions.fileName = [] { return metricGroupTitle(u"comparison"); };
    installTableCopy(m_view, copyOptions);
    m_love->setObjectName(QStringLiteral("LoveChart"));
    m_love->setMinimumSize(360, 320);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_love);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({800, 1200});

    auto *scroll = new QScrollArea(this);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_design);
    layout->addWidget(m_counts);
    layout->addWidget(m_eValue);
    layout->addWidget(m_warning);
    layout->addWidget(splitter, 1);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    retranslate();
}

ComparisonPane::~ComparisonPane() = default;

void ComparisonPane::setResult(const std::shared_ptr<const MetricsResult> &result)
{
    m_result = result;
    if (isVisible())
        apply();
}

void ComparisonPane::clear()
{
    setResult(nullptr);
}

QString ComparisonPane::designText() const
{
    return m_design->text();
}

QString ComparisonPane::countsText() const
{
    return m_counts->text();
}

QString ComparisonPane::eValueText() const
{
    return m_eValue->text();
}

QString ComparisonPane::warningText() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

void ComparisonPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_result != m_shown)
        apply();
}

void ComparisonPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->setLocale(QLocale());
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ComparisonPane::apply()
{
    m_shown = m_result;
    const bool adjusted = m_shown && m_shown->adjustment;
    m_model->setLocale(QLocale());
    m_model->setBalance(adjusted ? m_shown->adjustment->balance : std::vector<BalanceRow>());
    m_love->setBalance(adjusted ? m_shown->adjustment->balance : std::vector<BalanceRow>());
    retranslate();
}

void ComparisonPane::retranslate()
{
    m_title->setText(metricGroupTitle(u"comparison"));
    m_love->setTitle(tr("Balance before and after weighting"));
    m_warning->hide();
    m_counts->clear();
    m_eValue->clear();
    if (!m_shown) {
        m_design->setText(MetricEngine::computingText());
        return;
    }
    if (!m_shown->adjustment) {
        m_design->setText(
            tr("The naive comparison sets everyone ever in touch with the social care team against "
               "everyone else, from signup. Nobody is compared like with like, so there is no "
               "balance to show and the differences are not effects. Choose \"Similar customers, "
               "same day\" in the filter bar for the estimate."));
        return;
    }
    const Adjustment &adjustment = *m_shown->adjustment;
    const QLocale locale;

    const QString compared = ReportMethods::comparedAttributes(adjustment);
    m_design->setText(
        tr("The estimate is the effect on the customers the social care team dealt with. Each is "
           "followed from their first social contact and compared with customers who were still "
           "with us that day, had not dealt with the team yet and resembled them in: %1. The "
           "similar customers are weighted to the social customers' mix, one comparison per "
           "calendar month since the launch, and stop counting as similar once they reach the "
           "social care team themselves.")
            .arg(compared));

    m_counts->setText(
        QStringList {tr("%Ln social customer(s) compared", nullptr, int(adjustment.treated)),
                     tr("left out with no similar customer: %1")
                         .arg(locale.toString(adjustment.unmatchedTreated)),
                     tr("flagged social without a date, left out: %1")
                         .arg(locale.toString(adjustment.socialWithoutDate)),
                     tr("%Ln customer(s) used as similar customers (worth %1 after weighting)",
                        nullptr, int(adjustment.controlCustomers))
                         .arg(locale.toString(std::round(adjustment.effectiveControls), 'f', 0)),
                     tr("monthly comparisons: %1").arg(locale.toString(adjustment.trials))}
            .join(QStringLiteral(" · ")));

    if (adjustment.eValue) {
        const QString strength = locale.toString(*adjustment.eValue, 'f', 2);
        if (adjustment.eValueLimit && *adjustment.eValueLimit > 1) {
            m_eValue->setText(
                tr("How wrong could it still be? To explain the 12-month retention effect away, "
                   "a factor not compared here would have to make customers %1 times as likely "
                   "to use social customer care and %1 times as likely to stay; to make the "
                   "interval "
                   "reach no effect, %2 times.")
                    .arg(strength, locale.toString(*adjustment.eValueLimit, 'f', 2)));
        } else {
            m_eValue->setText(
                tr("How wrong could it still be? To explain the 12-month retention effect away, "
                   "a factor not compared here would have to make customers %1 times as likely "
                   "to use social customer care and %1 times as likely to stay; its interval "
                   "already "
                   "includes no effect.")
                    .arg(strength));
        }
    }

    QStringList warnings;
    if (adjustment.isImbalanced()) {
        QStringList covariates;
        for (const QString &covariate : adjustment.imbalancedCovariates())
            covariates << covariateLabel(covariate);
        warnings << tr("Still out of balance after weighting: %1. The effect may partly come "
                       "from these differences.")
                        .arg(covariates.join(QLatin1String(", ")));
    }
    if (adjustment.hasThinOverlap()) {
        warnings << tr("Thin overlap: many social customers had no similar customer, or the "
                       "similar customers count for few after weighting. The estimate rests on "
                       "few comparisons.");
    }
    m_warning->setText(warnings.join(QLatin1Char(' ')));
    m_warning->setVisible(!warnings.isEmpty());
}
