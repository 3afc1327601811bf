// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablebrowsermodel.h"

#include "backgroundtask.h"
#include "canonicalschema.h"
#include "datetext.h"
#include "fieldlabels.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QLocale>

namespace {

QString readError(const QString &path, const SqliteError &error)
{
    return QCoreApplication::translate("TableBrowserModel", "%1: the rows could not be read (%2).")
        .arg(QDir::toNativeSeparators(path), error.message());
}

} // namespace

struct TableBrowserModel::Chunk
{
    std::shared_ptr<TableCursor> cursor;
    std::vector<BrowserRow> rows;
    bool atEnd = false;
    QString error;
};

TableBrowserModel::TableBrowserModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

TableBrowserModel::~TableBrowserModel() = default;

void TableBrowserModel::setProject(const QString &projectPath)
{
    m_projectPath = projectPath;
    restart();
}

void TableBrowserModel::setTable(const QString &table)
{
    if (table == m_query.table)
        return;
    m_query = TableQuery {table, QString(), -1, Qt::AscendingOrder};
    restart();
}

void TableBrowserModel::setFilterText(const QString &text)
{
    if (text == m_query.filterText)
        return;
    m_query.filterText = text;
    restart();
}

void TableBrowserModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_query.sortColumn && order == m_query.sortOrder)
        return;
    m_query.sortColumn = column;
    m_query.sortOrder = order;
    restart();
}

void TableBrowserModel::reload()
{
    restart();
}

void TableBrowserModel::restart()
{
    beginResetModel();
    // Answers to the query the user has just replaced are dropped.
    m_countJob.cancel();
    m_chunkJob.cancel();
    m_rows.clear();
    m_cursor.reset();
    m_loading = false;
    m_atEnd = true;
    const TableSpec *spec = tableSpecByName(m_query.table);
    m_columns.clear();
    m_fieldTypes.clear();
    if (spec) {
        for (const FieldSpec *field : spec->storedColumns()) {
            m_columns << QString(field->name);
            m_fieldTypes.push_back(int(field->type));
        }
    }
    endResetModel();

    if (!spec || m_projectPath.isEmpty())
        return;
    m_atEnd = false;
    m_totalRowCount = -1;
    Q_EMIT totalRowCountChanged(-1);
    const QString path = m_projectPath;
    const TableQuery query = m_query;
    using Count = std::pair<qint64, QString>; // the count, or -1 and why
    m_countJob.start<Count>(
        [path, query](const JobTracker::StopCheck &) {
            try {
                return Count {TableCursor::count(path, query), QString()};
            } catch (const SqliteError &error) {
                return Count {-1, readError(path, error)};
            }
        },
        [this](const Count &answer) {
            if (answer.first < 0) {
                Q_EMIT loadFailed(answer.second);
                return;
            }
            const qint64 count = answer.first;
            m_totalRowCount = count;
            Q_EMIT totalRowCountChanged(count);
        });
    requestChunk();
}

void TableBrowserModel::requestChunk()
{
    if (m_loading || m_atEnd)
        return;
    m_loading = true;
    const QString path = m_projectPath;
    const TableQuery query = m_query;
    std::shared_ptr<TableCursor> cursor = m_cursor;
    m_chunkJob.start<Chunk>(
        [path, query, cursor](const JobTracker::StopCheck &) mutable {
            Chunk chunk;
            try {
                if (!cursor)
                    cursor = std::make_shared<TableCursor>(path, query);
                chunk.rows = cursor->fetch(chunkSize);
                chunk.atEnd = cursor->atEnd();
            } catch (const SqliteError &error) {
                chunk.error = readError(path, error);
                chunk.atEnd = true;
            }
            chunk.cursor = std::move(cursor);
            return chunk;
        },
        [this](Chunk chunk) {
            m_cursor = std::move(chunk.cursor);
            if (!chunk.rows.empty()) {
                // Still "loading" while views react to the insertion, so a view
                // asking for more meanwhile cannot start a second fetch on the
                // same cursor.
                const int first = int(m_rows.size());
                beginInsertRows(QModelIndex(), first, first + int(chunk.rows.size()) - 1);
                std::move(chunk.rows.begin(), chunk.rows.end(), std::back_inserter(m_rows));
                endInsertRows();
            }
            m_loading = false;
            m_atEnd = chunk.atEnd;
            if (!chunk.error.isEmpty())
                Q_EMIT loadFailed(chunk.error);
            Q_EMIT chunkLoaded();
        });
}

int TableBrowserModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TableBrowserModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

bool TableBrowserModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void TableBrowserModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        requestChunk();
}

QVariant TableBrowserModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QVariant &value = m_rows[size_t(index.row())][index.column()];
    const auto type = FieldType(m_fieldTypes[size_t(index.column())]);
    switch (role) {
    case Qt::DisplayRole: {
        if (value.isNull())
            return {};
        const QLocale locale;
        switch (type) {
        case FieldType::Boolean:
            return value.toLongLong() ? tr("Yes") : tr("No");
        case FieldType::Money:
            return locale.toString(value.toDouble(), 'f', 2);
        case FieldType::Number:
            return locale.toString(value.toDouble(), 'g', 10);
        case FieldType::Integer:
            return locale.toString(value.toLongLong());
        case FieldType::Date: {
            const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
            return date.isValid() ? DateText::medium(date, locale) : value;
        }
        case FieldType::Text:
        case FieldType::Enumeration:
            break;
        }
        return value;
    }
    case Qt::TextAlignmentRole: {
        const bool numeric
            = type == FieldType::Money || type == FieldType::Number || type == FieldType::Integer;
        return QVariant::fromValue(
            Qt::Alignment((numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    case Qt::ToolTipRole:
    case int(Role::SortValue):
        return value;
    default:
        return {};
    }
}

QVariant TableBrowserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return fieldLabel(m_columns[section]);
    if (role == Qt::ToolTipRole)
        return m_columns[section];
    return {};
}
