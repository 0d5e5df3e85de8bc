#include "cli/Command.h"
#include "cli/KioskPaths.h"
#include "cli/PinnedPublishers.h"
#include "common/BoundedRead.h"
#include "station/CheckInStation.h"

#include "common/AtomicWrite.h"
#include "common/Clock.h"
#include "common/JsonFile.h"
#include "formats/TrustStore.h"
#include "trust/BundleBuilder.h"
#include "trust/BundleStore.h"
#include "trust/BundleVerifier.h"
#include "trustupdate/TrustUpdater.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>

namespace passgate::cli {

namespace {

QString defaultDataDir()
{
    return KioskPaths::detect().dataDir;
}

// Like the kiosk and `ledger`, the trust commands name a kiosk's data by its data dir (the trust
// list is its trust/ folder); --store names that folder itself, for older scripts.
void addStoreOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("data-dir"),
                      QStringLiteral("the kiosk's data dir; its trust list is DIR/trust (default: %1)")
                          .arg(defaultDataDir()),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("store"),
                      QStringLiteral("the trust directory itself (instead of --data-dir)"),
                      QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("publisher-key"),
         QStringLiteral("pinned publisher public key, PEM; repeat to pin several (default: the DEMO "
                        "publisher key shipped in resources/demo)"),
         QStringLiteral("PEM")});
}

QString storeDirectory(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("store")))
        return parser.value(QStringLiteral("store"));
    return CheckInStation::trustDirectory(parser.isSet(QStringLiteral("data-dir"))
                                              ? parser.value(QStringLiteral("data-dir"))
                                              : defaultDataDir());
}

Result<QByteArray, QString> readFile(const QString &path)
{
    // Bundles are the largest files a trust command reads (keys and certificates are far smaller).
    return readFileBounded(path, maxBundleBytes);
}

// The store named by --store, pinned to the --publisher-key keys and loaded (an installed file it
// refuses is a warning: the command at hand may be what replaces it); null after saying why not.
std::unique_ptr<BundleStore> openStore(const QCommandLineParser &parser, const Clock &clock, QTextStream &err)
{
    auto keys = pinnedPublishers(parser.values(QStringLiteral("publisher-key")), err);
    if (!keys) {
        err << keys.error() << "\n";
        return nullptr;
    }
    auto store = std::make_unique<BundleStore>(storeDirectory(parser), *keys, clock);
    if (auto loaded = store->load(); !loaded)
        err << "warning: " << loaded.error().reason << "\n";
    return store;
}

int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &summary, QTextStream &err)
{
    parser.setApplicationDescription(summary);
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err << parser.errorText() << "\n\n" << parser.helpText();
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return Success;
    }
    return -1;
}

QString describe(const TrustBundle &bundle, const QDateTime &now)
{
    QString text;
    QTextStream out(&text);
    out << "sequence   " << bundle.sequence << "\n"
        << "publisher  " << bundle.publisher << " (key " << bundle.publisherKeyId.toHex() << ")\n"
        << "issued     " << bundle.issued.toString(Qt::ISODate) << "\n"
        << "expires    " << bundle.expires.toString(Qt::ISODate) << (bundle.expiredAt(now) ? "  EXPIRED" : "")
        << "\n"
        << "signers    " << bundle.signers.size() << "\n";
    for (const SignerCertificate &signer : bundle.signerList) {
        out << "  kid " << signer.kid().toBase64() << "  " << signer.country() << "  "
            << signer.certificate().subjectCommonName() << "  until "
            << signer.certificate().notAfter().toString(Qt::ISODate) << "\n";
    }
    out << "issuer keys " << bundle.signers.issuerKeys().size() << "\n";
    for (const IssuerKey &key : bundle.signers.issuerKeys().all())
        out << "  " << passFormatCode(key.format) << "  " << key.issuer << "  kid " << key.kid
            << (key.country.isEmpty() ? QString() : QStringLiteral("  ") + key.country) << "\n";
    out << "rule sets  " << bundle.ruleSets.size() << "\n";
    for (const auto &ruleSet : bundle.ruleSets)
        out << "  " << ruleSet->info().name << "\n";
    out << "revoked    " << bundle.revocations.size() << " (uci "
        << bundle.revocations.size(RevocationHashType::Uci) << ", country+uci "
        << bundle.revocations.size(RevocationHashType::CountryCodeUci) << ", signature "
        << bundle.revocations.size(RevocationHashType::Signature) << ")\n";
    out.flush();
    return text;
}

