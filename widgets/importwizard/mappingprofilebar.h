// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "headermatcher.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Load a mapping saved in the project for this table, or name the mapping
// to save it with the import (in the same transaction as the data), so next
// month's file from the same team maps itself.
class MappingProfileBar : public QWidget
{
    Q_OBJECT

public:
    explicit MappingProfileBar(QWidget *parent = nullptr);

    // The saved mappings of this table; `error` when they could not be read.
    void setProfiles(const std::vector<FieldMapping> &profiles, const QString &error);
    void setLoading();
    void setSaveName(const QString &name);
    QString saveName() const;
    int profileCount() const { return int(m_profiles.size()); }
    // Loads the profile named `name`, as the Load button does; false when unknown.
    bool loadProfile(const QString &name);

Q_SIGNALS:
    void loadRequested(const FieldMapping &profile);
    void saveNameChanged(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateList();

    std::vector<FieldMapping> m_profiles;
    QString m_error;
    bool m_loading = false;
    QLabel *m_loadLabel;
    QComboBox *m_profileCombo;
    QPushButton *m_loadButton;
    QLabel *m_saveLabel;
    QLineEdit *m_saveEdit;
};
