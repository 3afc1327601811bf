// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricspage.h"

#include "comparisonpane.h"
#include "filterbar.h"
#include "metricpane.h"
#include "roipane.h"

#include <QFrame>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

MetricsPage::MetricsPage(QWidget *parent)
    : QWidget(parent)
    , m_filterBar(new FilterBar(this))
    , m_message(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_roiPane(new RoiPane(this))
    , m_comparisonPane(new ComparisonPane(this))
{
    setObjectName(QStringLiteral("MetricsPage"));
    for (const QString &id : metricGroupIds()) {
        auto *pane = new MetricPane(id, this);
        m_panes << pane;
        m_stack->addWidget(pane);
    }
    m_stack->addWidget(m_roiPane);
    m_stack->addWidget(m_comparisonPane);

    // An inline line beside the work, not a dialog: the user can read it and go on.
    m_message->setObjectName(QStringLiteral("MetricsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAutoFillBackground(true);
    m_message->setBackgroundRole(QPalette::ToolTipBase);
    m_message->setForegroundRole(QPalette::ToolTipText);
    m_message->setContentsMargins(8, 4, 8, 4);
    m_message->hide();

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(line);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);
}

QStringList MetricsPage::paneIds()
{
    return metricGroupIds() + QStringList {QStringLiteral("roi"), QStringLiteral("comparison")};
}

MetricPane *MetricsPage::metricPane(const QString &groupId) const
{
    for (MetricPane *pane : m_panes) {
        if (pane->groupId() == groupId)
            return pane;
    }
    return nullptr;
}

QString MetricsPage::currentPane() const
{
    if (m_stack->currentWidget() == m_roiPane)
        return QStringLiteral("roi");
    if (m_stack->currentWidget() == m_comparisonPane)
        return QStringLiteral("comparison");
    const auto *pane = qobject_cast<const MetricPane *>(m_stack->currentWidget());
    return pane ? pane->groupId() : QString();
}

QString MetricsPage::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool MetricsPage::showPane(const QString &id)
{
    if (id == QLatin1String("roi")) {
        m_stack->setCurrentWidget(m_roiPane);
        return true;
    }
    if (id == QLatin1String("comparison")) {
        m_stack->setCurrentWidget(m_comparisonPane);
        return true;
    }
    MetricPane *pane = metricPane(id);
    if (!pane)
        return false;
    m_stack->setCurrentWidget(pane);
    return true;
}

void MetricsPage::setProject(const QString &projectPath)
{
    m_filterBar->setProject(projectPath);
    for (MetricPane *pane : m_panes) {
        pane->setProject(projectPath);
        pane->clear();
    }
    m_roiPane->clear();
    m_comparisonPane->clear();
    showMessage(QString());
}

void MetricsPage::setResult(const MetricsResult &result)
{
    // One copy shared by every pane; each draws it when shown.
    const auto shared = std::make_shared<const MetricsResult>(result);
    for (MetricPane *pane : m_panes)
        pane->setResult(shared);
    m_roiPane->setResult(shared);
    m_comparisonPane->setResult(shared);
    showMessage(result.warnings.join(QLatin1Char(' ')));
}

void MetricsPage::setSensitivity(const RoiSensitivity &sensitivity)
{
    m_roiPane->setSensitivity(sensitivity);
}

void MetricsPage::setBootstrapProgress(int done, int total)
{
    m_roiPane->setBootstrapProgress(done, total);
}

void MetricsPage::showBootstrapError(const QString &message)
{
    m_roiPane->showBootstrapError(message);
}

void MetricsPage::showSensitivityError(const QString &message)
{
    m_roiPane->showSensitivityError(message);
}

void MetricsPage::showError(const QString &message)
{
    showMessage(message);
}

void MetricsPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}
