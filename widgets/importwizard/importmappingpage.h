// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobtracker.h"

#include <QWizardPage>

#include <memory>

class ColumnMappingEditor;
class DateOrderQuestion;
class DerivationsBox;
class DuplicatePolicyBox;
class MappingProfileBar;
class QLabel;
class QScrollArea;
struct FieldMapping;
struct ImportWizardState;

// Page 4 of the import wizard: which field each column of the file goes to
// (prefilled by HeaderMatcher, with its confidence), the required fields still
// missing, saved mappings to load and a name to save this one under, the
// day/month question when a date column is ambiguous, and what to do with
// duplicate keys.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportMappingPage(std::shared_ptr<ImportWizardState> state, QWidget *parent = nullptr);

    ColumnMappingEditor *editor() const { return m_editor; }
    MappingProfileBar *profileBar() const { return m_profiles; }
    DateOrderQuestion *dateQuestion() const { return m_dateQuestion; }
    DuplicatePolicyBox *duplicatePolicyBox() const { return m_duplicates; }
    DerivationsBox *derivationsBox() const { return m_derivations; }
    QLabel *missingFieldsLabel() const { return m_missing; }
    bool isLoadingProfiles() const { return m_loadingProfiles; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

Q_SIGNALS:
    void profilesLoaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadProfiles();
    void applyProfile(const FieldMapping &profile);
    void mappingEdited();
    void showDerivations();
    void updateChecks();

    std::shared_ptr<ImportWizardState> m_state;
    MappingProfileBar *m_profiles;
    QScrollArea *m_scroll;
    ColumnMappingEditor *m_editor;
    QLabel *m_missing;
    QLabel *m_notice;
    DateOrderQuestion *m_dateQuestion;
    DuplicatePolicyBox *m_duplicates;
    DerivationsBox *m_derivations;
    bool m_loadingProfiles = false;
    JobTracker m_profilesJob {this}; // the saved mapping profiles
};
