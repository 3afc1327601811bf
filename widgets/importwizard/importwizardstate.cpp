// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizardstate.h"

namespace {

bool sameOverrides(const CsvFormat::Overrides &a, const CsvFormat::Overrides &b)
{
    return a.encoding == b.encoding && a.delimiter == b.delimiter && a.quote == b.quote
        && a.hasHeader == b.hasHeader;
}

QStringList headersOf(const FieldMapping &mapping)
{
    QStringList headers;
    for (const FieldMapping::Column &column : mapping.columns)
        headers.append(column.header);
    return headers;
}

} // namespace

ImportPreview::Request ImportWizardState::currentPreviewRequest() const
{
    ImportPreview::Request request;
    request.filePath = filePath;
    request.sheet = inspection.workbook ? sheet : QString();
    request.csvFormat = csvFormat;
    return request;
}

bool ImportWizardState::previewIsCurrent() const
{
    const ImportPreview::Request current = currentPreviewRequest();
    return hasPreview && previewRequest.filePath == current.filePath
        && previewRequest.sheet == current.sheet
        && sameOverrides(previewRequest.csvFormat, current.csvFormat);
}

void ImportWizardState::updateMapping()
{
    const QString tableName = tableSpec(table).name;
    const bool current = mapping.table == tableName && headersOf(mapping) == preview.headers
        && matches.size() == size_t(preview.headers.size());
    if (current)
        return;
    const HeaderMatchResult match = HeaderMatcher::match(preview.headers, table);
    matches = match.columns;
    mapping = match.mapping();
    loadedProfile.clear();
}

void ImportWizardState::setMapping(const FieldMapping &newMapping)
{
    mapping = newMapping;
    mapping.table = tableSpec(table).name;
}

PreviewValidation ImportWizardState::validation() const
{
    // Customers the import creates are no problem.
    const bool checkCustomers
        = projectCustomers.has_value() && !mapping.derivations.createsCustomers();
    return PreviewValidation::check(preview, mapping, dateOrder,
                                    checkCustomers ? &*projectCustomers : nullptr);
}

bool ImportWizardState::needsDateOrder() const
{
    return dateOrderRequired || validation().needsDateOrder();
}

ImportRequest ImportWizardState::request() const
{
    ImportRequest request;
    request.projectPath = projectPath;
    request.filePath = filePath;
    request.table = table;
    request.sheet = inspection.workbook ? preview.sheet : QString();
    request.csvFormat = csvFormat;
    request.mapping = mapping;
    request.duplicatePolicy = duplicatePolicy;
    // Only an answer to a question asked: the importer applies it to every
    // date column, overriding what the data shows.
    if (needsDateOrder())
        request.dateOrder = dateOrder;
    request.saveMappingAs = saveMappingAs.trimmed();
    return request;
}
