#pragma once

#include "common/Clock.h"
#include "kiosk/KioskAssembly.h"
#include "support/TestIssuer.h"
#include "support/TestNzcpIssuer.h"
#include "support/TestShcIssuer.h"
#include "support/TestSigner.h"

#include <QObject>
#include <QTemporaryDir>
#include <QVariantMap>

#include <memory>
#include <optional>

#include <sys/resource.h>

class QQmlEngine;
class QQuickItem;

namespace passgate::test {

// What the QML tests reach besides the kiosk itself (singleton `TestSupport` in PassgateTest):
// the test clock, the ledger as written on disk, and the key filter's count.
class QuickTestSupport : public QObject
{
    Q_OBJECT

public:
    QuickTestSupport();
    ~QuickTestSupport() override;

    bool start(QQmlEngine &engine);

    // How long the test's trust list is valid from the start.
    static constexpr int trustListDays = 30;
    Q_INVOKABLE int trustListDaysLeft() const { return trustListDays; }
    Q_INVOKABLE void advanceClock(int seconds);
    // A newer trust list file (same signer, next sequence, same expiry) in the temporary dir, or a
    // copy with one byte changed ("tampered"); returns its path.
    Q_INVOKABLE QString trustListFile(const QString &kind);
    // A fresh empty folder for an export, and what the owner reads from an export file with the
    // private key left by the first start and the passphrase staff were shown:
    // {entries, contacts: [phone numbers]}, or {error}.
    Q_INVOKABLE QString exportFolder();
    Q_INVOKABLE QVariantMap openExport(const QString &path) const;
    Q_INVOKABLE QString now() const;
    // Check-ins in the ledger on disk, and the newest one as {mode, verdict, reasons, staffId,
    // hasContact, passes, passFormat, attributes}.
    Q_INVOKABLE int ledgerCount() const;
    Q_INVOKABLE QVariantMap lastLedgerEntry() const;
    // The newest `count` check-ins on disk, oldest first.
    Q_INVOKABLE QVariantList lastLedgerEntries(int count) const;
    Q_INVOKABLE int refusedKeys() const;
    // The first start left the owner's private key beside the config, encrypted, not in the data dir.
    Q_INVOKABLE bool ownerKeyOutsideDataDir() const;
    QString ownerKeyFile() const;
    // A full disk without mounting anything: every file write past `bytes` fails (EFBIG, SIGXFSZ
    // ignored), as when a filesystem runs out of space. False when the limit could not be set.
    Q_INVOKABLE bool limitFileSize(int bytes);
    Q_INVOKABLE void liftFileSizeLimit();
    // Where a test saves a picture of what it shows (the build tree), e.g. the paper check-in form.
    Q_INVOKABLE QString screenshotPath(const QString &name) const;
    // A pass signed by the kiosk's trusted test signer, as its QR text: "vaccinated" (40 days after the
    // second dose), "expired" (the pass itself expired) or "forged" (signature broken); "markup": its
    // holder's names and vaccine code are the tags of markupNames() (given, family, product).
    // Other formats, from issuers the test trust list also trusts: "shc" (a SMART Health Card with
    // three doses, the last 40 days ago) and "nzcp" (an NZ COVID Pass valid for 300 more days).
    // Combined in one kind: "expired..." or "recently-vaccinated..." (the second dose 9 days ago), and
    // "...longest-name" (the holder has the longest name of the shared test data).
    Q_INVOKABLE QString pass(const QString &kind) const;
    Q_INVOKABLE QStringList markupNames() const;
    // The "shc" card split into `count` QR codes, in index order.
    Q_INVOKABLE QStringList passChunks(int count) const;
    // The layout audit (LayoutAudit.h) of what `root` shows now, and the texts it shows.
    Q_INVOKABLE QStringList layoutProblems(QQuickItem *root) const;
    Q_INVOKABLE QStringList visibleTexts(QQuickItem *root) const;
    Q_INVOKABLE QStringList markupRendered(QQuickItem *root, const QString &markup) const;
    // Puts long words into the status bar's camera part, as a long source status does (until the
    // kiosk next updates it).
    Q_INVOKABLE void showCameraStatus(const QString &text);
    // The same for the sync part (a sync server is not part of these tests).
    Q_INVOKABLE void showSyncStatus(const QString &text);
    // A pass from the demo source, as the demo scanner gives it: decided, shown, never recorded.
    Q_INVOKABLE void demonstrate(const QString &payload);

private:
    bool installTrustList(const QString &dataDir);
    Result<QByteArray, QString> buildTrustList(quint64 sequence) const;

    QTemporaryDir m_dir;
    std::optional<rlimit> m_savedFileSize;
    FixedClock m_clock;
    QDateTime m_trustExpires;
    TestSigner m_signer = TestSigner::generate();
    TestShcIssuer m_shcIssuer{TestSigner::generate()};
    TestNzcpIssuer m_nzcpIssuer{TestSigner::generate()};
    std::unique_ptr<KioskAssembly> m_runtime;
};

} // namespace passgate::test
