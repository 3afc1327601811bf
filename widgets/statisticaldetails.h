// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// Whether the metric tables show their statistics (the p-value and the
// customers compared) besides the columns a manager repeats: one choice for
// every pane, kept between sessions (QSettings), which the report follows.
// GUI thread only.
class StatisticalDetails : public QObject
{
    Q_OBJECT

public:
    static StatisticalDetails *instance();

    bool isShown() const { return m_shown; }
    void setShown(bool shown);

Q_SIGNALS:
    void shownChanged(bool shown);

private:
    StatisticalDetails();
    bool m_shown = false;
};
