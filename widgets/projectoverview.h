// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projectsummary.h"

#include <QWidget>

class QLabel;
class QFormLayout;

// The project's front page: what it holds and where its data came from.
class ProjectOverview : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectOverview(QWidget *parent = nullptr);

    void setSummary(const ProjectSummary &summary);
    void setLoading(const QString &projectPath);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ProjectSummary m_summary;
    bool m_loading = true;
    QLabel *m_title;
    QLabel *m_details;
};
