// SPDX-License-Identifier: GPL-3.0-or-later
#include "derivationsbox.h"

#include "datetext.h"
#include "valueparsers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace {

// Rows of the preview whose derived values are shown.
constexpr int previewRows = 3;

bool isMapped(const FieldMapping &mapping, QStringView field)
{
    return mapping.columnOf(field) >= 0;
}

} // namespace

DerivationsBox::DerivationsBox(QWidget *parent)
    : QGroupBox(parent)
    , m_snapshot(new QCheckBox(this))
    , m_snapshotDate(new QDateEdit(this))
    , m_unitLabel(new QLabel(this))
    , m_unit(new QComboBox(this))
    , m_orderLines(new QCheckBox(this))
    , m_prefixLabel(new QLabel(this))
    , m_prefix(new QLineEdit(this))
    , m_create(new QCheckBox(this))
    , m_hashKeys(new QCheckBox(this))
    , m_derivedPreview(new QLabel(this))
{
    m_snapshotDate->setCalendarPopup(true);
    m_snapshotDate->setDisplayFormat(DateText::entryFormat(locale()));
    m_snapshotDate->setDate(QDate::currentDate());
    m_snapshotDate->setEnabled(false);
    m_unit->addItem(QString(), int(DerivationOptions::TenureUnit::Months));
    m_unit->addItem(QString(), int(DerivationOptions::TenureUnit::Days));
    m_prefix->setMaxLength(8);
    m_prefix->setFixedWidth(80);
    m_snapshot->setObjectName(QStringLiteral("snapshotCheck"));
    m_snapshotDate->setObjectName(QStringLiteral("snapshotDate"));
    m_orderLines->setObjectName(QStringLiteral("orderLinesCheck"));
    m_prefix->setObjectName(QStringLiteral("cancellationPrefix"));
    m_create->setObjectName(QStringLiteral("createCustomersCheck"));
    m_hashKeys->setObjectName(QStringLiteral("hashKeysCheck"));
    m_derivedPreview->setObjectName(QStringLiteral("derivedPreview"));
    for (QCheckBox *box : {m_snapshot, m_orderLines, m_create})
        box->setStyleSheet(QStringLiteral("QCheckBox { spacing: 6px; }"));
    m_derivedPreview->setWordWrap(true);
    m_derivedPreview->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(m_unitLabel, m_unit);
    form->addRow(m_prefixLabel, m_prefix);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_snapshot);
    layout->addWidget(m_snapshotDate);
    layout->addWidget(m_orderLines);
    layout->addLayout(form);
    layout->addWidget(m_create);
    layout->addWidget(m_hashKeys);
    layout->addWidget(m_derivedPreview);

    connect(m_snapshot, &QCheckBox::toggled, this, [this](bool on) {
        m_snapshotDate->setEnabled(on);
        emitChange();
    });
    connect(m_snapshotDate, &QDateEdit::dateChanged, this, [this] { emitChange(); });
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] { emitChange(); });
    connect(m_orderLines, &QCheckBox::toggled, this, [this] { emitChange(); });
    connect(m_prefix, &QLineEdit::textEdited, this, [this] { emitChange(); });
    connect(m_create, &QCheckBox::toggled, this, [this] { emitChange(); });
    connect(m_hashKeys, &QCheckBox::toggled, this, [this] { emitChange(); });
    retranslate();
    updateVisibility();
}

QDate DerivationsBox::dateInFileName(const QString &filePath)
{
    static const QRegularExpression pattern(
        QStringLiteral("(?<!\\d)(\\d{4})[-_.]?(\\d{2})[-_.]?(\\d{2})(?!\\d)"));
    const QRegularExpressionMatch match = pattern.match(QFileInfo(filePath).completeBaseName());
    if (!match.hasMatch())
        return {};
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    return date.isValid() && date.year() >= 1990 ? date : QDate();
}

void DerivationsBox::setSource(const QString &filePath, const ImportPreview &preview)
{
    m_preview = preview;
    m_fileDate = dateInFileName(filePath);
    updatePreview();
}

