// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

// Asks where to export a chart, in which format and at which size (presets for
// slides: 1280×720, 1920×1080, 3840×2160, or any size), and whether to export
// the whole chart (the default) or the current zoomed view. With a writer set,
// OK writes the file itself: a failure is shown in the dialog, which stays
// open with its settings; success closes it.
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
    // True when the user asked for the view as zoomed rather than the whole chart.
    bool currentViewOnly() const;
    // Offers the "current view only" choice (only a zoomed chart has one).
    void setZoomed(bool zoomed);
    // Writes the chosen file; returns a translated reason on failure, empty on success.
    using Writer = std::function<QString(const ChartExportDialog &dialog)>;
    void setWriter(Writer writer);
    // The failure shown in the dialog, empty when none.
    QString errorText() const;

    void accept() override;

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
    QCheckBox *m_currentView;
    class QLabel *m_error;
    Writer m_writer;
    class QLabel *m_presetLabel;
    class QLabel *m_sizeLabel;
    class QLabel *m_formatLabel;
    class QLabel *m_pathLabel;
    class QLabel *m_unitLabel;
    class QPushButton *m_browse;
    class QDialogButtonBox *m_buttons;
};
