#pragma once

#include "scan/MediaBackend.h"

#include <QStringList>

namespace passgate::cli {

// Exit codes shared by every subcommand.
enum ExitCode : int
{
    Success = 0,
    Failed = 1,
    UsageError = 2
};

// arguments[0] is "passgate-cli <name>", the rest are the subcommand's own arguments.
using CommandMain = int (*)(const QStringList &arguments);

struct Command
{
    const char *name;
    const char *summary;
    CommandMain run;
    bool needsGui; // decodes video through Qt Multimedia: needs a QGuiApplication (offscreen is fine)
};

int versionMain(const QStringList &arguments);
int decodeImagesMain(const QStringList &arguments);
int conformanceMain(const QStringList &arguments);
int verifyMain(const QStringList &arguments);
int scanMain(const QStringList &arguments);
int ledgerMain(const QStringList &arguments);
int keysMain(const QStringList &arguments);
int trustMain(const QStringList &arguments);
int setupMain(const QStringList &arguments);
int configMain(const QStringList &arguments);
int doctorMain(const QStringList &arguments);
int kioskMain(const QStringList &arguments);
int syncMain(const QStringList &arguments);
int serverMain(const QStringList &arguments);

// For commands with needsGui: the Qt Multimedia backend main() chose for this process before the
// QGuiApplication (scan/MediaBackend.h says why it is not Qt's default).
const MediaBackend &mediaBackend();

} // namespace passgate::cli
