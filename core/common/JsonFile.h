#pragma once

#include "common/Result.h"

#include <QJsonDocument>
#include <QString>

namespace passgate {

enum class JsonFileError
{
    Unreadable,
    Malformed
};

// Reads a whole JSON file; the reason names the file and, for malformed JSON, the byte offset.
Result<QJsonDocument, Error<JsonFileError>> readJsonFile(const QString &path);

} // namespace passgate
