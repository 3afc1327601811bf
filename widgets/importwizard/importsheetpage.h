// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include <memory>

class PreviewLoader;
class QLabel;
class QListWidget;
struct ImportPreview;
struct ImportWizardState;

// Page 2 of the import wizard, for workbooks only: the sheet to import. The
// columns of the selected sheet are read off the UI thread and listed, so a
// dashboard or pivot sheet is easy to tell from the data sheet.
class ImportSheetPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportSheetPage(std::shared_ptr<ImportWizardState> state, QWidget *parent = nullptr);

    // Selects the sheet named `sheet` (for tests and callers that know it).
    bool selectSheet(const QString &sheet);
    bool isLoading() const;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void sheetSelected();
    void showSheet(const ImportPreview &inspection);
    void updateTexts();

    std::shared_ptr<ImportWizardState> m_state;
    PreviewLoader *m_loader;
    QLabel *m_listLabel;
    QListWidget *m_sheets;
    QLabel *m_columns;
    QLabel *m_tableNote;
    bool m_matchesNoTable = false; // no column name of the sheet matches any field
};
