#include "common/JsonFile.h"
#include "common/BoundedRead.h"

#include <QFile>
#include <QJsonParseError>

namespace passgate {

Result<QJsonDocument, Error<JsonFileError>> readJsonFile(const QString &path)
{
    const Result<QByteArray, QString> bytes = readFileBounded(path, readLimit::jsonFile);
    if (!bytes)
        return fail(JsonFileError::Unreadable, bytes.error());
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(JsonFileError::Malformed, QStringLiteral("%1: not JSON at byte %2: %3")
                                                  .arg(path)
                                                  .arg(parseError.offset)
                                                  .arg(parseError.errorString()));
    return document;
}

} // namespace passgate
