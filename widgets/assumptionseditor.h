// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobtracker.h"

#include <QWidget>

class AssumptionsModel;
class QLabel;
class QPushButton;
class QTableView;
class QThreadPool;
class QTimer;
class QToolButton;
struct Assumptions;

// Edits the project's assumptions: one row each, with units and an editor
// suited to the value (money, date, months, rate); undo and redo; reset to
// the defaults. Every change is stored in the project on a worker thread, in
// order, and announced with assumptionsSaved() so the metrics recompute.
// A project that cannot be read right now (busy, damaged) is a visible
// state: the table stays disabled, the reason is shown and the load is tried
// again; defaults are never shown in its place, so no later save can write
// them over the user's figures.
class AssumptionsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AssumptionsEditor(QWidget *parent = nullptr);
    ~AssumptionsEditor() override;

    void setProject(const QString &projectPath);
    AssumptionsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    bool isLoaded() const { return m_loaded; }
    QString messageText() const;

Q_SIGNALS:
    void assumptionsSaved();
    void saveFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void load();
    void setLoaded(bool loaded);
    void save(const Assumptions &assumptions);
    void resetToDefaults();

    QString m_projectPath;
    AssumptionsModel *m_model;
    QTableView *m_view;
    QLabel *m_intro;
    QLabel *m_message;
    QToolButton *m_undoButton;
    QToolButton *m_redoButton;
    QPushButton *m_resetButton;
    QThreadPool *m_savePool; // one thread: saves land in the order they were made
    QTimer *m_retry; // loads again while the project cannot be read
    JobTracker m_loadJob {this}; // reading the project's assumptions
    bool m_loaded = false; // the table holds the project's own assumptions
};
