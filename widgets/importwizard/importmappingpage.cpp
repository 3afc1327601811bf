// SPDX-License-Identifier: GPL-3.0-or-later
#include "importmappingpage.h"

#include "columnmappingeditor.h"
#include "dateorderquestion.h"
#include "derivationsbox.h"
#include "duplicatepolicybox.h"
#include "fieldlabels.h"
#include "importwizardstate.h"
#include "mappingprofilebar.h"
#include "savedmappings.h"
#include "wizardtext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

#include <utility>

namespace {

// A few values of each column from the preview, for the editor's samples.
QStringList samplesOf(const ImportPreview &preview)
{
    QStringList samples;
    for (int column = 0; column < preview.headers.size(); ++column) {
        QStringList values;
        for (const SourceRecord &record : preview.rows) {
            const QString value = record.fields.value(column).trimmed();
            if (value.isEmpty() || values.contains(value))
                continue;
            values.append(value.size() > 24 ? value.left(23) + QChar(0x2026) : value);
            if (values.size() == 3)
                break;
        }
        samples.append(values.join(QStringLiteral(" · ")));
    }
    return samples;
}

} // namespace

ImportMappingPage::ImportMappingPage(std::shared_ptr<ImportWizardState> state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(std::move(state))
    , m_profiles(new MappingProfileBar(this))
    , m_scroll(new QScrollArea(this))
    , m_editor(new ColumnMappingEditor)
    , m_missing(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_dateQuestion(new DateOrderQuestion(this))
    , m_duplicates(new DuplicatePolicyBox(this))
    , m_derivations(new DerivationsBox(this))
{
    m_scroll->setWidget(m_editor);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::StyledPanel);
    m_missing->setWordWrap(true);
    m_notice->setWordWrap(true);
    m_missing->hide();
    m_notice->hide();
    m_dateQuestion->hide();

    connect(m_editor, &ColumnMappingEditor::mappingChanged, this,
            &ImportMappingPage::mappingEdited);
    connect(m_editor, &ColumnMappingEditor::notice, this,
            [this](const QString &text) { WizardText::showNote(m_notice, text); });
    connect(m_profiles, &MappingProfileBar::loadRequested, this, &ImportMappingPage::applyProfile);
    connect(m_profiles, &MappingProfileBar::saveNameChanged, this,
            [this](const QString &name) { m_state->saveMappingAs = name; });
    connect(m_dateQuestion, &DateOrderQuestion::answered, this,
            [this](ValueParsers::DateOrder order) {
                m_state->dateOrder = order;
                updateChecks();
            });
    connect(m_duplicates, &DuplicatePolicyBox::policyChanged, this,
            [this](DuplicatePolicy policy) { m_state->duplicatePolicy = policy; });
    connect(m_derivations, &DerivationsBox::optionsChanged, this,
            [this](const DerivationOptions &options) {
                m_state->mapping.derivations = options;
                updateChecks();
            });

    // The columns take the height; the duplicate choice sits beside them and
    // the date question, when there is one, below.
    // The side column scrolls rather than squeezing its texts when the
    // derived values need the room.
    auto *sideWidget = new QWidget;
    auto *side = new QVBoxLayout(sideWidget);
    side->setContentsMargins(0, 0, 0, 0);
    side->addWidget(m_derivations);
    side->addWidget(m_duplicates);
    side->addStretch(1);
    auto *sideScroll = new QScrollArea(this);
    sideScroll->setWidget(sideWidget);
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sideScroll->setFixedWidth(290);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_scroll, 1);
    middle->addWidget(sideScroll);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_profiles);
    layout->addLayout(middle, 1);
    layout->addWidget(m_missing);
    layout->addWidget(m_notice);
    layout->addWidget(m_dateQuestion);
    retranslate();
}

void ImportMappingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ImportMappingPage::retranslate()
{
    setTitle(tr("Map the columns"));
    setSubTitle(tr("Choose the field each column of the file goes to. Columns without a field "
                   "are kept as extra attributes, usable as segments and filters."));
    if (isVisible() || !m_state->preview.headers.isEmpty())
        updateChecks();
}

