// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricpane.h"

#include "charts/chartfactory.h"
#include "charts/cohortbarchart.h"
#include "charts/mentionschart.h"
#include "charts/monthlyserieschart.h"
#include "charts/npschart.h"
#include "charts/repeatcountchart.h"
#include "charts/repeattrackingchart.h"
#include "charts/survivalchart.h"
#include "csvexportchoice.h"
#include "datetext.h"
#include "exportlocation.h"
#include "metricengine.h"
#include "metricformat.h"
#include "metriclabels.h"
#include "metricrowsmodel.h"
#include "metricwording.h"
#include "roiwording.h"
#include "statisticaldetails.h"
#include "tablecopy.h"
#include "warningicondelegate.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <limits>

MetricPane::MetricPane(const QString &groupId, QWidget *parent)
    : QWidget(parent)
    , m_groupId(groupId)
    , m_title(new QLabel(this))
    , m_value(new QLabel(this))
    , m_cohorts(new QLabel(this))
    , m_note(new QLabel(this))
    , m_details(new QCheckBox(this))
    , m_model(new MetricRowsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_chartSplitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("MetricPane_") + groupId);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont valueFont = m_value->font();
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_value->setWordWrap(true);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cohorts->setForegroundRole(QPalette::PlaceholderText);
    m_cohorts->setWordWrap(true);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(int(MetricRowsModel::Role::SortValue));
    m_view->setObjectName(QStringLiteral("MetricTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the engine's order until the user sorts
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->setItemDelegateForColumn(
        int(MetricRowsModel::Column::Warning),
        new WarningIconDelegate(int(MetricRowsModel::Role::Warning), m_view));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(int(MetricRowsModel::Column::Metric), QHeaderView::Stretch);
    header->setStretchLastSection(false);
    TableCopyOptions copyOptions;
    copyOptions.fileName = [this] { return metricGroupTitle(m_groupId); };
    installTableCopy(m_view, copyOptions);

    createCharts();
    m_chartSplitter->setChildrenCollapsible(false);
    if (m_groupId == QLatin1String("relationship")) {
        // The value charts and the model checks share the room as two tabs:
        // two rows of charts would leave the table no room.
        createModelCheckCharts();
        m_splitter->addWidget(m_chartTabs);
    } else {
        m_splitter->addWidget(m_chartSplitter);
    }
    // The table, with the choice of its statistics above its right end.
    auto *tableBox = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(2);
    m_details->setObjectName(QStringLiteral("StatisticalDetails"));
    m_details->setChecked(StatisticalDetails::instance()->isShown());
    connect(m_details, &QCheckBox::toggled, StatisticalDetails::instance(),
            &StatisticalDetails::setShown);
    connect(StatisticalDetails::instance(), &StatisticalDetails::shownChanged, this,
            [this](bool shown) {
                const QSignalBlocker blocker(m_details);
                m_details->setChecked(shown);
                showStatisticalDetails(shown);
            });
    tableLayout->addWidget(m_details, 0, Qt::AlignRight);
    tableLayout->addWidget(m_view, 1);
    showStatisticalDetails(m_details->isChecked());
    m_splitter->addWidget(tableBox);
    m_splitter->setChildrenCollapsible(false);
    // A taller window gives the charts the room; the table keeps its rows' height.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_userSized = true; });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    if (m_exportScores) {
        auto *valueRow = new QHBoxLayout;
        valueRow->addWidget(m_value, 1);
        valueRow->addWidget(m_exportScores, 0, Qt::AlignTop);
        layout->addLayout(valueRow);
    } else {
        layout->addWidget(m_value);
    }
    layout->addWidget(m_cohorts);
    layout->addWidget(m_note);
    if (m_exportMessage)
        layout->addWidget(m_exportMessage);
    layout->addSpacing(4);
    layout->addWidget(m_splitter, 1);
    layout->addStretch(0); // takes the room when the splitter is hidden (data missing)
    retranslate();
}

MetricPane::~MetricPane() = default;

