// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobtracker.h"
#include "metricresult.h"
#include "segmentchoices.h"

#include <QWidget>

class OptionalDateEdit;
class QComboBox;
class QLabel;
class QMenu;
class QPushButton;
class QTimer;
class QToolButton;

// The filters shared by every metric pane (SPEC section 6): a segment (a
// value of the segment column or "name=value" of an extra attribute, picked
// or typed), the signup date range, and the as-of date; on a second line, how
// the cohorts are compared (the adjusted estimate or the naive comparison,
// SPEC section 4a) and the extra attributes the estimate compares like with
// like. The choices load from the project in the background. Edits are debounced: filtersChanged() comes
// once the user paused, and only when the filters really changed.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int debounceMilliseconds = 300;

    explicit FilterBar(QWidget *parent = nullptr);

    // Loads the project's choices and clears the filters without emitting.
    void setProject(const QString &projectPath);
    // Reads the choices again (after an import), keeping the filters.
    void reloadChoices();
    MetricFilters filters() const;
    // Shows `filters`; emits (debounced) when they differ from the last emitted.
    void setFilters(const MetricFilters &filters);
    bool hasChoices() const { return m_hasChoices; }
    const SegmentChoices &choices() const { return m_choices; }

    QComboBox *segmentBox() const { return m_segment; }
    OptionalDateEdit *fromEdit() const { return m_from; }
    OptionalDateEdit *toEdit() const { return m_to; }
    OptionalDateEdit *asOfEdit() const { return m_asOf; }
    // The signup-date presets: the last 12 months of the data, each calendar
    // year of the data, since the programme launch, all dates.
    QToolButton *datePresetsButton() const { return m_datePresets; }
    QMenu *datePresetsMenu() const { return m_datePresetsMenu; }
    QComboBox *methodBox() const { return m_method; }
    QPushButton *adjustForButton() const { return m_adjustFor; }
    // The attribute names offered to compare like with like.
    QStringList adjustForChoices() const;

public Q_SLOTS:
    void reset(); // every filter off; emits (debounced) when that changes them

Q_SIGNALS:
    void filtersChanged(const MetricFilters &filters);
    void choicesLoaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillSegments();
    void schedule();
    void emitIfChanged();
    QString segmentText() const;
    void loadChoices();
    void fillAdjustFor(const QStringList &checked);
    QStringList checkedAdjustFor() const;
    void updateAdjustForText();
    void fillDatePresets();
    void applyDates(const QDate &from, const QDate &to);

    QLabel *m_segmentLabel;
    QComboBox *m_segment;
    QLabel *m_fromLabel;
    OptionalDateEdit *m_from;
    QLabel *m_toLabel;
    OptionalDateEdit *m_to;
    QToolButton *m_datePresets;
    QMenu *m_datePresetsMenu;
    QLabel *m_asOfLabel;
    OptionalDateEdit *m_asOf;
    QLabel *m_methodLabel;
    QComboBox *m_method;
    QLabel *m_adjustForLabel;
    QPushButton *m_adjustFor;
    QMenu *m_adjustForMenu;
    QPushButton *m_reset;
    QTimer *m_delay;
    QString m_projectPath;
    SegmentChoices m_choices;
    bool m_hasChoices = false;
    MetricFilters m_emitted;
    JobTracker m_choicesJob {this}; // the segment and attribute choices
};