// Revocation list text: one entry a line, "<uci|country-uci|signature> <32 hex digits>"; # comments.
Result<void, QString> readRevocations(const QString &path, RevocationList &revocations)
{
    auto bytes = readFile(path);
    if (!bytes)
        return fail(bytes.error());
    int number = 0;
    for (const QByteArray &rawLine : bytes->split('\n')) {
        ++number;
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.simplified().split(' ');
        const QByteArray hex = fields.value(1);
        const QByteArray hash = QByteArray::fromHex(hex);
        std::optional<RevocationHashType> type;
        if (fields.value(0) == "uci")
            type = RevocationHashType::Uci;
        else if (fields.value(0) == "country-uci")
            type = RevocationHashType::CountryCodeUci;
        else if (fields.value(0) == "signature")
            type = RevocationHashType::Signature;
        if (fields.size() != 2 || !type || hex.size() != 32 || hash.size() != 16)
            return fail(QStringLiteral("%1:%2: expected '<uci|country-uci|signature> <32 hex digits>'")
                            .arg(path)
                            .arg(number));
        RevocationList::Hash entry{};
        std::copy_n(reinterpret_cast<const std::uint8_t *>(hash.constData()), 16, entry.begin());
        revocations.add(*type, entry);
    }
    revocations.finish();
    return {};
}

