// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterbar.h"

#include "commontext.h"
#include "fieldlabels.h"
#include "jobtracker.h"
#include "optionaldateedit.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_segmentLabel(new QLabel(this))
    , m_segment(new QComboBox(this))
    , m_fromLabel(new QLabel(this))
    , m_from(new OptionalDateEdit(this))
    , m_toLabel(new QLabel(this))
    , m_to(new OptionalDateEdit(this))
    , m_datePresets(new QToolButton(this))
    , m_datePresetsMenu(new QMenu(this))
    , m_asOfLabel(new QLabel(this))
    , m_asOf(new OptionalDateEdit(this))
    , m_methodLabel(new QLabel(this))
    , m_method(new QComboBox(this))
    , m_adjustForLabel(new QLabel(this))
    , m_adjustFor(new QPushButton(this))
    , m_adjustForMenu(new QMenu(this))
    , m_reset(new QPushButton(this))
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("FilterBar"));
    m_segment->setEditable(true);
    m_segment->setInsertPolicy(QComboBox::NoInsert);
    m_segment->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_segment->setMinimumContentsLength(18);
    m_segment->addItem(QString(), QString());
    m_segmentLabel->setBuddy(m_segment);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_asOfLabel->setBuddy(m_asOf);
    m_from->setAnchor(OptionalDateEdit::Anchor::First);
    m_to->setAnchor(OptionalDateEdit::Anchor::Last);
    m_asOf->setAnchor(OptionalDateEdit::Anchor::Last);
    m_datePresets->setObjectName(QStringLiteral("datePresets"));
    m_datePresets->setMenu(m_datePresetsMenu);
    m_datePresets->setPopupMode(QToolButton::InstantPopup);
    m_datePresets->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_method->addItem(QString(), int(EstimationMethod::Adjusted));
    m_method->addItem(QString(), int(EstimationMethod::Naive));
    m_methodLabel->setBuddy(m_method);
    m_method->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_adjustFor->setMenu(m_adjustForMenu);
    m_adjustForLabel->setBuddy(m_adjustFor);

    m_delay->setSingleShot(true);
    m_delay->setInterval(debounceMilliseconds);
    connect(m_delay, &QTimer::timeout, this, &FilterBar::emitIfChanged);
    connect(m_segment, &QComboBox::activated, this, &FilterBar::schedule);
    connect(m_segment->lineEdit(), &QLineEdit::editingFinished, this, &FilterBar::schedule);
    for (OptionalDateEdit *edit : {m_from, m_to, m_asOf})
        connect(edit, &OptionalDateEdit::valueChanged, this, &FilterBar::schedule);
    connect(m_reset, &QPushButton::clicked, this, &FilterBar::reset);
    connect(m_method, &QComboBox::activated, this, [this] {
        // Like-with-like attributes mean nothing to the naive comparison.
        const bool adjusted = m_method->currentData().toInt() == int(EstimationMethod::Adjusted);
        m_adjustFor->setEnabled(adjusted && !m_adjustForMenu->actions().isEmpty());
        schedule();
    });

    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(8, 4, 8, 4);
    rows->setSpacing(4);
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    rows->addLayout(layout);
    auto *comparison = new QHBoxLayout;
    comparison->setContentsMargins(0, 0, 0, 0);
    comparison->addWidget(m_methodLabel);
    comparison->addWidget(m_method);
    comparison->addSpacing(12);
    comparison->addWidget(m_adjustForLabel);
    comparison->addWidget(m_adjustFor);
    comparison->addStretch(1);
    rows->addLayout(comparison);
    layout->addWidget(m_segmentLabel);
    layout->addWidget(m_segment, 2);
    layout->addSpacing(12);
    layout->addWidget(m_fromLabel);
    layout->addWidget(m_from, 1);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_to, 1);
    layout->addWidget(m_datePresets);
    layout->addSpacing(12);
    layout->addWidget(m_asOfLabel);
    layout->addWidget(m_asOf, 1);
    layout->addSpacing(12);
    layout->addWidget(m_reset);
    layout->addStretch(0);
    retranslate();
}

