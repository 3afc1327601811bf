// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include <memory>

class PreviewLoader;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
struct ImportPreview;
struct ImportWizardState;

// Page 1 of the import wizard: the file, the target table (guessed from the
// headers: the table whose required fields they match best) and, for
// delimited text, the encoding, delimiter and header row as detected, each of
// which the user may change. The file is inspected off the UI thread.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    ImportFilePage(std::shared_ptr<ImportWizardState> state, QWidget *parent = nullptr);

    void setFilePath(const QString &filePath);
    bool isInspecting() const;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

Q_SIGNALS:
    // The file was read (successfully or not); `ok` when the wizard can go on.
    void inspected(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void browse();
    void inspect();
    void showInspection(const ImportPreview &inspection);
    void updateTexts();
    void chooseTable(int index);
    void chooseEncoding(int index);
    void chooseDelimiter(int index);
    void chooseHeader(bool hasHeader);

    std::shared_ptr<ImportWizardState> m_state;
    PreviewLoader *m_loader;
    QLabel *m_fileLabel;
    QLineEdit *m_pathEdit;
    QPushButton *m_browseButton;
    QLabel *m_status;
    QLabel *m_tableLabel;
    QComboBox *m_tableCombo;
    QLabel *m_tableHint;
    QGroupBox *m_formatBox;
    QLabel *m_encodingLabel;
    QComboBox *m_encodingCombo;
    QLabel *m_encodingSource;
    QLabel *m_delimiterLabel;
    QComboBox *m_delimiterCombo;
    QLabel *m_delimiterSource;
    QCheckBox *m_headerCheck;
    QLabel *m_headerSource;
    bool m_tableGuessed = false;
};