int build(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("signer-key"), QStringLiteral("the publisher's private key (PEM, ECDSA P-256)"),
         QStringLiteral("KEY")},
        {QStringLiteral("certs"), QStringLiteral("folder of DCC signer certificates (*.pem, *.crt, *.der)"),
         QStringLiteral("DIR")},
        {QStringLiteral("issuer"),
         QStringLiteral(
             "a SMART Health Card issuer (its https URL=its jwks.json) or the NZ COVID Pass issuer "
             "(its did:web DID=its DID document); repeatable, ISS|CC=FILE adds the country"),
         QStringLiteral("ISS=FILE")},
        {QStringLiteral("rules"), QStringLiteral("folder of CertLogic rule sets (*.json, passgate-rules)"),
         QStringLiteral("DIR")},
        {QStringLiteral("revocations"), QStringLiteral("revocation entries, '<type> <hex>' lines"),
         QStringLiteral("FILE")},
        {QStringLiteral("sequence"),
         QStringLiteral("bundle sequence number, higher than the last one published"), QStringLiteral("N")},
        {QStringLiteral("issued"), QStringLiteral("issue time (default now), ISO 8601 with offset"),
         QStringLiteral("TIME")},
        {QStringLiteral("valid-days"), QStringLiteral("days until it expires (default 30)"),
         QStringLiteral("DAYS"), QStringLiteral("30")},
        {QStringLiteral("publisher"), QStringLiteral("publisher name shown to staff"),
         QStringLiteral("NAME")},
        {QStringLiteral("out"), QStringLiteral("where to write the bundle"), QStringLiteral("FILE")},
    });
    if (const int early = parse(parser, arguments,
                                QStringLiteral("Builds and signs a trust bundle (publisher side)."), err);
        early >= 0)
        return early;
    for (const char *required : {"signer-key", "out", "sequence"}) {
        if (!parser.isSet(QLatin1String(required))) {
            err << "missing --" << required << "\n\n" << parser.helpText();
            return UsageError;
        }
    }
    auto keyPem = readFile(parser.value(QStringLiteral("signer-key")));
    if (!keyPem) {
        err << keyPem.error() << "\n";
        return Failed;
    }
    auto key = PublisherSigningKey::fromPem(*keyPem);
    if (!key) {
        err << key.error().reason << "\n";
        return Failed;
    }
    BundleContents contents;
    bool ok = false;
    contents.sequence = parser.value(QStringLiteral("sequence")).toULongLong(&ok);
    if (!ok || contents.sequence < 1) {
        err << "--sequence must be a positive integer\n";
        return UsageError;
    }
    contents.issued = parser.isSet(QStringLiteral("issued"))
                          ? QDateTime::fromString(parser.value(QStringLiteral("issued")), Qt::ISODate)
                          : SystemClock().now();
    const int days = parser.value(QStringLiteral("valid-days")).toInt(&ok);
    if (!contents.issued.isValid() || !ok || days < 1) {
        err << "--issued must be ISO 8601 and --valid-days a positive number\n";
        return UsageError;
    }
    contents.issued = contents.issued.toUTC();
    contents.expires = contents.issued.addDays(days);
    contents.publisher = parser.value(QStringLiteral("publisher"));

    if (parser.isSet(QStringLiteral("certs"))) {
        const QDir certs(parser.value(QStringLiteral("certs")));
        const QStringList files =
            certs.entryList({QStringLiteral("*.pem"), QStringLiteral("*.crt"), QStringLiteral("*.der")},
                            QDir::Files, QDir::Name);
        for (const QString &name : files) {
            auto signers = TrustStore::readFile(certs.filePath(name));
            if (!signers) {
                err << signers.error().reason << "\n";
                return Failed;
            }
            for (const SignerCertificate &signer : *signers) {
                if (signer.country().size() != 2) {
                    err << name << ": the certificate names no country (C=)\n";
                    return Failed;
                }
                contents.signers.append({signer.certificate().der(), signer.country(), {}});
            }
        }
    }
    for (const QString &pair : parser.values(QStringLiteral("issuer"))) {
        const qsizetype equals = pair.indexOf(u'=');
        QString issuer = pair.left(equals);
        QString country;
        // "did:web:x:CC" would be ambiguous with did:web's own colons: the country follows a '|'.
        if (const qsizetype bar = issuer.lastIndexOf(u'|'); bar > 0) {
            country = issuer.mid(bar + 1);
            issuer.truncate(bar);
        }
        auto keys =
            equals > 0 ? IssuerKeys::readIssuerFile(issuer, pair.mid(equals + 1))
                       : Result<QList<IssuerKey>, TrustError>(
                             fail(TrustErrorCode::UnreadableFile, QStringLiteral("--issuer needs ISS=FILE")));
        if (!keys) {
            err << keys.error().reason << "\n";
            return Failed;
        }
        for (IssuerKey &key : *keys) {
            key.country = country;
            contents.issuerKeys.append(std::move(key));
        }
    }
    if (parser.isSet(QStringLiteral("rules"))) {
        const QDir rules(parser.value(QStringLiteral("rules")));
        for (const QString &name : rules.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            auto document = readJsonFile(rules.filePath(name));
            if (!document) {
                err << document.error().reason << "\n";
                return Failed;
            }
            contents.ruleSets.append(document->object());
        }
    }
    if (parser.isSet(QStringLiteral("revocations"))) {
        if (auto read = readRevocations(parser.value(QStringLiteral("revocations")), contents.revocations);
            !read) {
            err << read.error() << "\n";
            return Failed;
        }
    }
    auto file = buildBundle(contents, *key);
    if (!file) {
        err << "not built: " << file.error().reason << "\n";
        return Failed;
    }
    // Atomically: a publisher's web root may be serving the previous bundle while this one is written,
    // and a half-written file is a refused bundle at every kiosk that fetches it.
    const QString outPath = parser.value(QStringLiteral("out"));
    if (auto written = writeFileAtomically(outPath, *file); !written) {
        err << "cannot write " << outPath << ": " << written.error() << "\n";
        return Failed;
    }
    out << "wrote " << outPath << ": sequence " << contents.sequence << ", " << contents.signers.size()
        << " signers, "
        << (contents.issuerKeys.isEmpty()
                ? QString()
                : QStringLiteral("%1 issuer keys, ").arg(contents.issuerKeys.size()))
        << contents.ruleSets.size() << " rule sets, " << contents.revocations.size()
        << " revocations, expires " << contents.expires.toString(Qt::ISODate) << "\n";
    return Success;
}

int import(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addStoreOptions(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("the bundle to install"));
    if (const int early =
            parse(parser, arguments, QStringLiteral("Verifies a bundle file and installs it."), err);
        early >= 0)
        return early;
    if (parser.positionalArguments().size() != 1) {
        err << parser.helpText();
        return UsageError;
    }
    auto bytes = readFile(parser.positionalArguments().first());
    if (!bytes) {
        err << bytes.error() << "\n";
        return Failed;
    }
    SystemClock clock;
    const std::unique_ptr<BundleStore> opened = openStore(parser, clock, err);
    if (!opened)
        return Failed;
    BundleStore &store = *opened;
    auto installed = store.install(*bytes, parser.positionalArguments().first());
    if (!installed) {
        err << "refused (" << bundleErrorName(installed.error().code) << "): " << installed.error().reason
            << "\n"
            << "kept aside in " << store.refusedDirectory() << "\n";
        return Failed;
    }
    out << (*installed == InstallOutcome::Installed ? "installed" : "already installed") << " in "
        << store.installedPath() << "\n"
        << describe(*store.current(), clock.now());
    return Success;
}