namespace {
// How long a project that could not be read (an import holding it, say)
// waits before the segment choices are read again.
constexpr int choicesRetryMilliseconds = 2000;
} // namespace

void FilterBar::setProject(const QString &projectPath)
{
    m_projectPath = projectPath;
    m_hasChoices = false;
    m_choices = SegmentChoices();
    fillDatePresets();
    {
        const QSignalBlocker segmentBlocker(m_segment);
        m_segment->setCurrentIndex(0);
        m_segment->setEditText(m_segment->itemText(0));
        for (OptionalDateEdit *edit : {m_from, m_to, m_asOf}) {
            const QSignalBlocker blocker(edit);
            edit->setValue(QDate());
        }
    }
    fillSegments();
    m_method->setCurrentIndex(0);
    fillAdjustFor({});
    m_delay->stop();
    m_emitted = MetricFilters();
    loadChoices();
}

void FilterBar::reloadChoices()
{
    loadChoices();
}

void FilterBar::loadChoices()
{
    if (m_projectPath.isEmpty()) {
        m_choicesJob.cancel();
        return;
    }
    // The queries scan the customers table: off the UI thread, on their own connection.
    m_choicesJob.start<SegmentChoices>(
        [path = m_projectPath](const JobTracker::StopCheck &) {
            return SegmentChoices::load(path);
        },
        [this](const SegmentChoices &choices) {
            m_choices = choices;
            m_hasChoices = choices.error.isEmpty();
            fillSegments();
            fillAdjustFor(checkedAdjustFor());
            for (OptionalDateEdit *edit : {m_from, m_to, m_asOf})
                edit->setDataRange(choices.firstSignup, choices.lastSignup);
            fillDatePresets();
            // Not an empty list as if the project had no segments: the list
            // says it is not read yet, and the read is tried again.
            if (!m_hasChoices)
                QTimer::singleShot(choicesRetryMilliseconds, this, [this] { loadChoices(); });
            Q_EMIT choicesLoaded();
        });
}

MetricFilters FilterBar::filters() const
{
    MetricFilters filters;
    filters.segment = segmentText();
    filters.from = m_from->value();
    filters.to = m_to->value();
    filters.asOf = m_asOf->value();
    filters.method = EstimationMethod(m_method->currentData().toInt());
    if (filters.method == EstimationMethod::Adjusted)
        filters.adjustFor = checkedAdjustFor();
    return filters;
}

void FilterBar::setFilters(const MetricFilters &filters)
{
    {
        const QSignalBlocker segmentBlocker(m_segment);
        int index = -1;
        for (int i = 0; i < m_segment->count(); ++i) {
            if (m_segment->itemData(i).toString() == filters.segment
                && !m_segment->itemText(i).isEmpty()) {
                index = i;
                break;
            }
        }
        if (index >= 0) {
            m_segment->setCurrentIndex(index);
            m_segment->setEditText(m_segment->itemText(index));
        } else {
            m_segment->setEditText(filters.segment);
        }
        for (auto [edit, date] : {std::pair {m_from, filters.from}, std::pair {m_to, filters.to},
                                  std::pair {m_asOf, filters.asOf}}) {
            const QSignalBlocker blocker(edit);
            edit->setValue(date);
        }
        m_method->setCurrentIndex(std::max(0, m_method->findData(int(filters.method))));
        fillAdjustFor(filters.adjustFor);
    }
    schedule();
}

void FilterBar::reset()
{
    setFilters(MetricFilters());
}

QString FilterBar::segmentText() const
{
    const QString text = m_segment->currentText().trimmed();
    if (text.isEmpty())
        return QString();
    const int index = m_segment->findText(text, Qt::MatchFixedString | Qt::MatchCaseSensitive);
    return index >= 0 ? m_segment->itemData(index).toString() : text;
}

void FilterBar::schedule()
{
    m_delay->start();
}

