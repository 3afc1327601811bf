// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnmappingeditor.h"

#include "commontext.h"
#include "fieldlabels.h"
#include "wizardtext.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// A one-line label that ends in "…" when its column is too narrow, instead
// of pushing the drop-downs to the right or being cut mid-letter.
class ElidedLabel : public QLabel
{
public:
    using QLabel::QLabel;

    QSize minimumSizeHint() const override { return QSize(0, QLabel::minimumSizeHint().height()); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setPen(palette().color(foregroundRole()));
        const QRect area = contentsRect();
        painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter,
                         fontMetrics().elidedText(text(), Qt::ElideRight, area.width()));
    }
};

} // namespace

ColumnMappingEditor::ColumnMappingEditor(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
    , m_headerTitle(new QLabel(this))
    , m_fieldTitle(new QLabel(this))
    , m_confidenceTitle(new QLabel(this))
{
    QFont bold = font();
    bold.setBold(true);
    for (QLabel *title : {m_headerTitle, m_fieldTitle, m_confidenceTitle})
        title->setFont(bold);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(4);
    m_grid->addWidget(m_headerTitle, 0, 0);
    m_grid->addWidget(m_fieldTitle, 0, 1);
    m_grid->addWidget(m_confidenceTitle, 0, 2);
    m_grid->setColumnStretch(0, 3);
    m_grid->setColumnStretch(1, 2);
    m_grid->setColumnStretch(2, 2);
    retranslate();
}

void ColumnMappingEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ColumnMappingEditor::retranslate()
{
    m_headerTitle->setText(tr("Column in the file"));
    //: Title above the drop-downs: the field of the project a column goes to
    m_fieldTitle->setText(tr("Goes to"));
    //: Title above how sure the automatic matching of a column is
    m_confidenceTitle->setText(tr("Match"));
    for (const Row &row : m_rows) {
        const QString chosen = row.combo->currentData().toString();
        fillCombo(row.combo);
        row.combo->setCurrentIndex(std::max(0, row.combo->findData(chosen)));
    }
    for (int column = 0; column < columnCount(); ++column)
        updateConfidence(column);
}

void ColumnMappingEditor::fillCombo(QComboBox *combo) const
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("Keep as extra attribute"), QString());
    combo->setItemData(0,
                       tr("The values are kept with each row and can be used as segments and "
                          "filters."),
                       Qt::ToolTipRole);
    combo->insertSeparator(1);
    for (const FieldSpec &field : tableSpec(m_table).fields) {
        const QString label = fieldLabel(QString(field.name));
        //: A required field in the mapping drop-down
        combo->addItem(field.required ? tr("%1 (required)").arg(label) : label,
                       QString(field.name));
        combo->setItemData(combo->count() - 1,
                           CommonText::labelled(QString(field.name), fieldTypeName(field.type)),
                           Qt::ToolTipRole);
    }
}

void ColumnMappingEditor::setColumns(CanonicalTable table, const QStringList &headers,
                                     const QStringList &samples,
                                     const std::vector<HeaderMatch> &matches)
{
    for (const Row &row : m_rows) {
        delete row.cell;
        delete row.combo;
        delete row.confidence;
    }
    m_rows.clear();
    m_grid->setRowStretch(m_stretchRow, 0);
    m_table = table;
    m_headers = headers;
    m_matches = matches;
    for (int column = 0; column < headers.size(); ++column) {
        Row row;
        row.cell = new QWidget(this);
        row.header = new ElidedLabel(row.cell);
        row.header->setText(headers.at(column));
        row.header->setToolTip(headers.at(column));
        row.header->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        row.sample = new ElidedLabel(row.cell);
        row.sample->setText(samples.value(column));
        row.sample->setToolTip(samples.value(column));
        row.sample->setForegroundRole(QPalette::PlaceholderText);
        row.sample->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        row.combo = new QComboBox(this);
        row.combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        row.combo->setAccessibleName(tr("Field for column %1").arg(headers.at(column)));
        fillCombo(row.combo);
        row.confidence = new QLabel(this);
        auto *cell = new QVBoxLayout(row.cell);
        cell->setContentsMargins(0, 0, 0, 0);
        cell->setSpacing(0);
        cell->addWidget(row.header);
        cell->addWidget(row.sample);
        const int gridRow = column + 1;
        m_grid->addWidget(row.cell, gridRow, 0);
        m_grid->addWidget(row.combo, gridRow, 1);
        m_grid->addWidget(row.confidence, gridRow, 2);
        connect(row.combo, &QComboBox::activated, this, [this, column] { userChose(column); });
        m_rows.push_back(row);
    }
    m_stretchRow = int(headers.size()) + 1;
    m_grid->setRowStretch(m_stretchRow, 1);
}

