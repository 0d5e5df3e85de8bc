#pragma once

#include "support/TestPublisher.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace passgate::test {

// The publisher side of an EU gateway DSC list (German form), for tests, benchmarks and fuzz seeds:
// an entry for a certificate exactly as the gateway lists it, and a list signed the way its
// publisher signs it (line 1: base64 r||s over the trimmed JSON).
QJsonObject gatewayListEntry(const QByteArray &certificateDer, const QString &country = QStringLiteral("DE"));
QByteArray signedGatewayList(const QJsonArray &entries, const TestPublisher &listKey);

} // namespace passgate::test