void DerivationsBox::setMapping(const FieldMapping &mapping)
{
    m_mapping = mapping;
    const DerivationOptions &options = mapping.derivations;
    const QSignalBlocker blockers[]
        = {QSignalBlocker(m_snapshot),   QSignalBlocker(m_snapshotDate), QSignalBlocker(m_unit),
           QSignalBlocker(m_orderLines), QSignalBlocker(m_prefix),       QSignalBlocker(m_create)};
    const bool needsSnapshot = isMapped(mapping, u"tenure") || isMapped(mapping, u"churned");
    m_snapshot->setChecked(options.snapshotDate.has_value() || needsSnapshot);
    m_snapshotDate->setEnabled(m_snapshot->isChecked());
    if (options.snapshotDate)
        m_snapshotDate->setDate(*options.snapshotDate);
    else if (m_fileDate.isValid())
        m_snapshotDate->setDate(m_fileDate);
    m_unit->setCurrentIndex(options.tenureUnitOrDefault() == DerivationOptions::TenureUnit::Days);
    // Lines with a quantity and a unit price are order lines unless said otherwise.
    m_orderLines->setChecked(options.orderLines.value_or(isMapped(mapping, u"quantity")
                                                         && isMapped(mapping, u"unit_price")
                                                         && !isMapped(mapping, u"amount")));
    if (options.cancellationPrefix) {
        m_prefix->setText(*options.cancellationPrefix);
    } else {
        // Propose "C" when order keys like "C536379" are in the first rows.
        static const QRegularExpression cancelled(QStringLiteral("^C\\d+$"));
        QString proposed;
        for (int row = 0; row < int(m_preview.rows.size()); ++row) {
            if (cancelled.match(firstValue(QStringLiteral("order_id"), row)).hasMatch())
                proposed = QStringLiteral("C");
        }
        m_prefix->setText(proposed);
    }
    m_create->setChecked(options.createsCustomers());
    m_hashKeys->setChecked(options.hashesCustomerKeys());
    updateVisibility();
    updatePreview();
}

DerivationOptions DerivationsBox::options() const
{
    DerivationOptions options = m_mapping.derivations;
    const QString table = m_mapping.table;
    options.snapshotDate.reset();
    if (table == QLatin1String("customers") && m_snapshot->isChecked())
        options.snapshotDate = m_snapshotDate->date();
    if (isMapped(m_mapping, u"tenure"))
        options.tenureUnit = DerivationOptions::TenureUnit(m_unit->currentData().toInt());
    if (table == QLatin1String("orders")) {
        options.orderLines = m_orderLines->isChecked();
        if (m_orderLines->isChecked())
            options.cancellationPrefix = m_prefix->text().trimmed();
    }
    if (table != QLatin1String("customers") && table != QLatin1String("improvements"))
        options.createCustomers = m_create->isChecked();
    if (table != QLatin1String("improvements"))
        options.hashCustomerKeys = m_hashKeys->isChecked();
    return options;
}

bool DerivationsBox::isRelevant() const
{
    return m_mapping.table != QLatin1String("improvements");
}

// The column's decimal separator as the preview decided it (the importer
// reads the column the same way), else the mapping's.
ValueParsers::DecimalSeparator DerivationsBox::separatorOf(const QString &field) const
{
    const int column = m_mapping.columnOf(field);
    if (column >= 0 && size_t(column) < m_preview.numbers.size())
        return m_mapping.decimalSeparator.value_or(
            m_preview.numbers[size_t(column)].decimalSeparator());
    return m_mapping.decimalSeparator.value_or(ValueParsers::DecimalSeparator::Point);
}

QString DerivationsBox::firstValue(const QString &field, int row) const
{
    const int column = m_mapping.columnOf(field);
    if (column < 0 || row >= int(m_preview.rows.size()))
        return QString();
    return m_preview.rows[size_t(row)].fields.value(column).trimmed();
}

void DerivationsBox::updateVisibility()
{
    const QString table = m_mapping.table;
    const bool customers = table == QLatin1String("customers");
    const bool orders = table == QLatin1String("orders");
    m_snapshot->setVisible(customers);
    m_snapshotDate->setVisible(customers);
    const bool tenure = customers && isMapped(m_mapping, u"tenure");
    m_unitLabel->setVisible(tenure);
    m_unit->setVisible(tenure);
    m_orderLines->setVisible(orders);
    m_prefixLabel->setVisible(orders && m_orderLines->isChecked());
    m_prefix->setVisible(orders && m_orderLines->isChecked());
    m_create->setVisible(!customers && table != QLatin1String("improvements"));
    m_hashKeys->setVisible(table != QLatin1String("improvements"));
    setVisible(isRelevant());
}

