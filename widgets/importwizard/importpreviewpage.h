// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include <memory>

class ImportPreviewModel;
class PreviewLoader;
class QLabel;
class QTableView;
struct ImportPreview;
struct ImportWizardState;

// Page 3 of the import wizard: the first rows of the file (or sheet) as
// written, each column headed by the field it is mapped to; cells the import
// would reject are soft red, with the reason as tooltip. The rows and a
// larger sample for the date and number formats are read off the UI thread.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportPreviewPage(std::shared_ptr<ImportWizardState> state, QWidget *parent = nullptr);

    ImportPreviewModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    bool isLoading() const;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

Q_SIGNALS:
    void previewLoaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showPreview(const ImportPreview &preview);
    void fitColumns();
    void updateTexts();

    std::shared_ptr<ImportWizardState> m_state;
    PreviewLoader *m_loader;
    ImportPreviewModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QLabel *m_legendSwatch;
    QLabel *m_legend;
};
