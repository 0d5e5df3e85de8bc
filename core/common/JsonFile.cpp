#include "common/JsonFile.h"

#include <QFile>
#include <QJsonParseError>

namespace passgate {

Result<QJsonDocument, Error<JsonFileError>> readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(JsonFileError::Unreadable, QStringLiteral("%1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(JsonFileError::Malformed, QStringLiteral("%1: not JSON at byte %2: %3")
                                                  .arg(path)
                                                  .arg(parseError.offset)
                                                  .arg(parseError.errorString()));
    return document;
}

} // namespace passgate
