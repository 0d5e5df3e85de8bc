#pragma once

#include "cli/ConformanceSuite.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace passgate::cli {

// One example file of a format's public example set and what a verifier must do with it, as the
// set's README states it: the table each suite holds is the expectation, the README only its source.
struct PassFileExpectation
{
    QString file; // relative to the example folder
    // Every outcome that holds the README's row: "verify", "staff-check" (genuine, but its data
    // sends it to a person), "no-qr-code" (the picture yields no code), or error code names
    // ("signature-invalid"). Several where the README allows a choice ("refuse or verify").
    QStringList outcomes;
    QString detail; // for "verify": what the decoded pass must also show ("doses 2"); empty = nothing
};

// What passgate did with one file.
struct PassFileObservation
{
    QString outcome; // as in PassFileExpectation::outcomes
    QString stage;   // the refusing stage's name, for the report
    QString detail;  // for a verified pass, the same form as PassFileExpectation::detail
    QString reason;  // the sentence behind a refusal
};

// Runs `observe` on every file of `table` under `dir` and reports one line per mismatch, then
// "N passed, M failed". A file in the table that is missing, and a file in the folder that neither
// the table nor `notCases` (trust material, licences, documentation) names, are mismatches too: an
// example set that grew is noticed, not silently half-run.
int runPassFileSuite(const QString &dir, const QList<PassFileExpectation> &table, const QStringList &notCases,
                     const std::function<PassFileObservation(const QString &path)> &observe,
                     QTextStream &out);

// Reads the QR codes of a picture (PNG, JPEG) as the CLI's verify does; empty when none is found.
QStringList qrTextsOfPicture(const QString &path, QString *error);

} // namespace passgate::cli