void FilterBar::emitIfChanged()
{
    const MetricFilters current = filters();
    if (current == m_emitted)
        return;
    m_emitted = current;
    Q_EMIT filtersChanged(current);
}

void FilterBar::fillSegments()
{
    const QString current = segmentText();
    const QSignalBlocker blocker(m_segment);
    const QLocale locale;
    while (m_segment->count() > 1)
        m_segment->removeItem(m_segment->count() - 1);
    m_segment->setItemText(0, allCustomersLabel());
    m_segment->setItemData(0, tr("Every customer of the project"), Qt::ToolTipRole);
    const auto addChoices = [&](const std::vector<SegmentChoices::Choice> &choices) {
        if (choices.empty())
            return;
        if (m_segment->count() > 1)
            m_segment->insertSeparator(m_segment->count());
        for (const SegmentChoices::Choice &choice : choices) {
            // i18n: a filter choice and how many customers it holds.
            // "Region: France (120)"; the filter itself ("region=France") is the item's data.
            m_segment->addItem(CommonText::withAside(segmentLabel(choice.filter),
                                                     locale.toString(choice.customers)),
                               choice.filter);
        }
    };
    addChoices(m_choices.segments);
    addChoices(m_choices.attributes);
    if (!m_choices.error.isEmpty()) {
        m_segment->insertSeparator(m_segment->count());
        m_segment->addItem(tr("Segments not read yet: trying again…"));
        const int item = m_segment->count() - 1;
        m_segment->setItemData(item, m_choices.error, Qt::ToolTipRole);
        // Shown, not chosen: no filter value.
        if (auto *model = qobject_cast<QStandardItemModel *>(m_segment->model()))
            model->item(item)->setEnabled(false);
    }
    // Keep what was shown (or typed) before the list changed.
    for (int i = 0; i < m_segment->count(); ++i) {
        if (m_segment->itemData(i).toString() == current && !m_segment->itemText(i).isEmpty()) {
            m_segment->setCurrentIndex(i);
            m_segment->setEditText(m_segment->itemText(i));
            return;
        }
    }
    m_segment->setCurrentIndex(-1);
    m_segment->setEditText(current);
}

