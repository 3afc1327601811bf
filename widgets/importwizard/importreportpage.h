// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobtracker.h"

#include <QSet>
#include <QWizardPage>

#include <memory>
#include <optional>

class QCheckBox;
class QTextBrowser;
struct ImportWizardState;

// Page 5 of the import wizard: the validation report. The importer has no
// dry run, so this is the preview's estimate, said to be one: rows of the
// first ones with a value that would be rejected (with line, column and
// reason), what goes where, which columns are kept as extra attributes, and
// what the import will do. Its Import button starts the import (a commit page:
// the import cannot be undone from the wizard). The preview's customer ids
// are looked up in the project first, so that rows naming customers it does
// not have count as rejected; when most rows would be, importing asks for an
// explicit confirmation.
class ImportReportPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportReportPage(std::shared_ptr<ImportWizardState> state, QWidget *parent = nullptr);

    QString reportText() const; // plain text, for tests
    void initializePage() override;
    bool isComplete() const override;
    bool isCheckingCustomers() const { return m_customersJob.isRunning(); }
    // Shown when most rows of the preview would be rejected: the import
    // starts only once the user ticks it.
    QCheckBox *confirmBox() const { return m_confirm; }

    // The preview's customer ids that the project at `projectPath` has;
    // nullopt when its keys are hashed (they cannot be looked up as written).
    static std::optional<QSet<QString>> projectCustomers(const QString &projectPath,
                                                         const QStringList &ids);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QString reportHtml() const;
    void showReport();
    bool mostRowsRejected() const;

    std::shared_ptr<ImportWizardState> m_state;
    QTextBrowser *m_report;
    QCheckBox *m_confirm;
    JobTracker m_customersJob {this};
};
