#include "cli/Command.h"
#include "cli/PassphraseInput.h"

#include "crypto/X25519Key.h"
#include "ledger/VenueKeys.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

namespace passgate::cli {

namespace {

bool isInside(const QString &path, const QString &dir)
{
    const QString file = QFileInfo(QFileInfo(path).absolutePath()).canonicalFilePath();
    const QString folder = QFileInfo(dir).canonicalFilePath();
    return !folder.isEmpty() && (file == folder || file.startsWith(folder + QLatin1Char('/')));
}

int init(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Creates the venue's keys. The data dir gets the venue secret (keys certificate-id hashes to this "
        "venue)\n"
        "and the owner's public key (seals phone numbers and exports). The owner's private key goes to\n"
        "--private-key-out, encrypted with a passphrase: keep it away from the kiosk; only it opens "
        "exports."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("data-dir"), QStringLiteral("The kiosk's data dir."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("private-key-out"),
                      QStringLiteral("Where to write the owner's private key (PEM, passphrase-protected)."),
                      QStringLiteral("file")});
    addPassphraseOptions(parser);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << "\n";
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Success;
    }
    const QString dataDir = parser.value(QStringLiteral("data-dir"));
    const QString privateOut = parser.value(QStringLiteral("private-key-out"));
    if (dataDir.isEmpty() || privateOut.isEmpty()) {
        err << "keys init: --data-dir and --private-key-out are required\n";
        return UsageError;
    }
    if (!QDir().mkpath(dataDir)) {
        err << "keys init: cannot create " << dataDir << "\n";
        return Failed;
    }
    if (isInside(privateOut, dataDir)) {
        err << "keys init: the private key must not be stored in the data dir: a stolen kiosk would then "
               "open every sealed phone number\n";
        return UsageError;
    }
    if (QFileInfo::exists(privateOut)) {
        err << "keys init: " << privateOut << " already exists; not overwriting a private key\n";
        return Failed;
    }

    QString problem;
    const auto passphrase =
        readPassphrase(parser, QStringLiteral("Passphrase for the owner's private key: "), &problem);
    if (!passphrase) {
        err << "keys init: " << problem << "\n";
        return UsageError;
    }
    auto key = crypto::X25519Key::generate();
    if (!key) {
        err << "keys init: " << key.error().reason << "\n";
        return Failed;
    }
    auto pem = key->encryptedPrivatePem(*passphrase);
    if (!pem) {
        err << "keys init: " << pem.error().reason << "\n";
        return UsageError;
    }
    QSaveFile privateFile(privateOut);
    if (!privateFile.open(QIODevice::WriteOnly)) {
        err << "keys init: cannot write " << privateOut << ": " << privateFile.errorString() << "\n";
        return Failed;
    }
    privateFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    privateFile.write(*pem);
    if (!privateFile.commit()) {
        err << "keys init: cannot write " << privateOut << ": " << privateFile.errorString() << "\n";
        return Failed;
    }
    auto installed = VenueKeys::install(dataDir, key->publicPem());
    if (!installed) {
        QFile::remove(privateOut); // its public half went nowhere: it would open nothing
        err << "keys init: " << installed.error().reason << "\n";
        return Failed;
    }
    const QByteArray fingerprint =
        QCryptographicHash::hash(key->publicKey(), QCryptographicHash::Sha256).toHex().left(32);
    out << "venue secret:       " << QDir(dataDir).filePath(VenueKeys::SecretFileName) << "\n"
        << "owner public key:   " << QDir(dataDir).filePath(VenueKeys::OwnerPublicKeyFileName) << "\n"
        << "owner private key:  " << privateOut << " (passphrase-protected; keep it off the kiosk)\n"
        << "public key SHA-256: " << QString::fromLatin1(fingerprint) << "\n";
    return Success;
}

} // namespace

int keysMain(const QStringList &arguments)
{
    QTextStream err(stderr);
    if (arguments.size() < 2 || arguments.at(1) != QStringLiteral("init")) {
        err << "usage: passgate-cli keys init --data-dir DIR --private-key-out FILE "
               "[--passphrase-env VAR | --passphrase-file FILE]\n";
        return UsageError;
    }
    QStringList rest = arguments;
    rest.removeAt(1);
    rest[0] += QStringLiteral(" init");
    return init(rest);
}

} // namespace passgate::cli