void MetricPane::createCharts()
{
    // The charts the report and `socialroi chart` draw for this group, and,
    // for the relationship, the retention it projects.
    const QList<ChartFactory::Kind> kinds = ChartFactory::kinds(m_groupId);
    const auto created = [this](ChartFactory::Kind kind) {
        CohortChart *chart = ChartFactory::createEmpty(m_groupId, kind).release();
        chart->setParent(this);
        return chart;
    };
    m_mainChart = created(ChartFactory::Kind::Main);
    if (kinds.contains(ChartFactory::Kind::Second))
        m_secondChart = created(ChartFactory::Kind::Second);
    if (m_groupId == QLatin1String("relationship"))
        m_projectionChart = new SurvivalChart(this);
    m_chartSplitter->addWidget(m_mainChart);
    if (m_secondChart)
        m_chartSplitter->addWidget(m_secondChart);
    if (m_projectionChart)
        m_chartSplitter->addWidget(m_projectionChart);
    if (kinds.contains(ChartFactory::Kind::Series)) {
        m_seriesChart = qobject_cast<MonthlySeriesChart *>(created(ChartFactory::Kind::Series));
        m_chartSplitter->addWidget(m_seriesChart);
    }
    // The main chart gets a little more room than the series beside it.
    for (int i = 0; i < m_chartSplitter->count(); ++i)
        m_chartSplitter->setStretchFactor(i, i == 0 ? 5 : 4);
    // The average order is one pair of bars: the projection gets its room.
    if (m_projectionChart)
        m_chartSplitter->setStretchFactor(1, 3);
    for (CohortChart *chart : charts())
        chart->setMinimumSize(280, 220);
}

void MetricPane::createModelCheckCharts()
{
    m_checkSplitter = new QSplitter(Qt::Horizontal, this);
    m_checkSplitter->setChildrenCollapsible(false);
    m_trackingChart = new RepeatTrackingChart(this);
    m_repeatCountChart = new RepeatCountChart(this);
    m_aliveChart = new RepeatCountChart(this);
    for (CohortChart *chart :
         std::initializer_list<CohortChart *> {m_trackingChart, m_repeatCountChart, m_aliveChart}) {
        chart->setMinimumSize(280, 220);
        m_checkSplitter->addWidget(chart);
    }
    m_checkSplitter->setStretchFactor(0, 5);
    m_checkSplitter->setStretchFactor(1, 4);
    m_checkSplitter->setStretchFactor(2, 4);
    m_chartTabs = new QTabWidget(this);
    m_chartTabs->setObjectName(QStringLiteral("RelationshipCharts"));
    m_chartTabs->setDocumentMode(true);
    m_chartTabs->addTab(m_chartSplitter, QString());
    m_chartTabs->addTab(m_checkSplitter, QString());

    m_exportScores = new QPushButton(this);
    m_exportScores->setObjectName(QStringLiteral("ExportScores"));
    connect(m_exportScores, &QPushButton::clicked, this, &MetricPane::exportScores);
    m_exportMessage = new QLabel(this);
    m_exportMessage->setWordWrap(true);
    m_exportMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportMessage->hide();
    connect(&m_exportWatcher, &QFutureWatcher<ScoresFile::Outcome>::finished, this,
            &MetricPane::onScoresExported);
}

QList<CohortChart *> MetricPane::charts() const
{
    QList<CohortChart *> list {m_mainChart};
    if (m_secondChart)
        list << m_secondChart;
    if (m_projectionChart)
        list << m_projectionChart;
    if (m_seriesChart)
        list << m_seriesChart;
    if (m_trackingChart)
        list << m_trackingChart << m_repeatCountChart << m_aliveChart;
    return list;
}

void MetricPane::setProject(const QString &projectPath)
{
    m_projectPath = projectPath;
}

QString MetricPane::exportMessageText() const
{
    return m_exportMessage ? m_exportMessage->text() : QString();
}

void MetricPane::exportScores()
{
    const QString xlsxFilter = ExportLocation::xlsxFilter();
    const QString directory
        = m_projectPath.isEmpty() ? QDir::homePath() : QFileInfo(m_projectPath).absolutePath();
    //: Default file name of the scored customer list
    const QString suggested
        = directory + QLatin1Char('/') + tr("customer-scores") + QStringLiteral(".csv");
    const CsvExportChoice::Answer answer = CsvExportChoice::askPath(
        this, tr("Export customer scores"), suggested, QStringList {xlsxFilter});
    if (answer.path.isEmpty())
        return;
    QString path = answer.path;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))
        path += answer.csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    exportScoresTo(path);
}

void MetricPane::exportScoresTo(const QString &path)
{
    if (!m_exportScores || m_exportWatcher.isRunning())
        return;
    if (m_projectPath.isEmpty() || !m_shown) {
        const QString message = tr("No project is open: there are no customer scores to export.");
        m_exportMessage->setText(message);
        m_exportMessage->show();
        Q_EMIT scoresExported(false, message);
        return;
    }
    m_exportPath = path;
    m_exportScores->setEnabled(false);
    m_exportMessage->setText(
        tr("Writing the customer scores to %1…").arg(QDir::toNativeSeparators(path)));
    m_exportMessage->show();
    // Copies of the inputs: the job reads the project through its own connections.
    const QString project = m_projectPath;
    const QDate asOf = m_shown->asOf;
    const CsvDialect dialect = CsvExportChoice::remembered();
    m_exportWatcher.setFuture(QtConcurrent::run([project, path, asOf, dialect] {
        return ScoresFile::write(project, path, asOf, dialect);
    }));
}

