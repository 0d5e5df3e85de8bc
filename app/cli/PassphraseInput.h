#pragma once

#include <QByteArray>
#include <QCommandLineParser>
#include <QString>

#include <optional>

namespace passgate::cli {

// The owner's passphrase, from (in this order) --passphrase-env VAR, --passphrase-file FILE ("-" is
// stdin), or typed at a terminal with echo off. Scripts and tests use the first two; nothing is read from
// an environment variable unless the command line names it.
void addPassphraseOptions(QCommandLineParser &parser);

// nullopt with *error set when no passphrase could be read.
std::optional<QByteArray> readPassphrase(const QCommandLineParser &parser, const QString &prompt,
                                         QString *error);

} // namespace passgate::cli
