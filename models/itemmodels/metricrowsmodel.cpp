// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricrowsmodel.h"

#include "commontext.h"
#include "metricformat.h"
#include "metriclabels.h"
#include "metrictable.h"

namespace {

QVariant number(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

MetricRowsModel::MetricRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void MetricRowsModel::setGroup(const MetricGroup &group, const QString &currency)
{
    beginResetModel();
    m_group = group;
    m_currency = currency;
    endResetModel();
}

void MetricRowsModel::clear()
{
    setGroup(MetricGroup(), QString());
}

void MetricRowsModel::setLocale(const QLocale &locale)
{
    beginResetModel();
    m_locale = locale;
    endResetModel();
}

void MetricRowsModel::retranslate()
{
    // A new language comes with its number conventions (the default locale).
    m_locale = QLocale();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCountValue - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCountValue - 1));
}

void MetricRowsModel::setStatisticalDetails(bool shown)
{
    if (m_statisticalDetails == shown)
        return;
    m_statisticalDetails = shown;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::DisplayRole});
}

int MetricRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_group.rows.size());
}

int MetricRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columnCountValue;
}

QVariant MetricRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MetricRow &row = m_group.rows[size_t(index.row())];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::TextAlignmentRole:
        if (column == Column::Metric || column == Column::Warning)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case int(Role::SortValue):
        return sortValue(row, column);
    case int(Role::Warning):
        return row.warning;
    case int(Role::RowName):
        return row.name;
    case int(Role::Unit):
        return row.unit;
    default:
        return {};
    }
}

QVariant MetricRowsModel::display(const MetricRow &row, Column column) const
{
    return MetricTable::cell(row, column, m_currency, m_locale, m_statisticalDetails);
}

QVariant MetricRowsModel::sortValue(const MetricRow &row, Column column) const
{
    switch (column) {
    case Column::Metric:
        return metricRowLabel(row.name);
    case Column::Social:
        return number(row.social);
    case Column::Control:
        return number(row.control);
    case Column::Difference:
        return number(row.difference);
    case Column::Lift:
        return number(row.lift);
    case Column::Interval:
        return number(row.ciLow);
    case Column::PValue:
        return number(row.pValue);
    case Column::Sizes:
        return row.nSocial + row.nControl;
    case Column::Warning:
        return row.warning.isEmpty() ? 0 : 1;
    }
    return {};
}

QVariant MetricRowsModel::toolTip(const MetricRow &row, Column column) const
{
    const auto cohortTip
        = [&](const QString &cohort, const std::optional<double> &value,
              const std::optional<double> &low, const std::optional<double> &high, qint64 count) {
              QString text = CommonText::labelled(
                  cohort, MetricFormat::value(value, row.unit, m_currency, m_locale));
              if (low && high) {
                  text += QLatin1Char('\n')
                      + tr("95% interval: %1 – %2")
                            .arg(MetricFormat::value(low, row.unit, m_currency, m_locale),
                                 MetricFormat::value(high, row.unit, m_currency, m_locale));
              }
              if (count > 0)
                  text += QLatin1Char('\n') + tr("n = %1").arg(m_locale.toString(count));
              return text;
          };
    switch (column) {
    case Column::Metric:
        return CommonText::withAside(
            metricRowLabel(row.name),
            metricUnitLabel(row.unit, MetricFormat::currencySymbol(m_currency, m_locale))
                .toLower());
    case Column::Social:
        return cohortTip(MetricTable::cohortName(MetricTable::Column::Social), row.social,
                         row.socialLow, row.socialHigh, row.nSocial);
    case Column::Control:
        return cohortTip(MetricTable::cohortName(MetricTable::Column::Control), row.control,
                         row.controlLow, row.controlHigh, row.nControl);
    case Column::Difference:
    case Column::Lift:
        if (row.ratio) {
            QString text = tr("Rate ratio (social / control): %1")
                               .arg(m_locale.toString(*row.ratio, 'f', 3));
            if (row.ratioCiLow && row.ratioCiHigh) {
                text += QLatin1Char(' ')
                    + tr("(95% interval %1 – %2)")
                          .arg(m_locale.toString(*row.ratioCiLow, 'f', 3),
                               m_locale.toString(*row.ratioCiHigh, 'f', 3));
            }
            return text;
        }
        return {};
    case Column::PValue:
        if (row.statistic && !row.statisticName.isEmpty()) {
            // i18n: the test statistic, e.g. "z = 4.42".
            return tr("%1 = %2").arg(row.statisticName, m_locale.toString(*row.statistic, 'f', 2));
        }
        return {};
    case Column::Warning:
        return row.warning.isEmpty() ? QVariant() : QVariant(row.warning);
    case Column::Interval:
    case Column::Sizes:
        break;
    }
    return {};
}

QVariant MetricRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCountValue)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto column = Column(section);
    if (role == Qt::DisplayRole)
        return MetricTable::header(column);
    if (role == Qt::ToolTipRole) {
        const QString tip = MetricTable::headerToolTip(column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> MetricRowsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(int(Role::SortValue), "sortValue");
    names.insert(int(Role::Warning), "warning");
    names.insert(int(Role::RowName), "rowName");
    names.insert(int(Role::Unit), "unit");
    return names;
}
