// SPDX-License-Identifier: GPL-3.0-or-later
#include "importhistorypage.h"

#include "backgroundtask.h"
#include "commontext.h"
#include "fieldlabels.h"
#include "headermatcher.h"
#include "importhistorymodel.h"
#include "importundo.h"
#include "importwizard/wizardtext.h"
#include "rejectedrowsdialog.h"
#include "rowderivation.h"
#include "sqliteconnection.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

ImportHistoryPage::ImportHistoryPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new ImportHistoryModel(this))
    , m_details(new QLabel(this))
    , m_rejectedButton(new QPushButton(this))
    , m_undoButton(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_loadJob(this)
{
    setObjectName(QStringLiteral("ImportHistoryPage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("ImportHistoryView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(ImportHistoryModel::File,
                                                     QHeaderView::Stretch);
    m_view->setAlternatingRowColors(true);
    m_details->setObjectName(QStringLiteral("ImportDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rejectedButton->setObjectName(QStringLiteral("ShowRejectedRows"));
    m_undoButton->setObjectName(QStringLiteral("UndoImport"));
    m_message->setObjectName(QStringLiteral("ImportHistoryMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_rejectedButton);
    buttons->addWidget(m_undoButton);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    // The details of an import with many columns are long: they scroll, and
    // the list keeps room for a few imports.
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 6);
    auto *detailsArea = new QScrollArea(this);
    detailsArea->setWidget(m_details);
    detailsArea->setWidgetResizable(true);
    detailsArea->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_view, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(detailsArea, 3);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showDetails(); });
    connect(m_view, &QTableView::doubleClicked, this, &ImportHistoryPage::showRejectedRows);
    connect(m_rejectedButton, &QPushButton::clicked, this, &ImportHistoryPage::showRejectedRows);
    connect(m_undoButton, &QPushButton::clicked, this, &ImportHistoryPage::undoSelected);
    retranslate();
}

void ImportHistoryPage::setProject(const QString &projectPath)
{
    m_projectPath = projectPath;
    m_message->hide();
    m_model->setEntries({});
    reload();
}

void ImportHistoryPage::reload()
{
    if (m_projectPath.isEmpty())
        return;
    const QString path = m_projectPath;
    m_loadJob.start<std::pair<QList<ImportHistory::Entry>, QString>>(
        [path](const JobTracker::StopCheck &) {
            QString error;
            QList<ImportHistory::Entry> entries = ImportHistory::load(path, &error);
            return std::make_pair(entries, error);
        },
        [this](const std::pair<QList<ImportHistory::Entry>, QString> &loaded) {
            const qint64 selected
                = m_pendingSelection ? std::exchange(m_pendingSelection, 0) : selectedImport();
            m_model->setEntries(loaded.first);
            if (!loaded.second.isEmpty())
                showMessage(loaded.second, true);
            m_view->resizeColumnsToContents();
            m_view->horizontalHeader()->setSectionResizeMode(ImportHistoryModel::File,
                                                             QHeaderView::Stretch);
            const int row = std::max(0, m_model->rowOf(selected));
            if (m_model->rowCount() > 0)
                m_view->selectRow(row);
            showDetails();
            Q_EMIT historyLoaded(loaded.first);
        });
}

void ImportHistoryPage::selectImport(qint64 importId)
{
    const int row = m_model->rowOf(importId);
    if (row < 0) {
        m_pendingSelection = importId; // once the history is loaded
        return;
    }
    m_view->selectRow(row);
}

qint64 ImportHistoryPage::selectedImport() const
{
    const ImportHistory::Entry *entry = selectedEntry();
    return entry ? entry->id : 0;
}

const ImportHistory::Entry *ImportHistoryPage::selectedEntry() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.row() >= m_model->entries().size())
        return nullptr;
    return &m_model->entries()[current.row()];
}

QString ImportHistoryPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ImportHistoryPage::showMessage(const QString &text, bool problem)
{
    WizardText::show(m_message, text, problem);
}

void ImportHistoryPage::showDetails()
{
    const ImportHistory::Entry *entry = selectedEntry();
    m_rejectedButton->setEnabled(entry && entry->rowsRejected > 0 && !m_busy);
    m_undoButton->setEnabled(entry && entry->undoable && !m_busy);
    m_undoButton->setToolTip(entry && !entry->undoable
                                 ? tr("Imported by an earlier version, which kept no record of "
                                      "the rows: it cannot be undone.")
                                 : QString());
    if (!entry) {
        m_details->setText(m_model->rowCount() == 0
                               ? tr("Nothing was imported into this project yet. Use File > "
                                    "Import data… or drop a file on the window.")
                               : QString());
        return;
    }
    const QLocale locale;
    QString html = QStringLiteral("<p><b>%1</b><br>%2</p>")
                       .arg(ImportHistoryModel::title(*entry).toHtmlEscaped(),
                            tr("From %1 (%2), SHA-256 %3")
                                .arg(QDir::toNativeSeparators(entry->filePath).toHtmlEscaped(),
                                     locale.formattedDataSize(entry->fileSize),
                                     entry->sha256.left(16) + QStringLiteral("…")));
    QString mappingError;
    const std::optional<FieldMapping> mapping
        = FieldMapping::fromJson(entry->mappingJson.toUtf8(), &mappingError);
    if (mapping) {
        QStringList headers;
        QStringList lines;
        QStringList extras;
        for (const FieldMapping::Column &column : mapping->columns) {
            while (headers.size() <= column.index)
                headers.append(QString());
            headers[column.index] = column.header;
            const QString header = column.header.isEmpty()
                ? tr("column %1").arg(column.index + 1)
                : QStringLiteral("“%1”").arg(column.header);
            if (column.field.isEmpty())
                extras.append(header);
            else
                lines.append(WizardText::columnToField(header, fieldLabel(column.field)));
        }
        if (!extras.isEmpty())
            lines.append(
                tr("Kept as extra attributes: %1").arg(extras.join(CommonText::listSeparator())));
        for (QString &line : lines)
            line = line.toHtmlEscaped();
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(tr("How its columns were read"), lines.join(QStringLiteral("<br>")));
        const QStringList derived = RowDerivation::describe(*mapping, headers);
        if (!derived.isEmpty()) {
            QStringList escaped;
            for (const QString &line : derived)
                escaped.append(line.toHtmlEscaped());
            html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                        .arg(tr("Values derived"), escaped.join(QStringLiteral("<br>")));
        }
    }
    m_details->setText(html);
}

void ImportHistoryPage::showRejectedRows()
{
    const ImportHistory::Entry *entry = selectedEntry();
    if (!entry || entry->rowsRejected == 0)
        return;
    auto *dialog = new RejectedRowsDialog(m_projectPath, *entry, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RejectedRowsDialog::rowsImported, this, [this](qint64 newImport) {
        m_pendingSelection = newImport;
        reload();
        Q_EMIT projectChanged();
    });
    dialog->open();
}

void ImportHistoryPage::undoSelected()
{
    const ImportHistory::Entry *entry = selectedEntry();
    if (!entry || m_busy)
        return;
    const qint64 importId = entry->id;
    const QString path = m_projectPath;
    m_busy = true;
    showDetails();
    const auto future
        = runInBackground<ImportUndo::Outcome>([path, importId](QPromise<ImportUndo::Outcome> &) {
              try {
                  SqliteConnection connection;
                  connection.openOrThrow(path, SqliteConnection::Access::ReadOnly);
                  return ImportUndo::preview(connection, importId);
              } catch (const SqliteError &error) {
                  return ImportUndo::Outcome {false, 0, 0, error.message()};
              }
          });
    onResult(this, future, [this, importId](const ImportUndo::Outcome &preview) {
        m_busy = false;
        showDetails();
        if (!preview.ok) {
            showMessage(preview.message, true);
            Q_EMIT undoFinished(false);
            return;
        }
        QMessageBox question(QMessageBox::Question, tr("Undo this import"), preview.message,
                             QMessageBox::Cancel, this);
        question.setInformativeText(tr("Nothing else changes. The file itself is not touched: "
                                       "you can import it again later."));
        QPushButton *undo = question.addButton(tr("Undo import"), QMessageBox::DestructiveRole);
        question.setDefaultButton(QMessageBox::Cancel);
        question.exec();
        if (question.clickedButton() != undo) {
            Q_EMIT undoFinished(false);
            return;
        }
        runUndo(importId);
    });
}

void ImportHistoryPage::runUndo(qint64 importId)
{
    const QString path = m_projectPath;
    m_busy = true;
    showDetails();
    showMessage(tr("Undoing the import…"), false);
    const auto future
        = runInBackground<ImportUndo::Outcome>([path, importId](QPromise<ImportUndo::Outcome> &) {
              return ImportUndo::undoInProject(path, importId);
          });
    onResult(this, future, [this](const ImportUndo::Outcome &outcome) {
        m_busy = false;
        showMessage(outcome.message, !outcome.ok);
        reload();
        if (outcome.ok)
            Q_EMIT projectChanged();
        Q_EMIT undoFinished(outcome.ok);
    });
}

void ImportHistoryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showDetails();
    }
    QWidget::changeEvent(event);
}

void ImportHistoryPage::retranslate()
{
    m_title->setText(tr("Import history"));
    m_intro->setText(tr("Every file imported into this project, newest first. Select one to see "
                        "how it was read, to open its rejected rows (fix them and import them "
                        "again), or to undo it."));
    m_rejectedButton->setText(tr("&Rejected rows…"));
    m_undoButton->setText(tr("&Undo this import…"));
}