int show(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addStoreOptions(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("a bundle file (default: the installed one)"),
                                 QStringLiteral("[FILE]"));
    if (const int early = parse(parser, arguments, QStringLiteral("Shows a verified bundle."), err);
        early >= 0)
        return early;
    auto keys = pinnedPublishers(parser.values(QStringLiteral("publisher-key")), err);
    if (!keys) {
        err << keys.error() << "\n";
        return Failed;
    }
    SystemClock clock;
    if (parser.positionalArguments().isEmpty()) {
        BundleStore store(storeDirectory(parser), *keys, clock);
        if (auto loaded = store.load(); !loaded) {
            err << loaded.error().reason << "\n";
            return Failed;
        }
        if (!store.current()) {
            err << "no bundle installed in " << storeDirectory(parser) << "\n";
            return Failed;
        }
        out << store.installedPath() << "\n" << describe(*store.current(), clock.now());
        return Success;
    }
    auto bytes = readFile(parser.positionalArguments().first());
    if (!bytes) {
        err << bytes.error() << "\n";
        return Failed;
    }
    auto bundle = verifyBundle(*bytes, *keys, clock.now(), ExpiryCheck::Ignore);
    if (!bundle) {
        err << "does not verify (" << bundleErrorName(bundle.error().code) << "): " << bundle.error().reason
            << "\n";
        return Failed;
    }
    out << describe(*bundle, clock.now());
    return Success;
}

int fetch(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addStoreOptions(parser);
    parser.addOption({QStringLiteral("timeout"), QStringLiteral("seconds for the whole request (default 60)"),
                      QStringLiteral("S"), QStringLiteral("60")});
    parser.addPositionalArgument(QStringLiteral("URL"),
                                 QStringLiteral("where the publisher serves the bundle"));
    if (const int early =
            parse(parser, arguments, QStringLiteral("Fetches a bundle once and installs it."), err);
        early >= 0)
        return early;
    const QUrl url = QUrl::fromUserInput(parser.positionalArguments().value(0));
    if (parser.positionalArguments().size() != 1 || !url.isValid()) {
        err << parser.helpText();
        return UsageError;
    }
    SystemClock clock;
    const std::unique_ptr<BundleStore> store = openStore(parser, clock, err);
    if (!store)
        return Failed;
    TrustUpdaterSettings settings;
    settings.url = url;
    settings.timeout = std::chrono::seconds(qMax(1, parser.value(QStringLiteral("timeout")).toInt()));
    TrustUpdater updater(*store, clock, settings);
    QEventLoop loop;
    QObject::connect(&updater, &TrustUpdater::attemptFinished, &loop, &QEventLoop::quit);
    updater.checkNow();
    loop.exec();
    out << updater.lastResult();
    if (!updater.lastResultDetail().isEmpty())
        out << ": " << updater.lastResultDetail();
    out << "\n";
    if (store->current())
        out << describe(*store->current(), clock.now());
    return updater.consecutiveFailures() == 0 ? Success : Failed;
}

} // namespace

int trustMain(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString action = arguments.value(1);
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0) + u' ' + action);
    if (action == u"build")
        return build(rest, out, err);
    if (action == u"import")
        return import(rest, out, err);
    if (action == u"show")
        return show(rest, out, err);
    if (action == u"fetch")
        return fetch(rest, out, err);
    (action == u"--help" || action == u"-h" ? out : err)
        << "usage: " << arguments.value(0) << " <build|import|show|fetch> [options]\n\n"
        << "  build   build and sign a bundle (publisher side)\n"
        << "  import  verify a bundle file and install it\n"
        << "  show    show the installed bundle, or a bundle file\n"
        << "  fetch   fetch a bundle once from a URL and install it\n"
        << "'" << arguments.value(0) << " <action> --help' describes an action.\n";
    return action == u"--help" || action == u"-h" ? Success : UsageError;
}

} // namespace passgate::cli
