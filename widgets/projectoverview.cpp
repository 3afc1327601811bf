// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectoverview.h"

#include "canonicalschema.h"
#include "commontext.h"
#include "fieldlabels.h"
#include "gettingstarted.h"
#include "metrictable.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

ProjectOverview::ProjectOverview(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_gettingStarted(new GettingStarted(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(16);
    layout->addWidget(m_title);
    // The checklist brings its own margins.
    m_gettingStarted->layout()->setContentsMargins(0, 0, 0, 0);
    m_gettingStarted->hide();
    layout->addWidget(m_gettingStarted);
    layout->addWidget(m_details, 1);
    retranslate();
}

void ProjectOverview::setSummary(const ProjectSummary &summary)
{
    m_summary = summary;
    m_loading = false;
    m_gettingStarted->setSummary(summary);
    m_gettingStarted->setVisible(summary.error.isEmpty() && !m_gettingStarted->isComplete());
    retranslate();
}

void ProjectOverview::setLoading(const QString &projectPath)
{
    m_summary = ProjectSummary();
    m_summary.path = projectPath;
    m_loading = true;
    m_gettingStarted->hide();
    retranslate();
}

void ProjectOverview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProjectOverview::retranslate()
{
    const QLocale locale;
    m_title->setText(QFileInfo(m_summary.path).completeBaseName());
    if (m_loading) {
        m_details->setText(tr("Reading the project…"));
        return;
    }

    QString html
        = QStringLiteral("<p>%1</p>")
              .arg(m_summary.isDemo ? tr("This is the demo project: generated data with known "
                                         "effects of social customer care, for trying the "
                                         "workbench before loading your own files.")
                                    : tr("Your project. Import customer lists, contact logs and "
                                         "orders with File, Import."));
    html += QStringLiteral("<table cellspacing='0' cellpadding='4'>");
    auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td>%1</td><td align='right'><b>%2</b></td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    for (const TableSpec &spec : canonicalTables())
        row(tableLabel(QString(spec.name)),
            locale.toString(m_summary.rowCounts[size_t(spec.table)]));
    const qint64 customers = m_summary.rowCounts[size_t(CanonicalTable::Customers)];
    row(MetricTable::cohortCustomers(MetricTable::Column::Social),
        customers > 0 ? CommonText::withAside(
            locale.toString(m_summary.socialCustomers),
            locale.toString(100.0 * double(m_summary.socialCustomers) / double(customers), 'f', 1)
                + locale.percent())
                      : locale.toString(0));
    if (m_summary.firstSignup.isValid()) {
        row(tr("Data from"), locale.toString(m_summary.firstSignup, QLocale::LongFormat));
        row(tr("Data to"), locale.toString(m_summary.lastActivity, QLocale::LongFormat));
    }
    row(tr("Imported files"), locale.toString(m_summary.importCount));
    row(tr("Rejected rows kept for review"), locale.toString(m_summary.rejectedRowCount));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p style='color:palette(mid)'>%1</p>")
                .arg(tr("File: %1").arg(QDir::toNativeSeparators(m_summary.path)).toHtmlEscaped());
    m_details->setText(html);
}