void MetricPane::onScoresExported()
{
    m_exportScores->setEnabled(true);
    const ScoresFile::Outcome outcome = m_exportWatcher.result();
    const QString message = outcome.written
        ? tr("Customer scores written to %1.").arg(QDir::toNativeSeparators(m_exportPath))
        : tr("The customer scores were not written: %1").arg(outcome.error);
    m_exportMessage->setText(message);
    Q_EMIT scoresExported(outcome.written, message);
}

MentionsChart *MetricPane::mentionsChart() const
{
    return qobject_cast<MentionsChart *>(m_secondChart);
}

void MetricPane::setResult(const std::shared_ptr<const MetricsResult> &result)
{
    m_result = result;
    if (isVisible())
        apply();
}

void MetricPane::clear()
{
    setResult(nullptr);
}

const MetricGroup *MetricPane::shownGroup() const
{
    return m_shown ? m_shown->group(m_groupId) : nullptr;
}

void MetricPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_result != m_shown)
        apply();
    else
        fitTable();
}

void MetricPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitTable();
}

void MetricPane::fitTable()
{
    if (m_userSized)
        return;
    const int total = m_splitter->height() - m_splitter->handleWidth();
    if (total <= 0)
        return;
    // Header, every row, the frame, and room for a horizontal scroll bar.
    const int rows = std::max(m_model->rowCount(), 3);
    const int wanted = m_view->horizontalHeader()->sizeHint().height()
        + rows * m_view->verticalHeader()->defaultSectionSize() + 2 * m_view->frameWidth()
        + m_view->horizontalScrollBar()->sizeHint().height();
    const int chartMinimum = m_chartTabs ? m_chartTabs->minimumSizeHint().height()
                                         : m_chartSplitter->minimumSizeHint().height();
    const int table = std::min(wanted, std::max(total - chartMinimum, total / 4));
    m_splitter->setSizes({total - table, table});
}

void MetricPane::apply()
{
    m_shown = m_result;
    const MetricGroup *group = shownGroup();
    if (!group) {
        m_model->clear();
        applyCharts(MetricGroup(), QString());
    } else {
        m_model->setGroup(*group, m_shown->roi.currency);
        applyCharts(*group, m_shown->roi.currency);
    }
    // Without its data the group's charts draw flat lines and its table
    // empty rows: the value line says what to import instead.
    m_splitter->setVisible(!group || group->missing == MissingData::None);
    retranslate();
    fitTable();
}

void MetricPane::applyProjection(const MetricGroup &group)
{
    // The observed retention from signup (the naive curves, which the
    // adjusted method keeps beside its own) under the sBG's projection.
    const MetricGroup *retention = m_shown ? m_shown->group(QStringLiteral("retention")) : nullptr;
    std::vector<CurvePoint> social;
    std::vector<CurvePoint> control;
    if (retention) {
        const bool adjusted
            = !retention->naiveSocialCurve.empty() || !retention->naiveControlCurve.empty();
        social = adjusted ? retention->naiveSocialCurve : retention->socialCurve;
        control = adjusted ? retention->naiveControlCurve : retention->controlCurve;
    }
    m_projectionChart->setCurves(social, control, SurvivalChart::Origin::Signup);
    const bool hasModels = group.models.size() == 2;
    m_projectionChart->setProjection(
        hasModels ? group.models[0].projectedRetention : std::vector<double>(),
        hasModels ? group.models[1].projectedRetention : std::vector<double>());
}

void MetricPane::applyModelChecks(const MetricGroup &group)
{
    // The same rendering as `socialroi chart` and the report.
    const QString currency = m_shown ? m_shown->roi.currency : QString();
    ChartFactory::fill(*m_trackingChart, group, ChartFactory::Kind::Tracking, currency);
    ChartFactory::fill(*m_repeatCountChart, group, ChartFactory::Kind::RepeatCounts, currency);
    ChartFactory::fill(*m_aliveChart, group, ChartFactory::Kind::Alive, currency);
}