void ImportMappingPage::initializePage()
{
    m_state->updateMapping();
    const ImportPreview &preview = m_state->preview;
    m_editor->setColumns(m_state->table, preview.headers, samplesOf(preview), m_state->matches);
    m_editor->setMapping(m_state->mapping,
                         m_state->loadedProfile.isEmpty() ? ColumnMappingEditor::Source::Automatic
                                                          : ColumnMappingEditor::Source::Profile);
    m_profiles->setSaveName(m_state->saveMappingAs);
    m_duplicates->setTable(m_state->table);
    m_duplicates->setPolicy(m_state->duplicatePolicy);
    m_derivations->setSource(m_state->filePath, m_state->preview);
    showDerivations();
    WizardText::showNote(m_notice, QString());
    loadProfiles();
    updateChecks();
}

void ImportMappingPage::loadProfiles()
{
    m_loadingProfiles = true;
    m_profiles->setLoading();
    const QString projectPath = m_state->projectPath;
    const CanonicalTable table = m_state->table;
    m_profilesJob.start<SavedMappings>(
        [projectPath, table](const JobTracker::StopCheck &) {
            return SavedMappings::load(projectPath, table);
        },
        [this](const SavedMappings &saved) {
            m_loadingProfiles = false;
            m_profiles->setProfiles(saved.profiles, saved.error);
            Q_EMIT profilesLoaded();
        });
}

void ImportMappingPage::applyProfile(const FieldMapping &profile)
{
    QStringList unmatched;
    const FieldMapping rebound = profile.rebind(m_state->preview.headers, &unmatched);
    m_state->setMapping(rebound);
    m_state->loadedProfile = profile.name;
    if (profile.dateOrder)
        m_state->dateOrder = profile.dateOrder;
    m_editor->setMapping(m_state->mapping, ColumnMappingEditor::Source::Profile);
    showDerivations();
    WizardText::showNote(m_notice,
                         unmatched.isEmpty()
                             ? tr("Loaded the mapping \"%1\".").arg(profile.name)
                             : tr("Loaded the mapping \"%1\"; its columns %2 are not in this file.")
                                   .arg(profile.name, WizardText::shortList(unmatched)));
    updateChecks();
}

void ImportMappingPage::mappingEdited()
{
    const FieldMapping edited = m_editor->mapping();
    FieldMapping mapping = m_state->mapping;
    mapping.columns = edited.columns;
    m_state->setMapping(mapping);
    showDerivations();
    WizardText::showNote(m_notice, QString());
    updateChecks();
}

// The box shows the mapping's derivations, completed with what the file
// suggests (a date in its name, order lines); the state takes what it shows.
void ImportMappingPage::showDerivations()
{
    m_derivations->setMapping(m_state->mapping);
    m_state->mapping.derivations = m_derivations->options();
}

void ImportMappingPage::updateChecks()
{
    QStringList missing;
    for (const QString &field : m_state->mapping.missingRequiredFields())
        missing.append(fieldLabel(field));
    WizardText::showProblem(m_missing,
                            missing.isEmpty()
                                ? QString()
                                : tr("Required fields without a column: %1. Choose the column "
                                     "that holds each.")
                                      .arg(QLocale().createSeparatedList(missing)));

    const PreviewValidation validation = m_state->validation();
    std::vector<PreviewValidation::Column> ambiguous;
    for (const PreviewValidation::Column &column : validation.columns()) {
        const bool isDate = column.field && column.field->type == FieldType::Date;
        if (column.needsDateOrder || (m_state->dateOrderRequired && isDate))
            ambiguous.push_back(column);
    }
    if (!ambiguous.empty() && !m_state->dateOrder) {
        // A default only when the file's other date columns already tell.
        m_state->dateOrder = validation.orderShownByOtherColumns();
    }
    m_dateQuestion->setQuestion(ambiguous, m_state->dateOrder);
    m_dateQuestion->setVisible(!ambiguous.empty());
    Q_EMIT completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    if (!m_state->mapping.missingRequiredFields().isEmpty())
        return false;
    return !m_state->needsDateOrder() || m_state->dateOrder.has_value();
}

bool ImportMappingPage::validatePage()
{
    return isComplete();
}
