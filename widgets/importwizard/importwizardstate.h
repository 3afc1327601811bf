// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "headermatcher.h"
#include "importpreview.h"
#include "importrequest.h"
#include "previewvalidation.h"

#include <QSet>
#include <QString>

#include <optional>
#include <vector>

// The import wizard's pages, in order; their ids in the QWizard.
enum class ImportPage { File, Sheet, Preview, Mapping, Report, Run };

// What the pages of the import wizard have read and decided, shared by them
// and owned by ImportWizard. Each page fills in its part; request() turns the
// whole into the importer's request. GUI thread only.
struct ImportWizardState
{
    QString projectPath;
    QString filePath;
    CanonicalTable table = CanonicalTable::Customers;
    bool tableChosenByUser = false; // then no longer guessed from the headers
    CsvFormat::Overrides csvFormat; // only what the user forced
    QString sheet; // workbook: the sheet chosen

    // The file's format, sheets and headers (pages File and Sheet; no rows).
    ImportPreview inspection;
    // The first rows and the sample, and what they were read with (page Preview).
    ImportPreview preview;
    ImportPreview::Request previewRequest;
    bool hasPreview = false;

    // The mapping of preview.headers to the table's fields (page Mapping),
    // and what automatic matching made of each column (the confidence shown).
    FieldMapping mapping;
    std::vector<HeaderMatch> matches;
    QString loadedProfile; // the saved mapping the user loaded, if any
    QString saveMappingAs;

    // The user's day/month answer for ambiguous date columns.
    std::optional<ValueParsers::DateOrder> dateOrder;
    // The importer found the whole file's dates ambiguous where the preview's
    // sample was not: ask anyway when the user comes back.
    bool dateOrderRequired = false;
    DuplicatePolicy duplicatePolicy = DuplicatePolicy::Skip;
    // The preview's customer ids the project has (page Report looks them up);
    // empty while not looked up, or when the project hashes its keys.
    std::optional<QSet<QString>> projectCustomers;

    // The preview request for the current file, sheet and format.
    ImportPreview::Request currentPreviewRequest() const;
    bool previewIsCurrent() const;

    // Sets the mapping to automatic matching when the table or the headers
    // changed since it was made; keeps the user's choices otherwise.
    void updateMapping();
    void setMapping(const FieldMapping &newMapping); // a loaded profile, rebound to the headers

    PreviewValidation validation() const;
    bool needsDateOrder() const; // the question must be answered before importing

    ImportRequest request() const;
};
