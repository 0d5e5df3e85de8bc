#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace passgate::cli {

// Parses a subcommand's arguments (with --help added by the caller): on a parse error prints it
// and returns UsageError, on --help prints the help and returns Success; otherwise nothing, and
// the command goes on.
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                                  QTextStream &err);

} // namespace passgate::cli
