// SPDX-License-Identifier: GPL-3.0-or-later
#include "rejectedrecordsmodel.h"

#include "csvdialect.h"
#include "sourceerror.h"

#include <QColor>
#include <QFont>
#include <QJsonArray>
#include <QLocale>

RejectedRecordsModel::RejectedRecordsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RejectedRecordsModel::setRejected(const ImportHistory::Rejected &rejected)
{
    beginResetModel();
    m_headers = rejected.headers;
    m_rows = rejected.rows;
    m_edited.clear();
    rebuildVisible();
    endResetModel();
}

void RejectedRecordsModel::setShowFixed(bool show)
{
    if (show == m_showFixed)
        return;
    beginResetModel();
    m_showFixed = show;
    rebuildVisible();
    endResetModel();
}

void RejectedRecordsModel::rebuildVisible()
{
    m_visible.clear();
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_showFixed || m_rows[i].fixedBy == 0)
            m_visible.append(int(i));
    }
}

QList<ImportHistory::RejectedRecord> RejectedRecordsModel::rowsToImport() const
{
    QList<ImportHistory::RejectedRecord> rows;
    for (const ImportHistory::RejectedRecord &row : m_rows) {
        if (row.whole && row.fixedBy == 0)
            rows.append(row);
    }
    return rows;
}

int RejectedRecordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int RejectedRecordsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstField + int(m_headers.size());
}

QVariant RejectedRecordsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_visible.size())
        return {};
    const ImportHistory::RejectedRecord &record = m_rows[m_visible[index.row()]];
    const int field = index.column() - FirstField;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == Line)
            return role == Qt::EditRole ? QVariant(record.line)
                                        : QVariant(QLocale().toString(record.line));
        if (index.column() == Problem) {
            if (record.fixedBy > 0)
                return tr("Fixed: imported again");
            return record.reason;
        }
        return record.fields.value(field);
    case Qt::ToolTipRole:
        if (index.column() == Problem)
            return record.reason;
        if (!record.whole)
            return tr("This row was too long to keep whole; fix it in the file and import the "
                      "file again.");
        return {};
    case Qt::FontRole:
        if (m_edited.contains(record.id)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        // The value the reason is about, where the row was stopped.
        if (record.fixedBy == 0 && field >= 0 && !record.columnName.isEmpty()
            && m_headers.value(field) == record.columnName)
            return QColor(255, 224, 224);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Line)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

bool RejectedRecordsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    ImportHistory::RejectedRecord &record = m_rows[m_visible[index.row()]];
    const int field = index.column() - FirstField;
    while (record.fields.size() <= field)
        record.fields.append(QString());
    const QString text = value.toString();
    if (record.fields[field] == text)
        return false;
    record.fields[field] = text;
    m_edited.insert(record.id);
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
    return true;
}

Qt::ItemFlags RejectedRecordsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_visible.size())
        return Qt::NoItemFlags;
    const ImportHistory::RejectedRecord &record = m_rows[m_visible[index.row()]];
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() >= FirstField && record.whole && record.fixedBy == 0)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant RejectedRecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return headerTexts().value(section);
}

QStringList RejectedRecordsModel::headerTexts() const
{
    QStringList texts {tr("Line"), tr("Problem")};
    for (qsizetype i = 0; i < m_headers.size(); ++i) {
        texts.append(m_headers[i].isEmpty() ? SourceError::unnamedColumn(i + 1) : m_headers[i]);
    }
    return texts;
}

QStringList RejectedRecordsModel::rowTexts(const ImportHistory::RejectedRecord &record) const
{
    QStringList texts {QString::number(record.line),
                       record.fixedBy > 0 ? tr("Fixed: imported again") : record.reason};
    for (qsizetype i = 0; i < m_headers.size(); ++i)
        texts.append(record.fields.value(i));
    return texts;
}

QByteArray RejectedRecordsModel::toCsv(const CsvDialect &dialect) const
{
    auto record = [&dialect](const QStringList &cells, bool firstIsNumber) {
        QStringList out;
        for (qsizetype i = 0; i < cells.size(); ++i)
            out.append(i == 0 && firstIsNumber ? cells[i] : dialect.text(cells[i]));
        return dialect.record(out);
    };
    QString text = record(headerTexts(), false);
    for (const int row : m_visible)
        text += record(rowTexts(m_rows[row]), true);
    return dialect.file(text);
}

QJsonObject RejectedRecordsModel::xlsxSpec() const
{
    QJsonArray cells;
    auto cell = [&cells](int row, int column, const QJsonValue &value, const char *type,
                         const char *format) {
        QJsonObject object {{QStringLiteral("row"), row},
                            {QStringLiteral("col"), column},
                            {QStringLiteral("type"), QLatin1String(type)},
                            {QStringLiteral("value"), value}};
        if (format)
            object.insert(QStringLiteral("format"), QLatin1String(format));
        cells.append(object);
    };
    const QStringList headers = headerTexts();
    for (qsizetype column = 0; column < headers.size(); ++column)
        cell(0, int(column), headers[column], "string", "header");
    int row = 1;
    for (const int index : m_visible) {
        const QStringList texts = rowTexts(m_rows[index]);
        cell(row, 0, double(m_rows[index].line), "number", nullptr);
        // The helper writes strings as strings: a raw "=1+1" stays text.
        for (qsizetype column = 1; column < texts.size(); ++column)
            cell(row, int(column), texts[column], "string", column == 1 ? "wrap" : nullptr);
        ++row;
    }
    const QJsonObject formats {
        {QStringLiteral("header"), QJsonObject {{QStringLiteral("bold"), true}}},
        {QStringLiteral("wrap"),
         QJsonObject {{QStringLiteral("text_wrap"), true},
                      {QStringLiteral("valign"), QStringLiteral("top")}}},
    };
    QJsonArray columns {
        QJsonObject {{QStringLiteral("first"), 0},
                     {QStringLiteral("last"), 0},
                     {QStringLiteral("width"), 8}},
        QJsonObject {{QStringLiteral("first"), 1},
                     {QStringLiteral("last"), 1},
                     {QStringLiteral("width"), 60}},
    };
    if (headers.size() > 2) {
        columns.append(QJsonObject {{QStringLiteral("first"), 2},
                                    {QStringLiteral("last"), int(headers.size()) - 1},
                                    {QStringLiteral("width"), 16}});
    }
    const QJsonObject sheet {
        {QStringLiteral("name"), tr("Rejected rows")},
        {QStringLiteral("columns"), columns},
        {QStringLiteral("cells"), cells},
        {QStringLiteral("freeze"),
         QJsonObject {{QStringLiteral("row"), 1}, {QStringLiteral("col"), 2}}},
    };
    return QJsonObject {
        {QStringLiteral("properties"),
         QJsonObject {{QStringLiteral("title"), tr("Rejected rows")}}},
        {QStringLiteral("formats"), formats},
        {QStringLiteral("sheets"), QJsonArray {sheet}},
    };
}
