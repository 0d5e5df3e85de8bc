#pragma once

#include <QDate>
#include <QDateTime>
#include <QStringView>

#include <optional>

namespace passgate {

// ISO 8601 as pass issuers and test vectors really write it: "2021-05-24T18:40:00+02:00",
// "2021-07-02T07:44:21+0000", "2021-06-08T20:17:27.9906293Z" (any number of fraction digits,
// truncated to milliseconds). A missing offset means UTC. The result is always UTC.
std::optional<QDateTime> parseIsoDateTime(QStringView text);

// A calendar date "YYYY-MM-DD"; std::nullopt for anything else or an impossible date.
std::optional<QDate> parseIsoDate(QStringView text);

// UTC, seconds precision, "Z" suffix: the one format passgate writes.
QString formatIsoDateTime(const QDateTime &at);

} // namespace passgate