void ColumnMappingEditor::setMapping(const FieldMapping &mapping, Source source)
{
    for (int column = 0; column < columnCount(); ++column) {
        Row &row = m_rows[size_t(column)];
        const QSignalBlocker blocker(row.combo);
        row.combo->setCurrentIndex(std::max(0, row.combo->findData(mapping.fieldOf(column))));
        row.source = source;
        updateConfidence(column);
    }
}

FieldMapping ColumnMappingEditor::mapping() const
{
    FieldMapping mapping;
    mapping.table = tableSpec(m_table).name;
    for (int column = 0; column < columnCount(); ++column)
        mapping.columns.push_back({column, m_headers.value(column), fieldOf(column)});
    return mapping;
}

QComboBox *ColumnMappingEditor::comboBox(int column) const
{
    return column >= 0 && column < columnCount() ? m_rows[size_t(column)].combo : nullptr;
}

void ColumnMappingEditor::choose(int column, const QString &field)
{
    QComboBox *combo = comboBox(column);
    if (!combo)
        return;
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(std::max(0, combo->findData(field)));
    userChose(column);
}

QString ColumnMappingEditor::fieldOf(int column) const
{
    return m_rows[size_t(column)].combo->currentData().toString();
}

void ColumnMappingEditor::userChose(int column)
{
    m_rows[size_t(column)].source = Source::User;
    updateConfidence(column);
    const QString field = fieldOf(column);
    if (!field.isEmpty()) {
        for (int other = 0; other < columnCount(); ++other) {
            if (other == column || fieldOf(other) != field)
                continue;
            Row &row = m_rows[size_t(other)];
            {
                const QSignalBlocker blocker(row.combo);
                row.combo->setCurrentIndex(0);
            }
            row.source = Source::User;
            updateConfidence(other);
            Q_EMIT notice(
                tr("%1 now comes from \"%2\"; \"%3\" is kept as an extra attribute.")
                    .arg(fieldLabel(field), m_headers.value(column), m_headers.value(other)));
        }
    }
    Q_EMIT mappingChanged();
}

void ColumnMappingEditor::updateConfidence(int column)
{
    Row &row = m_rows[size_t(column)];
    const QString field = fieldOf(column);
    QString text;
    QString color;
    if (row.source == Source::User) {
        text = WizardText::yourChoice();
    } else if (row.source == Source::Profile) {
        text = tr("from the saved mapping");
    } else if (size_t(column) < m_matches.size() && !m_matches[size_t(column)].field.isEmpty()
               && m_matches[size_t(column)].field == field) {
        const HeaderMatch &match = m_matches[size_t(column)];
        const QString percent = QLocale().toString(qRound(match.score * 100));
        switch (match.kind) {
        case HeaderMatch::Kind::Exact:
            text = tr("%1% · same name").arg(percent);
            break;
        case HeaderMatch::Kind::Joined:
            text = tr("%1% · same name, other spacing").arg(percent);
            break;
        case HeaderMatch::Kind::Contains:
            text = tr("%1% · contains the name").arg(percent);
            break;
        case HeaderMatch::Kind::Similar:
            text = tr("%1% · similar spelling, please check").arg(percent);
            break;
        case HeaderMatch::Kind::None:
            break;
        }
        color = match.score >= 0.9 ? QStringLiteral("#1b7a35") : QStringLiteral("#9a6700");
    } else if (field.isEmpty()) {
        text = tr("no field matched");
    }
    row.confidence->setText(text);
    row.confidence->setStyleSheet(color.isEmpty() ? QString()
                                                  : QStringLiteral("color: %1;").arg(color));
}
