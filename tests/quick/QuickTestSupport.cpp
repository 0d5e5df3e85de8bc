#include "QuickTestSupport.h"

#include "LayoutAudit.h"

#include "crypto/X25519Key.h"
#include "kiosk/CheckInController.h"
#include "kiosk/KioskServices.h"
#include "kiosk/KioskStatus.h"
#include "ledger/Ledger.h"
#include "ledger/LedgerEntry.h"
#include "ledger/LedgerExport.h"
#include "station/KioskConfig.h"
#include "station/StaffPin.h"
#include "support/DccSamples.h"
#include "trust/BundleBuilder.h"
#include "trust/BundleStore.h"
#include "trust/DemoTrust.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QQmlEngine>
#include <QRegularExpression>
#include <QTimeZone>
#include <QtQml/qqml.h>

#include <csignal>

namespace passgate::test {

QuickTestSupport::QuickTestSupport()
    : m_clock(QDateTime(QDate(2022, 1, 10), QTime(3, 0), QTimeZone::utc()))
{}

QuickTestSupport::~QuickTestSupport() = default;

bool QuickTestSupport::start(QQmlEngine &engine)
{
    // Quick Test gives every QML file its own engine; the kiosk (and its ledger) is made once.
    if (m_runtime) {
        m_runtime->attach(engine);
        return true;
    }
    if (!m_dir.isValid())
        return false;
    // A venue that finished its setup: staff PIN 2580, check-in number 080-123-4567.
    KioskConfig config;
    config.kioskId = QStringLiteral("quick-test");
    config.venueName = QStringLiteral("Test Cafe");
    config.venueType = QStringLiteral("cafe");
    config.checkInPhone = QStringLiteral("0801234567");
    config.policy = QStringLiteral("kr-2022-01-03");
    config.language = QStringLiteral("en");
    config.sounds = false;
    config.departments = {QStringLiteral("3B"), QStringLiteral("ICU")};
    auto pin = StaffPin::hash(QStringLiteral("2580"), 1000);
    if (!pin)
        return false;
    config.staffPinRecord = *pin;
    const QString configPath = m_dir.filePath(QStringLiteral("config.json"));
    if (!config.save(configPath))
        return false;

    // The kiosk verifies with the trust bundle in force, as in the field: a bundle trusting this
    // test's signer, published with the demo publisher key (the one a kiosk without configured
    // keys pins), installed before the kiosk starts, valid for 30 days from now.
    if (!installTrustList(m_dir.filePath(QStringLiteral("data"))))
        return false;

    KioskOptions options;
    options.source = QStringLiteral("demo");
    options.dataDir = m_dir.filePath(QStringLiteral("data"));
    options.configPath = configPath;
    options.pinIterations = 1000;
    // A USB stick as the staff area finds it: a mounted folder holding a trust list file.
    const QString stick = m_dir.filePath(QStringLiteral("usb-stick"));
    QDir().mkpath(stick);
    QFile onStick(stick + QStringLiteral("/venue-trust.pgtb"));
    if (!onStick.open(QIODevice::WriteOnly) || onStick.write("a trust list from the office") < 0)
        return false;
    onStick.close();
    options.mounts = [stick] {
        return QList<RemovableMedia::Mount>{{QStringLiteral("KINGSTON"), stick, 12'000'000'000}};
    };
    m_runtime = std::make_unique<KioskAssembly>(options, m_clock);
    if (auto started = m_runtime->start(); !started) {
        qWarning("kiosk did not start: %s", qPrintable(started.error()));
        return false;
    }
    m_runtime->attach(engine);
    static QuickTestSupport *instance = nullptr;
    instance = this;
    qmlRegisterSingletonType<QuickTestSupport>(
        "PassgateTest", 1, 0, "TestSupport", [](QQmlEngine *, QJSEngine *) -> QObject * {
            QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
            return instance;
        });
    return true;
}

Result<QByteArray, QString> QuickTestSupport::buildTrustList(quint64 sequence) const
{
    QFile keyFile(QStringLiteral(PASSGATE_DEMO_DIR "/demo-publisher-key.pem"));
    if (!keyFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read ") + keyFile.fileName());
    auto key = PublisherSigningKey::fromPem(keyFile.readAll());
    if (!key)
        return fail(key.error().reason);
    BundleContents contents;
    contents.sequence = sequence;
    contents.issued = m_clock.now().addSecs(-3600);
    contents.expires = m_trustExpires;
    contents.publisher = QStringLiteral("passgate quick test");
    contents.signers.append({m_signer.certificateDer(), QStringLiteral("KR"), {}});
    contents.issuerKeys = {m_shcIssuer.issuerKey(QStringLiteral("US")), m_nzcpIssuer.issuerKey()};
    contents.revocations.finish();
    auto file = buildBundle(contents, *key);
    if (!file)
        return fail(file.error().reason);
    return std::move(file).value();
}

bool QuickTestSupport::installTrustList(const QString &dataDir)
{
    m_trustExpires = m_clock.now().addDays(trustListDays);
    auto file = buildTrustList(1);
    if (!file) {
        qWarning("test trust list: %s", qPrintable(file.error()));
        return false;
    }
    auto pins = PublisherKeys::fromPem(demo::publisherPublicKeyPem());
    if (!pins)
        return false;
    BundleStore store(KioskAssembly::trustDirectory(dataDir), std::move(pins).value(), m_clock);
    auto installed = store.install(*file, QStringLiteral("quick test"));
    if (!installed)
        qWarning("test trust list not installed: %s", qPrintable(installed.error().reason));
    return installed.ok();
}

QString QuickTestSupport::trustListFile(const QString &kind)
{
    static quint64 sequence = 1;
    auto file = buildTrustList(++sequence);
    if (!file)
        return {};
    QByteArray bytes = *file;
    if (kind == u"tampered")
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
    const QString path = m_dir.filePath(kind + QString::number(sequence) + QStringLiteral(".pgtb"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
        return {};
    return path;
}

void QuickTestSupport::advanceClock(int seconds)
{
    m_clock.advance(std::chrono::seconds(seconds));
}

QString QuickTestSupport::now() const
{
    return m_clock.now().toString(Qt::ISODate);
}

namespace {

// The ledger as another program sees it on disk (read-only, no lock), not what the kiosk keeps in
// memory: a flow passes only when its entry was really written.
QList<LedgerEntry> checkInsOnDisk(const QString &dataDir, const Clock &clock)
{
    LedgerOptions options;
    options.dataDir = dataDir;
    options.access = LedgerOptions::Access::ReadOnly;
    options.onCorrupt = LedgerOptions::OnCorrupt::Refuse;
    auto ledger = Ledger::open(options, clock);
    if (!ledger) {
        qWarning("cannot open the ledger on disk: %s", qPrintable(ledger.error().reason));
        return {};
    }
    auto entries = ledger->entries(QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc()),
                                   clock.now().addYears(1), Ledger::Kinds::CheckIns);
    if (!entries) {
        qWarning("cannot read the ledger on disk: %s", qPrintable(entries.error().reason));
        return {};
    }
    return *entries;
}

} // namespace

int QuickTestSupport::ledgerCount() const
{
    return int(checkInsOnDisk(m_runtime->dataDir(), m_clock).size());
}

namespace {

QVariantMap entryFields(const LedgerEntry &entry)
{
    QVariantMap attributes;
    for (auto it = entry.attributes.cbegin(); it != entry.attributes.cend(); ++it)
        attributes.insert(it.key(), it.value());
    return {
        {QStringLiteral("mode"), modeCode(entry.mode)},
        {QStringLiteral("verdict"), verdictCode(entry.verdict)},
        {QStringLiteral("reasons"), entry.reasonCodes},
        {QStringLiteral("staffId"), entry.staffId},
        {QStringLiteral("hasContact"), !entry.sealedContact.isEmpty()},
        {QStringLiteral("passes"), int(entry.passes.size())},
        {QStringLiteral("passFormat"), entry.passes.isEmpty() ? QString() : entry.passes.constFirst().format},
        {QStringLiteral("attributes"), attributes},
    };
}

} // namespace

QVariantMap QuickTestSupport::lastLedgerEntry() const
{
    const QList<LedgerEntry> entries = checkInsOnDisk(m_runtime->dataDir(), m_clock);
    return entries.isEmpty() ? QVariantMap() : entryFields(entries.constLast());
}

QVariantList QuickTestSupport::lastLedgerEntries(int count) const
{
    const QList<LedgerEntry> entries = checkInsOnDisk(m_runtime->dataDir(), m_clock);
    QVariantList fields;
    for (qsizetype i = std::max<qsizetype>(0, entries.size() - count); i < entries.size(); ++i)
        fields.append(entryFields(entries.at(i)));
    return fields;
}

QString QuickTestSupport::screenshotPath(const QString &name) const
{
    const QString dir = QStringLiteral(PASSGATE_QUICK_SCREENSHOTS);
    QDir().mkpath(dir);
    return dir + u'/' + name + QStringLiteral(".png");
}

namespace {

ShcCardSpec threeDoseCard(const QDateTime &now)
{
    ShcCardSpec card;
    card.notBefore = now.addDays(-30);
    for (int daysAgo : {200, 170, 40})
        card.immunizations.append({QStringLiteral("208"), now.date().addDays(-daysAgo)});
    return card;
}

} // namespace

QStringList QuickTestSupport::passChunks(int count) const
{
    return m_shcIssuer.chunks(threeDoseCard(m_clock.now()), count);
}

QString QuickTestSupport::pass(const QString &kind) const
{
    const QDateTime now = m_clock.now();
    if (kind == u"shc")
        return m_shcIssuer.qr(threeDoseCard(now));
    if (kind == u"nzcp") {
        NzcpPassSpec spec;
        spec.notBefore = now.addDays(-30);
        spec.expires = now.addDays(300);
        return m_nzcpIssuer.issue(spec);
    }
    DccPassSpec spec;
    spec.payload = DccSamples::vaccination(now.date().addDays(-40));
    // 2G+ halves: a primary series older than 180 days, and a negative PCR of this visitor (or of
    // another one with the same name, born another day).
    if (kind == u"vaccinated-long-ago")
        spec.payload = DccSamples::vaccination(now.date().addDays(-200));
    if (kind == u"tested" || kind == u"tested-other-person")
        spec.payload = DccSamples::pcrTest(now.addSecs(-2 * 3600));
    // The primary series completed 9 days ago: too recent to count yet (the policies ask for 14).
    if (kind.startsWith(u"recently-vaccinated"))
        spec.payload = DccSamples::vaccination(now.date().addDays(-9));
    // A vaccine no policy recognises, its code looking like markup.
    if (kind == u"unrecognised-vaccine")
        spec.payload =
            DccSamples::with(spec.payload, QStringLiteral("v/0/mp"), QStringLiteral("<b>X-Vax</b>"));
    spec.payload.insert(QStringLiteral("nam"),
                        QJsonObject{{QStringLiteral("fn"), QStringLiteral("홍")},
                                    {QStringLiteral("gn"), QStringLiteral("길동")},
                                    {QStringLiteral("fnt"), QStringLiteral("HONG")},
                                    {QStringLiteral("gnt"), QStringLiteral("GILDONG")}});
    spec.payload.insert(QStringLiteral("dob"), QStringLiteral("1987-05-14"));
    // The longest holder name in the shared test data (dcc/FR/DGC_QrCode_00016_Raw.json): a given
    // name of 46 letters in one word, for the layout of the verdict's holder card.
    if (kind.endsWith(u"longest-name")) {
        spec.payload.insert(
            QStringLiteral("nam"),
            QJsonObject{
                {QStringLiteral("fn"), QStringLiteral("vandorpecdr")},
                {QStringLiteral("gn"), QStringLiteral("prenomtrestrestrestrestrestrestrestrestreslong")},
                {QStringLiteral("fnt"), QStringLiteral("VANDORPECDR")},
                {QStringLiteral("gnt"), QStringLiteral("PRENOMTRESTRESTRESTRESTRESTRESTRESTRESTRESLONG")}});
        spec.payload.insert(QStringLiteral("dob"), QStringLiteral("1980-05-22"));
    }
    if (kind == u"markup") {
        const QStringList tags = markupNames();
        spec.payload.insert(QStringLiteral("nam"), QJsonObject{{QStringLiteral("gn"), tags.at(0)},
                                                               {QStringLiteral("fn"), tags.at(1)},
                                                               {QStringLiteral("fnt"), QStringLiteral("X")}});
        spec.payload = DccSamples::with(spec.payload, QStringLiteral("v/0/mp"), tags.at(2));
    }
    spec.issuer = QStringLiteral("KR");
    spec.issuedAt = now.addDays(-30);
    spec.expiresAt = now.addDays(300);
    if (kind == u"tested-other-person")
        spec.payload.insert(QStringLiteral("dob"), QStringLiteral("1990-01-01"));
    // Another visitor altogether (2G+: the next one in the queue while the first waits).
    if (kind == u"vaccinated-other-name") {
        spec.payload.insert(QStringLiteral("nam"),
                            QJsonObject{{QStringLiteral("fn"), QStringLiteral("김")},
                                        {QStringLiteral("gn"), QStringLiteral("민지")},
                                        {QStringLiteral("fnt"), QStringLiteral("KIM")},
                                        {QStringLiteral("gnt"), QStringLiteral("MINJI")}});
        spec.payload.insert(QStringLiteral("dob"), QStringLiteral("1992-03-08"));
    }
    if (kind.startsWith(u"tested"))
        spec.issuedAt = now.addSecs(-3600); // issued after the sample, as test certificates are
    if (kind.startsWith(u"expired"))
        spec.expiresAt = now.addDays(-1);
    if (kind == u"forged")
        spec.corruptSignature = true;
    return TestIssuer(m_signer).issue(spec);
}

bool QuickTestSupport::limitFileSize(int bytes)
{
    rlimit saved{};
    if (getrlimit(RLIMIT_FSIZE, &saved) != 0)
        return false;
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit limit = saved;
    limit.rlim_cur = rlim_t(bytes);
    if (setrlimit(RLIMIT_FSIZE, &limit) != 0)
        return false;
    if (!m_savedFileSize)
        m_savedFileSize = saved;
    return true;
}

void QuickTestSupport::liftFileSizeLimit()
{
    if (m_savedFileSize)
        setrlimit(RLIMIT_FSIZE, &*m_savedFileSize);
    m_savedFileSize.reset();
}

QString QuickTestSupport::exportFolder()
{
    const QString path = m_dir.filePath(QStringLiteral("usb-stick"));
    QDir().mkpath(path);
    return path;
}

QVariantMap QuickTestSupport::openExport(const QString &path) const
{
    const auto problem = [](const QString &why) { return QVariantMap{{QStringLiteral("error"), why}}; };
    QString passphrase;
    static const QRegularExpression shown(QStringLiteral("passphrase ([A-Za-z0-9_-]{20,})"));
    for (const QString &notice : m_runtime->kiosk()->status()->staffNotices())
        if (const auto match = shown.match(notice); match.hasMatch())
            passphrase = match.captured(1);
    if (passphrase.isEmpty())
        return problem(QStringLiteral("no passphrase shown to staff"));
    QFile keyFile(ownerKeyFile());
    QFile exportFile(path);
    if (!keyFile.open(QIODevice::ReadOnly) || !exportFile.open(QIODevice::ReadOnly))
        return problem(QStringLiteral("cannot read the key or the export"));
    auto key = crypto::X25519Key::fromPrivatePem(keyFile.readAll(), passphrase.toLatin1());
    if (!key)
        return problem(key.error().reason);
    auto opened = LedgerExport::open(exportFile.readAll(), *key);
    if (!opened)
        return problem(opened.error().reason);
    QStringList contacts;
    QStringList districts;
    for (const auto &entry : opened->entries) {
        if (!entry.contact.isEmpty())
            contacts.append(modeCode(entry.entry.mode) + u' ' + entry.contact);
        if (!entry.homeDistrict.isEmpty())
            districts.append(entry.homeDistrict);
    }
    return {{QStringLiteral("entries"), int(opened->entries.size())},
            {QStringLiteral("contacts"), contacts},
            {QStringLiteral("districts"), districts}};
}

// The kiosk names the owner's private key after the key (owner-private-key-<key id>.pem).
QString QuickTestSupport::ownerKeyFile() const
{
    const QStringList keys =
        QDir(m_dir.path()).entryList({QStringLiteral("owner-private-key-*.pem")}, QDir::Files);
    return keys.size() == 1 ? m_dir.filePath(keys.first()) : QString();
}

bool QuickTestSupport::ownerKeyOutsideDataDir() const
{
    QFile key(ownerKeyFile());
    if (!key.open(QIODevice::ReadOnly))
        return false;
    const bool encrypted = key.readAll().contains("BEGIN ENCRYPTED PRIVATE KEY");
    const QStringList inData = QDir(m_runtime->dataDir()).entryList(QDir::Files);
    return encrypted && inData.filter(QStringLiteral("owner-private-key")).isEmpty() &&
           inData.contains(QStringLiteral("owner-public.pem"));
}

int QuickTestSupport::refusedKeys() const
{
    return m_runtime ? m_runtime->refusedKeys() : 0;
}

QStringList QuickTestSupport::layoutProblems(QQuickItem *root) const
{
    return test::layoutProblems(root);
}

QStringList QuickTestSupport::visibleTexts(QQuickItem *root) const
{
    return test::visibleTexts(root);
}

QStringList QuickTestSupport::markupRendered(QQuickItem *root, const QString &markup) const
{
    return test::markupRendered(root, markup);
}

QStringList QuickTestSupport::markupNames() const
{
    return {QStringLiteral("<font color=#00ff00 size=7><b>ADMIT</b></font>"),
            QStringLiteral("<img src=file:///etc/passwd>"), QStringLiteral("<a href=\"x\"><i>Vax</i></a>")};
}

void QuickTestSupport::showCameraStatus(const QString &text)
{
    m_runtime->kiosk()->status()->setCamera(KioskStatus::State::Warning, text);
}

void QuickTestSupport::showSyncStatus(const QString &text)
{
    m_runtime->kiosk()->status()->setSync(KioskStatus::State::Warning, text);
}

void QuickTestSupport::demonstrate(const QString &payload)
{
    m_runtime->kiosk()->checkIn()->submitDemoPayload(payload);
}

} // namespace passgate::test
