#include "cli/PassphraseInput.h"
#include "common/BoundedRead.h"

#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace passgate::cli {

namespace {

QByteArray firstLine(QByteArray text)
{
    const qsizetype end = text.indexOf('\n');
    if (end >= 0)
        text.truncate(end);
    if (text.endsWith('\r'))
        text.chop(1);
    return text;
}

QByteArray readLineFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return firstLine(in.readLine());
}

} // namespace

void addPassphraseOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("passphrase-env"),
                      QStringLiteral("Read the owner's passphrase from environment variable <name>."),
                      QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("passphrase-file"),
         QStringLiteral("Read the owner's passphrase from the first line of <file> ('-': standard input)."),
         QStringLiteral("file")});
}

std::optional<QByteArray> readPassphrase(const QCommandLineParser &parser, const QString &prompt,
                                         QString *error)
{
    if (parser.isSet(QStringLiteral("passphrase-env"))) {
        const QString name = parser.value(QStringLiteral("passphrase-env"));
        if (!qEnvironmentVariableIsSet(name.toLocal8Bit().constData())) {
            *error = QStringLiteral("environment variable %1 is not set").arg(name);
            return std::nullopt;
        }
        return qgetenv(name.toLocal8Bit().constData());
    }
    if (parser.isSet(QStringLiteral("passphrase-file"))) {
        const QString path = parser.value(QStringLiteral("passphrase-file"));
        if (path == QStringLiteral("-"))
            return readLineFromStdin();
        const Result<QByteArray, QString> contents = readFileBounded(path, readLimit::keyFile);
        if (!contents) {
            *error = contents.error();
            return std::nullopt;
        }
        return firstLine(*contents);
    }
    if (!isatty(STDIN_FILENO)) {
        *error =
            QStringLiteral("no passphrase: use --passphrase-env or --passphrase-file, or run at a terminal");
        return std::nullopt;
    }
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    const QByteArray passphrase = readLineFromStdin();
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputs("\n", stderr);
    return passphrase;
}

} // namespace passgate::cli
