// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projectsummary.h"

#include <QWidget>

class GettingStarted;
class QLabel;
class QFormLayout;

// The project's front page: what it holds and where its data came from,
// under the guided start's checklist while customers, contacts or orders
// are still missing.
class ProjectOverview : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectOverview(QWidget *parent = nullptr);

    void setSummary(const ProjectSummary &summary);
    void setLoading(const QString &projectPath);
    GettingStarted *gettingStarted() const { return m_gettingStarted; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ProjectSummary m_summary;
    bool m_loading = true;
    QLabel *m_title;
    QLabel *m_details;
    GettingStarted *m_gettingStarted;
};
