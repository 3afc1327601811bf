// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include <memory>

class QTextBrowser;
struct ImportWizardState;

// Page 5 of the import wizard: the validation report. The importer has no
// dry run, so this is the preview's estimate, said to be one: rows of the
// first ones with a value that would be rejected (with line, column and
// reason), what goes where, which columns are kept as extra attributes, and
// what the import will do. Its Import button starts the import (a commit page:
// the import cannot be undone from the wizard).
class ImportReportPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportReportPage(std::shared_ptr<ImportWizardState> state, QWidget *parent = nullptr);

    QString reportText() const; // plain text, for tests
    void initializePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QString reportHtml() const;

    std::shared_ptr<ImportWizardState> m_state;
    QTextBrowser *m_report;
};
