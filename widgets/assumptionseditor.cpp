// SPDX-License-Identifier: GPL-3.0-or-later
#include "assumptionseditor.h"

#include "assumptionlabels.h"
#include "assumptionsmodel.h"
#include "backgroundtask.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// The earliest date the editors offer; choosing it means "from the data".
const QDate fromTheData(1990, 1, 1);

Assumptions::Unit unitOf(const QModelIndex &index)
{
    return Assumptions::Unit(index.data(int(AssumptionsModel::Role::Unit)).toInt());
}

// Stored as a fraction, edited as a percentage.
bool isPercent(Assumptions::Unit unit)
{
    return unit == Assumptions::Unit::Rate || unit == Assumptions::Unit::Share;
}

// An editor fitted to each unit: spin boxes that cannot go negative, a date
// picker whose first entry means "from the data", a three-letter code.
class AssumptionDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &index) const override
    {
        switch (unitOf(index)) {
        case Assumptions::Unit::Money:
        case Assumptions::Unit::MoneyPerHour:
        case Assumptions::Unit::MoneyPerMonth: {
            auto *editor = new QDoubleSpinBox(parent);
            editor->setRange(0, 1e10);
            editor->setDecimals(2);
            editor->setGroupSeparatorShown(true);
            return editor;
        }
        case Assumptions::Unit::Rate: {
            auto *editor = new QDoubleSpinBox(parent);
            editor->setRange(0, 99.9);
            editor->setDecimals(1);
            editor->setSuffix(QLocale().percent());
            return editor;
        }
        case Assumptions::Unit::Share: {
            // 0 % stands for "not set": a margin of nothing would claim no value at all.
            auto *editor = new QDoubleSpinBox(parent);
            editor->setRange(0, 100);
            editor->setDecimals(1);
            editor->setSuffix(QLocale().percent());
            editor->setSpecialValueText(AssumptionsEditor::tr("Not set"));
            return editor;
        }
        case Assumptions::Unit::Months:
        case Assumptions::Unit::Days: {
            auto *editor = new QSpinBox(parent);
            const bool months = unitOf(index) == Assumptions::Unit::Months;
            editor->setRange(1, months ? 120 : 730);
            return editor;
        }
        case Assumptions::Unit::Date: {
            auto *editor = new QDateEdit(parent);
            editor->setCalendarPopup(true);
            editor->setMinimumDate(fromTheData);
            editor->setSpecialValueText(index.data(Qt::DisplayRole).toString().isEmpty()
                                            ? QString()
                                            : AssumptionsEditor::tr("From the data"));
            return editor;
        }
        case Assumptions::Unit::Choice: {
            // Translated names, the stored text as the item's data.
            auto *editor = new QComboBox(parent);
            const auto key = index.data(int(AssumptionsModel::Role::Key)).toString().toLatin1();
            for (QLatin1String choice : Assumptions::choices(QLatin1String(key)))
                editor->addItem(AssumptionLabels::choiceLabel(QString(choice)), QString(choice));
            return editor;
        }
        case Assumptions::Unit::Currency: {
            auto *editor = new QLineEdit(parent);
            editor->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("[A-Za-z]{3}")), editor));
            return editor;
        }
        }
        return nullptr;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        const QString raw = index.data(Qt::EditRole).toString();
        if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
            spin->setValue(isPercent(unitOf(index)) ? raw.toDouble() * 100 : raw.toDouble());
        else if (auto *spin = qobject_cast<QSpinBox *>(editor))
            spin->setValue(raw.toInt());
        else if (auto *date = qobject_cast<QDateEdit *>(editor))
            date->setDate(raw.isEmpty() ? fromTheData : QDate::fromString(raw, Qt::ISODate));
        else if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->setText(raw);
        else if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentIndex(std::max(0, combo->findData(raw)));
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        QString text;
        if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
            if (unitOf(index) == Assumptions::Unit::Share && spin->value() <= 0)
                text = QString(); // not set
            else
                text = QString::number(
                    isPercent(unitOf(index)) ? spin->value() / 100 : spin->value(), 'g', 12);
        } else if (auto *spin = qobject_cast<QSpinBox *>(editor))
            text = QString::number(spin->value());
        else if (auto *date = qobject_cast<QDateEdit *>(editor))
            text = date->date() <= fromTheData ? QString() : date->date().toString(Qt::ISODate);
        else if (auto *line = qobject_cast<QLineEdit *>(editor))
            text = line->text();
        else if (auto *combo = qobject_cast<QComboBox *>(editor))
            text = combo->currentData().toString();
        model->setData(index, text);
    }
};