QStringList FilterBar::adjustForChoices() const
{
    QStringList names;
    for (const SegmentChoices::Choice &choice : m_choices.attributes) {
        const QString name = choice.filter.section(QLatin1Char('='), 0, 0);
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    return names;
}

QStringList FilterBar::checkedAdjustFor() const
{
    QStringList names;
    for (const QAction *action : m_adjustForMenu->actions()) {
        if (action->isChecked())
            names << action->data().toString();
    }
    return names;
}

void FilterBar::fillAdjustFor(const QStringList &checked)
{
    m_adjustForMenu->clear();
    QStringList names = adjustForChoices();
    // A choice asked for (a saved filter) stays even before the choices load.
    for (const QString &name : checked) {
        if (!names.contains(name))
            names << name;
    }
    for (const QString &name : std::as_const(names)) {
        QAction *action = m_adjustForMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(checked.contains(name));
        action->setData(name);
        connect(action, &QAction::toggled, this, [this] {
            updateAdjustForText();
            schedule();
        });
    }
    const bool adjusted = m_method->currentData().toInt() == int(EstimationMethod::Adjusted);
    m_adjustFor->setEnabled(adjusted && !names.isEmpty());
    updateAdjustForText();
}

void FilterBar::updateAdjustForText()
{
    const QStringList checked = checkedAdjustFor();
    m_adjustFor->setText(checked.isEmpty() ? tr("Nothing more")
                                           : checked.join(QLatin1String(", ")));
}

void FilterBar::fillDatePresets()
{
    m_datePresetsMenu->clear();
    const QDate first = m_choices.firstSignup;
    // The data's last day, else today: "the last 12 months" of the data.
    const QDate last = m_choices.lastSignup.isValid() ? m_choices.lastSignup : QDate::currentDate();
    const auto add = [this](const QString &text, const QString &name, const QDate &from,
                            const QDate &to) {
        QAction *action = m_datePresetsMenu->addAction(text);
        action->setObjectName(name);
        action->setData(QVariantList {from, to});
        connect(action, &QAction::triggered, this, [this, from, to] { applyDates(from, to); });
        return action;
    };
    add(tr("Last 12 months"), QStringLiteral("presetLast12Months"), last.addYears(-1).addDays(1),
        last)
        ->setToolTip(tr("The 12 months up to the latest signup in the data"));
    if (first.isValid()) {
        m_datePresetsMenu->addSeparator();
        for (int year = last.year(); year >= first.year(); --year) {
            add(QString::number(year), QStringLiteral("presetYear%1").arg(year), QDate(year, 1, 1),
                QDate(year, 12, 31));
        }
    }
    m_datePresetsMenu->addSeparator();
    QAction *launch = add(tr("Since programme launch"), QStringLiteral("presetSinceLaunch"),
                          m_choices.launch, QDate());
    launch->setEnabled(m_choices.launch.isValid());
    launch->setToolTip(m_choices.launch.isValid()
                           ? tr("From the launch date of the assumptions, else the first social "
                                "contact")
                           : tr("No launch date: set it in the assumptions or import social "
                                "contacts"));
    add(tr("All dates"), QStringLiteral("presetAllDates"), QDate(), QDate());
    m_datePresetsMenu->setToolTipsVisible(true);
}

void FilterBar::applyDates(const QDate &from, const QDate &to)
{
    for (auto [edit, date] : {std::pair {m_from, from}, std::pair {m_to, to}}) {
        const QSignalBlocker blocker(edit);
        edit->setValue(date);
    }
    schedule();
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FilterBar::retranslate()
{
    m_segmentLabel->setText(tr("&Segment:"));
    m_segment->setToolTip(tr("Only customers of one segment, or with one value of a customer "
                             "attribute: pick one, or type NAME=VALUE (for example "
                             "region=North) and press Enter."));
    m_segment->lineEdit()->setPlaceholderText(allCustomersLabel());
    m_fromLabel->setText(tr("Signed up &from:"));
    m_toLabel->setText(tr("&to:"));
    m_from->setEmptyText(tr("No limit"));
    m_to->setEmptyText(tr("No limit"));
    m_from->setDescription(tr("Only customers who signed up on or after this day"));
    m_to->setDescription(tr("Only customers who signed up on or before this day"));
    m_asOfLabel->setText(tr("&As of:"));
    m_asOf->setEmptyText(tr("Project default"));
    m_asOf->setDescription(tr("The day the metrics describe. By default the as-of date of the "
                              "assumptions, or else the latest date in the data."));
    m_datePresets->setText(tr("&Dates"));
    m_datePresets->setToolTip(tr("Signup dates at one click: the last 12 months, a calendar "
                                 "year, since the programme launch, or all dates"));
    fillDatePresets();
    m_methodLabel->setText(tr("&Compare with:"));
    m_method->setItemText(0, tr("Similar customers, same day (estimate)"));
    m_method->setItemData(
        0,
        tr("Each social customer from their first social contact against "
           "customers still with us that day who had not dealt with the social care "
           "team yet and resemble them: an estimate of what the team caused."),
        Qt::ToolTipRole);
    m_method->setItemText(1, tr("Everyone else, from signup (naive)"));
    m_method->setItemData(
        1,
        tr("Everyone ever in touch with the social care team against everyone else, "
           "from signup: a comparison, not an estimate of an effect."),
        Qt::ToolTipRole);
    m_adjustForLabel->setText(tr("Also &alike in:"));
    m_adjustFor->setToolTip(tr("Customer attributes of your files that the estimate should "
                               "compare like with like, on top of segment, tenure and revenue"));
    updateAdjustForText();
    m_reset->setText(tr("&Reset"));
    m_reset->setToolTip(tr("Show every customer, with no date limits"));
    fillSegments();
}