void DerivationsBox::updatePreview()
{
    QStringList lines;
    const DerivationOptions current = options();
    for (int row = 0; row < previewRows && row < int(m_preview.rows.size()); ++row) {
        if (m_mapping.table == QLatin1String("customers") && current.snapshotDate
            && !isMapped(m_mapping, u"signup_date") && isMapped(m_mapping, u"tenure")) {
            bool whole = false;
            const int tenure = firstValue(QStringLiteral("tenure"), row).toInt(&whole);
            if (!whole || tenure < 0)
                continue;
            const QDate signup
                = current.tenureUnitOrDefault() == DerivationOptions::TenureUnit::Days
                ? current.snapshotDate->addDays(-tenure)
                : current.snapshotDate->addMonths(-tenure);
            QString line
                = tr("tenure %1 → signup %2").arg(tenure).arg(DateText::medium(signup, locale()));
            if (isMapped(m_mapping, u"churned") && !isMapped(m_mapping, u"churn_date")) {
                ValueParsers::ValueProblem problem = ValueParsers::ValueProblem::None;
                const auto left = ValueParsers::parseBoolean(
                    firstValue(QStringLiteral("churned"), row), &problem);
                line += QLatin1String(", ")
                    + (left && *left
                           ? tr("left on %1").arg(DateText::medium(*current.snapshotDate, locale()))
                           : tr("still a customer"));
            }
            lines.append(line);
        } else if (m_mapping.table == QLatin1String("orders") && !isMapped(m_mapping, u"amount")
                   && isMapped(m_mapping, u"quantity") && isMapped(m_mapping, u"unit_price")) {
            const auto quantity
                = ValueParsers::parseNumber(firstValue(QStringLiteral("quantity"), row),
                                            separatorOf(QStringLiteral("quantity")));
            const auto price
                = ValueParsers::parseNumber(firstValue(QStringLiteral("unit_price"), row),
                                            separatorOf(QStringLiteral("unit_price")));
            if (!quantity || !price)
                continue;
            lines.append(tr("%1 × %2 → amount %3")
                             .arg(locale().toString(*quantity), locale().toString(*price),
                                  locale().toString(*quantity * *price, 'f', 2)));
        }
    }
    m_derivedPreview->setText(lines.isEmpty() ? QString()
                                              : tr("First rows, as they will be stored:")
                                      + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    m_derivedPreview->setVisible(!lines.isEmpty());
}

void DerivationsBox::emitChange()
{
    m_mapping.derivations = options();
    updateVisibility();
    updatePreview();
    Q_EMIT optionsChanged(m_mapping.derivations);
}

void DerivationsBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::LocaleChange)
        m_snapshotDate->setDisplayFormat(DateText::entryFormat(locale()));
    QGroupBox::changeEvent(event);
}

void DerivationsBox::retranslate()
{
    setTitle(tr("Derived values", "options: the values the import will derive"));
    m_snapshot->setText(tr("A snapshot extract, taken on:"));
    m_snapshot->setToolTip(tr("With a tenure column, the signup date is this day minus the "
                              "tenure; with a churn flag, the churn date is this day for "
                              "customers who left."));
    m_unitLabel->setText(tr("Tenure in:"));
    m_unit->setItemText(0, tr("months", "tenure unit, read as \"tenure in months\""));
    m_unit->setItemText(1, tr("days", "tenure unit, read as \"tenure in days\""));
    m_orderLines->setText(tr("Rows are order lines"));
    m_orderLines->setToolTip(tr("The lines with the same order key become one order: amounts "
                                "summed, cross-sell if any line is, products listed."));
    m_prefixLabel->setText(tr("Cancellations start with:"));
    m_prefix->setToolTip(tr("Order keys of cancellations, netted against their order (for "
                            "example C536379 against 536379)."));
    m_create->setText(tr("Create missing customers"));
    m_create->setToolTip(tr("They are marked implied and signed up on their first event in "
                            "this file. Without this, such rows are rejected."));
    m_hashKeys->setText(tr("Store customer keys as hashes"));
    m_hashKeys->setToolTip(tr("For keys your team must not keep, such as email addresses: "
                              "each key is stored as a salted hash, never as written. From "
                              "the first import of a project on, every import into it hashes "
                              "its keys the same way."));
    updatePreview();
}
