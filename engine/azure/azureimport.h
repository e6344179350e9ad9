#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace slipway::azure {

// One part of an Azure classic release definition and what became of it (docs/azure-import.md).
struct MappingNote final {
    QString path;    // the JSON path in the Azure file, e.g. "environments[1].preDeployApprovals"
    QString message; // what it became, or why it was not mapped (English: the CLI and --json show it)
    bool mapped = false;
    const char *source = nullptr; // the message's template, context "Engine", for the window's language
    QStringList arguments;        // its %1, %2, … in order
};

// A mapped definition: a Slipway pipeline document (docs/pipeline-format.md) and the report of the mapping.
struct AzureImport final {
    QJsonObject pipeline;
    QList<MappingNote> notes;
    QStringList secretsNeedingValue; // secret variables the export carried without a value
};

// Whether the document is shaped like a release definition (it has `environments`, Slipway's has `stages`).
bool looksLikeAzureDefinition(const QJsonObject &document);
// Whether it is Slipway's own pipeline document (a `stages` list, no `environments`).
bool looksLikeSlipwayPipeline(const QJsonObject &document);

// A JSON object from the bytes of a file as Azure writes them: UTF-8 (with or without a byte-order mark) or UTF-16
// LE/BE with a byte-order mark. Refuses what is not a JSON object or nests deeper than maxJsonDepth.
Result<QJsonObject> readJsonText(const QByteArray &bytes);

// The Slipway pipeline for an Azure classic release definition (an exported file or the answer of
// `GET _apis/release/definitions/{id}`, string or numeric enums). What has no Slipway equivalent is a note with
// its path, never a failure; a document that is not a release definition is a validation error.
Result<AzureImport> mapAzureDefinition(const QJsonObject &definition);

} // namespace slipway::azure
