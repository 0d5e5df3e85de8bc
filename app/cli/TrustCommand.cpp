#include "cli/Command.h"
#include "cli/KioskPaths.h"
#include "cli/PinnedPublishers.h"
#include "common/BoundedRead.h"
#include "station/CheckInStation.h"

#include "common/Clock.h"
#include "common/IsoDateTime.h"
#include "common/JsonFile.h"
#include "common/OutputFile.h"
#include "formats/TrustStore.h"
#include "trust/BundleBuilder.h"
#include "trust/BundleStore.h"
#include "trust/BundleVerifier.h"
#include "trust/GatewayDscList.h"
#include "trust/JwsTrustList.h"
#include "trustupdate/TrustUpdater.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
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

// "" (any statement), or "  signs only test, recovery"
QString usagesText(SignerUsages usages)
{
    if (!usages)
        return {};
    QStringList types;
    for (const auto &[usage, type] : {std::pair{SignerUsage::Test, StatementType::Test},
                                      std::pair{SignerUsage::Vaccination, StatementType::Vaccination},
                                      std::pair{SignerUsage::Recovery, StatementType::Recovery}}) {
        if (usages.testFlag(usage))
            types.append(statementTypeCode(type));
    }
    return QStringLiteral("  signs only ") + types.join(QStringLiteral(", "));
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
    for (const BundleSource &source : bundle.sources)
        out << "  from " << describeBundleSource(source) << "\n";
    for (const SignerCertificate &signer : bundle.signerList) {
        out << "  kid " << signer.kid().toBase64() << "  " << signer.country() << "  "
            << signer.certificate().subjectCommonName() << "  until "
            << signer.certificate().notAfter().toString(Qt::ISODate) << usagesText(signer.usages()) << "\n";
    }
    out << "issuer keys " << bundle.signers.issuerKeys().size() << "\n";
    for (const IssuerKey &key : bundle.signers.issuerKeys().all())
        out << "  " << passFormatCode(key.format) << "  " << key.issuer << "  kid " << key.kid
            << (key.country.isEmpty() ? QString() : QStringLiteral("  ") + key.country) << "\n";
    out << "value sets " << bundle.valueSets.size() << "\n";
    for (const ValueSet &set : bundle.valueSets.all())
        out << "  " << set.id << "  " << set.date.toString(Qt::ISODate) << "  " << set.displayByCode.size()
            << " codes\n";
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

// The signers of published lists, each list verified before any entry is taken. `keys` pairs with
// `lists` one to one, or one key serves every list.
struct ListOptions
{
    QStringList lists;
    QStringList keys;
    const char *listOption;
    const char *keyOption;
};

Result<QStringList, QString> pairedKeys(const ListOptions &options)
{
    if (options.lists.isEmpty() && options.keys.isEmpty())
        return QStringList();
    if (options.keys.size() == options.lists.size())
        return options.keys;
    if (options.keys.size() == 1)
        return QStringList(options.lists.size(), options.keys.first());
    return fail(QStringLiteral("give one --%1 for every --%2, or one for all of them")
                    .arg(QLatin1String(options.keyOption), QLatin1String(options.listOption)));
}

// Adds an imported list's signers to the bundle (a certificate taken from an earlier source is merged,
// not repeated) and says what was taken and skipped.
void addImported(const SignerListImport &import, BundleContents &contents, BundleSignerSet &signers,
                 QTextStream &out)
{
    contents.sources.append(import.source);
    out << "from " << describeBundleSource(import.source) << "\n";
    for (const SkippedSigner &skipped : import.skipped)
        out << "  skipped " << skipped.country << " kid " << skipped.kid << ": " << skipped.reason << "\n";
    for (const BundleContents::Signer &signer : import.signers) {
        if (auto added = signers.add(signer); !added)
            out << "  " << signer.country << " kid "
                << SignerCertificate::dccKeyId(signer.certificateDer).toBase64() << ": " << added.error()
                << "\n";
    }
}

// --dsc-list FILE --dsc-list-key PEM: the EU gateway list in the German distribution's form.
Result<void, QString> importDscLists(const QCommandLineParser &parser, BundleContents &contents,
                                     BundleSignerSet &signers, QTextStream &out)
{
    const ListOptions options{parser.values(QStringLiteral("dsc-list")),
                              parser.values(QStringLiteral("dsc-list-key")), "dsc-list", "dsc-list-key"};
    auto keys = pairedKeys(options);
    if (!keys)
        return fail(keys.error());
    for (qsizetype i = 0; i < options.lists.size(); ++i) {
        auto keyPem = readFile(keys->at(i));
        if (!keyPem)
            return fail(keyPem.error());
        auto key = PublicKey::fromPem(*keyPem);
        if (!key)
            return fail(QStringLiteral("%1: %2").arg(keys->at(i), key.error().reason));
        auto file = readFile(options.lists.at(i));
        if (!file)
            return fail(file.error());
        auto import = importGatewayDscList(*file, *key, QFileInfo(options.lists.at(i)).fileName());
        if (!import)
            return fail(QStringLiteral("refused: ") + import.error().reason);
        addImported(*import, contents, signers, out);
    }
    return {};
}

// --eu-trust-list FILE --anchor PEM: a national backend's signed JWS copy of the EU list.
Result<void, QString> importJwsLists(const QCommandLineParser &parser, const QDateTime &at, bool atGiven,
                                     BundleContents &contents, BundleSignerSet &signers, QTextStream &out)
{
    const ListOptions options{parser.values(QStringLiteral("eu-trust-list")),
                              parser.values(QStringLiteral("anchor")), "eu-trust-list", "anchor"};
    auto anchors = pairedKeys(options);
    if (!anchors)
        return fail(anchors.error());
    for (qsizetype i = 0; i < options.lists.size(); ++i) {
        auto anchorPem = readFile(anchors->at(i));
        if (!anchorPem)
            return fail(anchorPem.error());
        auto anchor = X509Certificate::fromPem(*anchorPem);
        if (!anchor || anchor->size() != 1)
            return fail(QStringLiteral("%1: must hold exactly one PEM certificate, the list's anchor")
                            .arg(anchors->at(i)));
        auto file = readFile(options.lists.at(i));
        if (!file)
            return fail(file.error());
        const QString name = QFileInfo(options.lists.at(i)).fileName();
        auto import = importJwsTrustList(*file, anchor->first(), at, name);
        if (!import)
            return fail(QStringLiteral("refused: ") + import.error().reason);
        // Checked at another time than now on purpose: say so, with how far from now that is.
        const JwsTrustListWindow window = peekJwsTrustListWindow(*file);
        if (atGiven && window.expires.isValid() && window.expires <= SystemClock().now())
            out << "note: " << name << " expired at " << formatIsoDateTime(window.expires)
                << "; imported as of " << formatIsoDateTime(at.toUTC()) << " as asked\n";
        addImported(*import, contents, signers, out);
    }
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
        {QStringLiteral("dsc-list"),
         QStringLiteral("a signed EU gateway DSC list in the German distribution's form (signature "
                        "line + JSON); repeatable"),
         QStringLiteral("FILE")},
        {QStringLiteral("dsc-list-key"),
         QStringLiteral("the PEM public key the --dsc-list is signed with (one per list, or one for all)"),
         QStringLiteral("PEM")},
        {QStringLiteral("eu-trust-list"),
         QStringLiteral("a national backend's signed JWS copy of the EU trust list (Swedish form); "
                        "repeatable"),
         QStringLiteral("FILE")},
        {QStringLiteral("anchor"),
         QStringLiteral("the PEM certificate an --eu-trust-list must be signed by (one per list, or "
                        "one for all)"),
         QStringLiteral("PEM")},
        {QStringLiteral("at"),
         QStringLiteral("the time an --eu-trust-list must be valid at (default --issued, else now): "
                        "the lists live one day, so a file fetched earlier names when"),
         QStringLiteral("TIME")},
        {QStringLiteral("value-sets"),
         QStringLiteral("EU value sets: a file with one set or the gateway's list of sets, or a folder "
                        "of them; repeatable"),
         QStringLiteral("PATH")},
        {QStringLiteral("rules"), QStringLiteral("folder of CertLogic rule sets (*.json, passgate-rules)"),
         QStringLiteral("DIR")},
        {QStringLiteral("revocations"), QStringLiteral("revocation entries, '<type> <hex>' lines"),
         QStringLiteral("FILE")},
        {QStringLiteral("sequence"),
         QStringLiteral("bundle sequence number, higher than the last one published"), QStringLiteral("N")},
        {QStringLiteral("issued"), QStringLiteral("issue time (default now), ISO 8601 with offset"),
         QStringLiteral("TIME")},
        {QStringLiteral("valid-days"), QStringLiteral("days until it expires, 1 to 3660 (default 30)"),
         QStringLiteral("DAYS"), QStringLiteral("30")},
        {QStringLiteral("publisher"), QStringLiteral("publisher name shown to staff"),
         QStringLiteral("NAME")},
        {QStringLiteral("out"), QStringLiteral("where to write the bundle"), QStringLiteral("FILE")},
        {QStringLiteral("force"), QStringLiteral("replace --out if it exists (never a link)")},
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
    // Before any list is read: where the bundle goes must be a place it may go.
    if (auto allowed =
            checkOutputPath(parser.value(QStringLiteral("out")),
                            parser.isSet(QStringLiteral("force")) ? Overwrite::Replace : Overwrite::Refuse);
        !allowed) {
        err << "not built: " << allowed.error() << "\n";
        return Failed;
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
    // A trust list outlives its signers' changes by design only for weeks; ten years is already far
    // beyond any real use, and beyond it the expiry stops being a date every reader can read.
    constexpr int maxValidDays = 3660;
    if (!contents.issued.isValid() || !ok || days < 1 || days > maxValidDays) {
        err << "--issued must be ISO 8601 and --valid-days a number of days from 1 to " << maxValidDays
            << "\n";
        return UsageError;
    }
    contents.issued = contents.issued.toUTC();
    contents.expires = contents.issued.addDays(days);
    contents.publisher = parser.value(QStringLiteral("publisher"));
    const bool atGiven = parser.isSet(QStringLiteral("at")) || parser.isSet(QStringLiteral("issued"));
    const QDateTime at = parser.isSet(QStringLiteral("at"))
                             ? QDateTime::fromString(parser.value(QStringLiteral("at")), Qt::ISODate)
                             : contents.issued;
    if (!at.isValid()) {
        err << "--at must be ISO 8601\n";
        return UsageError;
    }

    BundleSignerSet signerSet;
    // Certificates handed over one by one are their own provenance; only published lists are recorded
    // as sources (so a bundle of --certs alone stays what earlier kiosks were given).
    if (parser.isSet(QStringLiteral("certs"))) {
        const QDir certs(parser.value(QStringLiteral("certs")));
        const QStringList files =
            certs.entryList({QStringLiteral("*.pem"), QStringLiteral("*.crt"), QStringLiteral("*.der")},
                            QDir::Files, QDir::Name);
        if (files.isEmpty()) {
            err << "no certificate files (*.pem, *.crt, *.der) in " << certs.path() << "\n";
            return Failed;
        }
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
                // No usage of its own beyond the certificate's: it cannot conflict.
                (void)signerSet.add({signer.certificate().der(), signer.country(), {}});
            }
        }
    }
    if (auto imported = importDscLists(parser, contents, signerSet, out); !imported) {
        err << imported.error() << "\n";
        return Failed;
    }
    if (auto imported = importJwsLists(parser, at, atGiven, contents, signerSet, out); !imported) {
        err << imported.error() << "\n";
        return Failed;
    }
    contents.signers = signerSet.signers();
    for (const QString &path : parser.values(QStringLiteral("value-sets"))) {
        auto sets = ValueSets::read(path);
        if (!sets) {
            err << sets.error() << "\n";
            return Failed;
        }
        for (const ValueSet &set : sets->all())
            contents.valueSets.add(set);
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
    if (contents.signers.isEmpty() && contents.issuerKeys.isEmpty()) {
        err << "not built: no signer and no issuer key: a kiosk could verify no pass with it\n";
        return Failed;
    }
    auto file = buildBundle(contents, *key);
    if (!file) {
        err << "not built: " << file.error().reason << "\n";
        return Failed;
    }
    // Atomically: a publisher's web root may be serving the previous bundle while this one is written,
    // and a half-written file is a refused bundle at every kiosk that fetches it.
    const QString outPath = parser.value(QStringLiteral("out"));
    if (auto written = writeOutputFile(
            outPath, *file, parser.isSet(QStringLiteral("force")) ? Overwrite::Replace : Overwrite::Refuse);
        !written) {
        err << "not written: " << written.error() << "\n";
        return Failed;
    }
    out << "wrote " << outPath << ": sequence " << contents.sequence << ", " << contents.signers.size()
        << " signers, "
        << (contents.issuerKeys.isEmpty()
                ? QString()
                : QStringLiteral("%1 issuer keys, ").arg(contents.issuerKeys.size()))
        << (contents.valueSets.isEmpty() ? QString()
                                         : QStringLiteral("%1 value sets, ").arg(contents.valueSets.size()))
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
