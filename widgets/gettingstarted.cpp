// SPDX-License-Identifier: GPL-3.0-or-later
#include "gettingstarted.h"

#include "assumptionlabels.h"
#include "fieldlabels.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <climits>

namespace {

CanonicalTable tableOf(GettingStarted::Step step)
{
    switch (step) {
    case GettingStarted::Step::Contacts:
        return CanonicalTable::Contacts;
    case GettingStarted::Step::Orders:
        return CanonicalTable::Orders;
    case GettingStarted::Step::Customers:
    case GettingStarted::Step::Assumptions:
        break;
    }
    return CanonicalTable::Customers;
}

// The table's columns, required or optional, by their column names: the
// names a file can carry as they are, and the ones the docs use.
QStringList columns(CanonicalTable table, bool required)
{
    QStringList names;
    for (const FieldSpec &field : tableSpec(table).fields) {
        if (field.required != required || !field.isStored())
            continue;
        // The row ids of contacts and orders are optional and rarely known.
        if (!required && field.name.endsWith(QLatin1String("_id")))
            continue;
        names << QString(field.name);
    }
    return names;
}

} // namespace

GettingStarted::GettingStarted(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_profiles(new QLabel(this))
{
    setObjectName(QStringLiteral("GettingStarted"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_intro->setWordWrap(true);
    m_profiles->setWordWrap(true);
    m_profiles->setTextFormat(Qt::RichText);
    m_profiles->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_profiles, &QLabel::linkActivated, this,
            [this](const QString &link) { Q_EMIT documentRequested(link); });

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(1, 1);
    QFont markFont = font();
    markFont.setPointSizeF(markFont.pointSizeF() * 1.3);
    markFont.setBold(true);
    QFont titleFont = font();
    titleFont.setBold(true);
    static const char *const buttonNames[stepCount]
        = {"ImportCustomersButton", "ImportContactsButton", "ImportOrdersButton",
           "EditAssumptionsButton"};
    for (int i = 0; i < stepCount; ++i) {
        Row &row = m_rows[size_t(i)];
        row.mark = new QLabel(this);
        row.mark->setFont(markFont);
        row.mark->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        row.mark->setMinimumWidth(row.mark->fontMetrics().horizontalAdvance(QStringLiteral("00")));
        row.title = new QLabel(this);
        row.title->setFont(titleFont);
        row.needs = new QLabel(this);
        row.needs->setWordWrap(true);
        row.needs->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row.button = new QPushButton(this);
        row.button->setObjectName(QLatin1String(buttonNames[i]));
        const Step step = Step(i);
        if (step == Step::Assumptions) {
            connect(row.button, &QPushButton::clicked, this,
                    [this] { Q_EMIT assumptionsRequested(); });
        } else {
            connect(row.button, &QPushButton::clicked, this,
                    [this, step] { Q_EMIT importRequested(tableOf(step)); });
        }
        const int line = 3 * i;
        grid->addWidget(row.mark, line, 0, 2, 1);
        grid->addWidget(row.title, line, 1);
        grid->addWidget(row.needs, line + 1, 1);
        grid->addWidget(row.button, line, 2, 2, 1, Qt::AlignTop);
        if (i + 1 < stepCount) {
            auto *rule = new QFrame(this);
            rule->setFrameShape(QFrame::HLine);
            rule->setFrameShadow(QFrame::Sunken);
            grid->addWidget(rule, line + 2, 0, 1, 3);
        }
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addSpacing(4);
    layout->addLayout(grid);
    layout->addSpacing(4);
    layout->addWidget(m_profiles);
    layout->addStretch(1);
    retranslate();
}

void GettingStarted::setSummary(const ProjectSummary &summary)
{
    m_summary = summary;
    retranslate();
}

bool GettingStarted::isDone(Step step) const
{
    if (step == Step::Assumptions)
        return m_summary.assumptionsChanged > 0;
    return m_summary.rowCounts[size_t(tableOf(step))] > 0;
}

bool GettingStarted::isComplete() const
{
    return isDone(Step::Customers) && isDone(Step::Contacts) && isDone(Step::Orders);
}

QString GettingStarted::stepText(Step step) const
{
    const Row &row = m_rows[size_t(step)];
    return row.title->text() + QLatin1Char('\n') + row.needs->text();
}

QString GettingStarted::needsText(Step step) const
{
    const QLocale locale;
    if (step == Step::Assumptions) {
        return tr("The programme's monthly cost, the contribution margin and the cost of a "
                  "contact on each channel: check them so the money adds up.");
    }
    const CanonicalTable table = tableOf(step);
    const QString required = locale.createSeparatedList(columns(table, true));
    const QString optional = locale.createSeparatedList(columns(table, false));
    switch (step) {
    case Step::Customers:
        return tr("One row per customer. Needs %1, or for a snapshot extract a tenure and a "
                  "churn flag with the day it was taken. Also useful: %2 (churn_date for "
                  "retention, social_engaged or first_social_date for who dealt with the social "
                  "care "
                  "team).")
            .arg(required, optional);
    case Step::Contacts:
        return tr("One row per contact, for customers already imported. Needs %1 (phone, "
                  "social, self_service, email or chat). Also useful: %2.")
            .arg(required, optional);
    case Step::Orders:
        return tr("One row per order, or per order line with a quantity and a unit price. "
                  "Needs %1; customers not imported yet can be created. Also useful: %2.")
            .arg(required, optional);
    case Step::Assumptions:
        break;
    }
    return QString();
}

void GettingStarted::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void GettingStarted::retranslate()
{
    const QLocale locale;
    m_heading->setText(tr("Bring in your data"));
    m_intro->setText(isDone(Step::Customers)
                         ? tr("Each step is ticked once its data is in the project. Contacts and "
                              "orders give the metrics their substance.")
                         : tr("This project holds no customers yet. Import your files in this "
                              "order; each step is ticked once its data is in the project."));
    m_profiles->setText(
        tr("Your columns may have other names: the wizard matches them, and you can map them "
           "by hand. See <a href=\"%1\">how example files map</a> (Telco churn, Online Retail, "
           "a ticket log) or the <a href=\"%2\">import wizard's guide</a>.")
            .arg(QStringLiteral("import-mappings.md"), QStringLiteral("import-wizard.md")));
    const QString titles[stepCount] = {tableLabel(u"customers"), tableLabel(u"contacts"),
                                       tableLabel(u"orders"), AssumptionLabels::title()};
    for (int i = 0; i < stepCount; ++i) {
        const Step step = Step(i);
        Row &row = m_rows[size_t(i)];
        const bool done = isDone(step);
        row.mark->setText(done ? QStringLiteral("\u2714") : locale.toString(i + 1));
        QPalette palette = row.mark->palette();
        palette.setColor(QPalette::WindowText,
                         done ? QColor(0x2e, 0x7d, 0x32)
                              : palette.color(QPalette::PlaceholderText));
        row.mark->setPalette(palette);
        QString title = titles[i];
        if (step != Step::Assumptions && done) {
            const qint64 rows = m_summary.rowCounts[size_t(tableOf(step))];
            title = tr("%1 — done, %Ln row(s)", nullptr, int(qMin(rows, qint64(INT_MAX))))
                        .arg(titles[i]);
        } else if (step == Step::Assumptions && done) {
            title = tr("%1 — checked").arg(titles[i]);
        }
        row.title->setText(title);
        row.needs->setText(needsText(step));
        switch (step) {
        case Step::Customers:
            row.button->setText(done ? tr("Import more customers…") : tr("Import customers…"));
            break;
        case Step::Contacts:
            row.button->setText(done ? tr("Import more contacts…") : tr("Import contacts…"));
            break;
        case Step::Orders:
            row.button->setText(done ? tr("Import more orders…") : tr("Import orders…"));
            break;
        case Step::Assumptions:
            row.button->setText(tr("Edit the assumptions…"));
            break;
        }
        // Contacts and orders name customers: without them every row would
        // be rejected.
        const bool needsCustomers = step == Step::Contacts || step == Step::Orders;
        row.button->setEnabled(!needsCustomers || isDone(Step::Customers));
        row.button->setToolTip(row.button->isEnabled()
                                   ? QString()
                                   : tr("Import the customers first: each row names one."));
    }
}
