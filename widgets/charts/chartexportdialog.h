// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

// Asks where to export a chart, in which format and at which size (presets for
// slides: 1280×720, 1920×1080, 3840×2160, or any size).
class ChartExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format { Png, Svg, Pdf };

    explicit ChartExportDialog(const QString &suggestedPath, QWidget *parent = nullptr);

    QString path() const;
    int exportWidth() const;
    int exportHeight() const;
    Format format() const;

    static QString suffix(Format format);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyPreset(int index);
    void syncPreset();
    void syncSuffix();
    void browse();

    QComboBox *m_preset;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_format;
    QLineEdit *m_path;
    class QLabel *m_presetLabel;
    class QLabel *m_sizeLabel;
    class QLabel *m_formatLabel;
    class QLabel *m_pathLabel;
    class QLabel *m_unitLabel;
    class QPushButton *m_browse;
    class QDialogButtonBox *m_buttons;
};
