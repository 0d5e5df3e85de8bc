#include "QuickTestSupport.h"

#include "kiosk/KioskConfig.h"
#include "kiosk/StaffPin.h"
#include "support/DccSamples.h"

#include <QDir>
#include <QJsonObject>
#include <QQmlEngine>
#include <QTimeZone>
#include <QtQml/qqml.h>

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

    KioskOptions options;
    options.source = QStringLiteral("demo");
    options.dataDir = m_dir.filePath(QStringLiteral("data"));
    options.configPath = configPath;
    options.pinIterations = 1000;
    m_runtime = std::make_unique<KioskRuntime>(options, m_clock);
    if (auto started = m_runtime->start(); !started) {
        qWarning("kiosk did not start: %s", qPrintable(started.error()));
        return false;
    }
    m_runtime->trustStore().add(m_signer.signerCertificate());
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

void QuickTestSupport::advanceClock(int seconds)
{
    m_clock.advance(std::chrono::seconds(seconds));
}

QString QuickTestSupport::now() const
{
    return m_clock.now().toString(Qt::ISODate);
}

int QuickTestSupport::ledgerCount() const
{
    return -1;
}

QVariantMap QuickTestSupport::lastLedgerEntry() const
{
    return {};
}

QString QuickTestSupport::screenshotPath(const QString &name) const
{
    const QString dir = QStringLiteral(PASSGATE_QUICK_SCREENSHOTS);
    QDir().mkpath(dir);
    return dir + u'/' + name + QStringLiteral(".png");
}

QString QuickTestSupport::pass(const QString &kind) const
{
    const QDateTime now = m_clock.now();
    DccPassSpec spec;
    spec.payload = DccSamples::vaccination(now.date().addDays(-40));
    spec.payload.insert(QStringLiteral("nam"),
                        QJsonObject{{QStringLiteral("fn"), QStringLiteral("홍")},
                                    {QStringLiteral("gn"), QStringLiteral("길동")},
                                    {QStringLiteral("fnt"), QStringLiteral("HONG")},
                                    {QStringLiteral("gnt"), QStringLiteral("GILDONG")}});
    spec.payload.insert(QStringLiteral("dob"), QStringLiteral("1987-05-14"));
    spec.issuer = QStringLiteral("KR");
    spec.issuedAt = now.addDays(-30);
    spec.expiresAt = now.addDays(300);
    if (kind == u"expired")
        spec.expiresAt = now.addDays(-1);
    if (kind == u"forged")
        spec.corruptSignature = true;
    return TestIssuer(m_signer).issue(spec);
}

int QuickTestSupport::refusedKeys() const
{
    return m_runtime ? m_runtime->refusedKeys() : 0;
}

} // namespace passgate::test
