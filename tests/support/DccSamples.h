#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>

namespace passgate::test {

// Valid EU DCC payloads (schema 1.3.0) to start a test from; change a field to make the case.
namespace DccSamples {

// Second of two Comirnaty doses on `date`, issued in Germany.
QJsonObject vaccination(QDate date = QDate(2021, 11, 20), int dose = 2, int series = 2);
// A negative PCR test sampled at `sampleTime`.
QJsonObject pcrTest(QDateTime sampleTime = QDateTime(QDate(2021, 12, 13), QTime(9, 30), QTimeZone::utc()));
// A negative rapid antigen test (device 1232, Abbott Panbio).
QJsonObject rapidTest(QDateTime sampleTime = QDateTime(QDate(2021, 12, 13), QTime(9, 30), QTimeZone::utc()));
// Recovery: first positive on `firstPositive`, valid from 11 days later for 180 days.
QJsonObject recovery(QDate firstPositive = QDate(2021, 10, 1));

// `payload` with `value` set at a path like "v/0/ma" or "nam/fnt" (an index equal to the array's size
// appends); QJsonValue::Undefined removes the member.
QJsonObject with(const QJsonObject &payload, const QString &path, const QJsonValue &value);

} // namespace DccSamples

} // namespace passgate::test