constexpr int retryMilliseconds = 2000;

} // namespace

AssumptionsEditor::AssumptionsEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new AssumptionsModel(this))
    , m_view(new QTableView(this))
    , m_intro(new QLabel(this))
    , m_message(new QLabel(this))
    , m_undoButton(new QToolButton(this))
    , m_redoButton(new QToolButton(this))
    , m_resetButton(new QPushButton(this))
    , m_savePool(new QThreadPool(this))
    , m_retry(new QTimer(this))
{
    m_savePool->setMaxThreadCount(1);
    m_retry->setSingleShot(true);
    m_retry->setInterval(retryMilliseconds);
    connect(m_retry, &QTimer::timeout, this, &AssumptionsEditor::load);
    m_intro->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->hide();

    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(AssumptionsModel::ValueColumn, new AssumptionDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(AssumptionsModel::NameColumn,
                                                     QHeaderView::Stretch);
    for (int column : {AssumptionsModel::ValueColumn, AssumptionsModel::UnitColumn,
                       AssumptionsModel::DefaultColumn})
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    QAction *undo = m_model->undoStack()->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redo = m_model->undoStack()->createRedoAction(this);
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    addAction(redo);
    m_undoButton->setDefaultAction(undo);
    m_redoButton->setDefaultAction(redo);
    m_undoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_redoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_resetButton, &QPushButton::clicked, this, &AssumptionsEditor::resetToDefaults);
    connect(m_model, &AssumptionsModel::assumptionsEdited, this, &AssumptionsEditor::save);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_undoButton);
    buttons->addWidget(m_redoButton);
    buttons->addStretch(1);
    buttons->addWidget(m_resetButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_intro);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    retranslate();
}

AssumptionsEditor::~AssumptionsEditor()
{
    // Let queued saves finish: they hold copies, not pointers into this widget.
    m_savePool->waitForDone();
}

void AssumptionsEditor::setProject(const QString &projectPath)
{
    m_projectPath = projectPath;
    m_retry->stop();
    setLoaded(false);
    m_message->hide();
    load();
}

QString AssumptionsEditor::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void AssumptionsEditor::setLoaded(bool loaded)
{
    m_loaded = loaded;
    m_view->setEnabled(loaded);
    m_resetButton->setEnabled(loaded);
}

void AssumptionsEditor::load()
{
    if (m_projectPath.isEmpty())
        return;
    m_loadJob.start<AssumptionsRead>(
        [projectPath = m_projectPath](const JobTracker::StopCheck &) {
            return Assumptions::readFile(projectPath);
        },
        [this](const AssumptionsRead &result) {
            if (result.assumptions) {
                m_model->setAssumptions(*result.assumptions);
                setLoaded(true);
                m_message->hide();
                return;
            }
            // Never defaults in the project's place: nothing can be edited, so
            // nothing can be saved, until the project's own figures are read.
            setLoaded(false);
            m_message->setText(
                result.busy ? tr(
                    "The project is busy (an import may be running): the assumptions will load "
                    "when it is free. Nothing is saved until then.")
                            : tr("The assumptions cannot be read: %1. They will load as soon as "
                                 "the project "
                                 "can be read; nothing is saved until then.")
                                  .arg(result.error));
            m_message->show();
            m_retry->start();
        });
}

void AssumptionsEditor::save(const Assumptions &assumptions)
{
    if (m_projectPath.isEmpty() || !m_loaded)
        return;
    const QString path = m_projectPath;
    const auto saving
        = runInBackground<QString>(m_savePool, [path, assumptions](QPromise<QString> &) {
              return assumptions.saveFile(path);
          });
    onResult(this, saving, [this](const QString &error) {
        if (error.isEmpty()) {
            m_message->hide();
            Q_EMIT assumptionsSaved();
            return;
        }
        m_message->setText(tr("The assumptions could not be saved: %1").arg(error));
        m_message->show();
        Q_EMIT saveFailed(error);
    });
}

void AssumptionsEditor::resetToDefaults()
{
    const Assumptions defaults = Assumptions::defaults();
    m_model->undoStack()->beginMacro(tr("Reset to defaults"));
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_model->setValueText(row, defaults.value(Assumptions::specs()[size_t(row)].key));
    m_model->undoStack()->endMacro();
}

void AssumptionsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AssumptionsEditor::retranslate()
{
    m_intro->setText(tr("These figures turn the measured differences into money. Double-click a "
                        "value to change it; the metrics and the ROI follow at once."));
    m_resetButton->setText(tr("Reset to Defaults"));
}
