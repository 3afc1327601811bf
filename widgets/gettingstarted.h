// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canonicalschema.h"
#include "projectsummary.h"

#include <QWidget>

#include <array>

class QLabel;
class QPushButton;

// The guided start of a project without data: a checklist of what to bring
// in, in order (customers, contacts, orders, then the assumptions), each
// step with what its file needs, a button that starts it, and a tick once
// the project's counts show it done. The window shows it instead of empty
// panes; it only asks (signals), the window opens the wizard or the editor.
class GettingStarted : public QWidget
{
    Q_OBJECT

public:
    enum class Step { Customers, Contacts, Orders, Assumptions };
    static constexpr int stepCount = 4;

    explicit GettingStarted(QWidget *parent = nullptr);

    void setSummary(const ProjectSummary &summary);
    bool isDone(Step step) const;
    // Every table step done: the checklist has nothing left to ask.
    bool isComplete() const;
    QPushButton *button(Step step) const { return m_rows[size_t(step)].button; }
    QString stepText(Step step) const; // the step's title and what it needs

Q_SIGNALS:
    void importRequested(CanonicalTable table);
    void assumptionsRequested();
    // A document of the user guide, by file name, e.g. "import-mappings.md".
    void documentRequested(const QString &document);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QLabel *mark = nullptr; // ticked or the step's number
        QLabel *title = nullptr;
        QLabel *needs = nullptr;
        QPushButton *button = nullptr;
    };
    void retranslate();
    QString needsText(Step step) const;

    ProjectSummary m_summary;
    QLabel *m_heading;
    QLabel *m_intro;
    QLabel *m_profiles;
    std::array<Row, stepCount> m_rows;
};