void MetricPane::applyCharts(const MetricGroup &group, const QString &currency)
{
    // The same rendering as `socialroi chart`, the report and the slides.
    MetricGroup empty;
    empty.id = m_groupId;
    const MetricGroup &shown = group.id.isEmpty() ? empty : group;
    ChartFactory::fill(*m_mainChart, shown, ChartFactory::Kind::Main, currency);
    if (m_secondChart)
        ChartFactory::fill(*m_secondChart, shown, ChartFactory::Kind::Second, currency);
    if (m_seriesChart)
        ChartFactory::fill(*m_seriesChart, shown, ChartFactory::Kind::Series, currency);
    if (m_projectionChart)
        applyProjection(shown);
    if (m_trackingChart)
        applyModelChecks(shown);
}

QString MetricPane::titleText() const
{
    return metricGroupTitle(m_groupId);
}

QString MetricPane::noteText() const
{
    QString text = metricGroupNote(m_groupId);
    if (m_groupId == QLatin1String("relationship") && m_shown)
        text += QLatin1Char(' ') + RoiWording::lifetimeValueSentence(m_shown->roi);
    // Retention under the adjusted method: the estimate and the naive
    // comparison side by side, and why they differ.
    const MetricGroup *group = shownGroup();
    // A group without its data has no figures to set side by side.
    if (group && group->missing != MissingData::None)
        group = nullptr;
    const MetricRow *estimate = group ? group->row(QStringLiteral("retention_12m")) : nullptr;
    const MetricRow *naive = group ? group->row(QStringLiteral("naive_retention_12m")) : nullptr;
    if (estimate && naive && estimate->difference && naive->difference) {
        const auto points = [](const MetricRow &row) {
            return MetricFormat::difference(row.difference, row.unit, QString());
        };
        text += QLatin1Char(' ')
            + tr("Still a customer 12 months on: %1 estimated against similar customers the same "
                 "day, %2 in the naive comparison from signup. They differ because customers who "
                 "left early never had the chance to reach the social care team, and those who "
                 "choose "
                 "it differ from the others; only the first is an estimate of the effect.")
                  .arg(points(*estimate), points(*naive));
    }
    return text;
}

QString MetricPane::valueText() const
{
    return m_value->text();
}

QString MetricPane::cohortText() const
{
    return m_cohorts->text();
}

void MetricPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        retranslate();
        if (m_shown) {
            // Chart labels and axis titles come from here: set them again.
            if (const MetricGroup *group = shownGroup())
                applyCharts(*group, m_shown->roi.currency);
        }
    }
    QWidget::changeEvent(event);
}

void MetricPane::retranslateCharts()
{
    MetricGroup empty;
    empty.id = m_groupId;
    const MetricGroup *group = shownGroup();
    const MetricGroup &shown = group ? *group : empty;
    m_mainChart->setTitle(ChartFactory::title(shown, ChartFactory::Kind::Main));
    if (m_secondChart)
        m_secondChart->setTitle(ChartFactory::title(shown, ChartFactory::Kind::Second));
    if (m_projectionChart)
        //: Chart title: observed retention as solid lines, the sBG model's projection dashed
        m_projectionChart->setTitle(tr("Retention; dashes: sBG projection"));
    if (m_trackingChart) {
        m_chartTabs->setTabText(0, tr("Lifetime value"));
        m_chartTabs->setTabText(1, tr("Model checks (BG/NBD)"));
        m_exportScores->setText(tr("Export customer scores…"));
        m_exportScores->setToolTip(
            tr("Writes one row per customer with P(alive), expected orders, DERL and lifetime "
               "value, as socialroi scores does: CSV or Excel."));
    }
    if (m_seriesChart)
        m_seriesChart->setTitle(ChartFactory::title(shown, ChartFactory::Kind::Series));
}

// Statistics behind a choice: the columns a manager repeats come first.
void MetricPane::showStatisticalDetails(bool shown)
{
    m_view->setColumnHidden(int(MetricRowsModel::Column::PValue), !shown);
    m_view->setColumnHidden(int(MetricRowsModel::Column::Sizes), !shown);
    m_model->setStatisticalDetails(shown);
}

void MetricPane::retranslate()
{
    m_details->setText(tr("Statistical details"));
    m_details->setToolTip(tr("Show each row's p-value, the customers compared and the test "
                             "behind it; the report follows this choice."));
    m_title->setText(titleText());
    m_note->setText(noteText());
    const MetricGroup *group = shownGroup();
    if (!group) {
        m_value->setText(m_result ? QString() : MetricEngine::computingText());
        m_cohorts->clear();
    } else {
        m_value->setText(MetricWording::valueLine(*group, m_shown->roi));
        m_cohorts->setText(MetricWording::cohortLine(*m_shown));
    }
    retranslateCharts();
}
