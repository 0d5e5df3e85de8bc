#include "kiosk/CheckInController.h"
#include "kiosk/ScanController.h"
#include "scan/FrameSourceSpec.h"
#include "scan/QrCodeImage.h"
#include "scan/ScanMetrics.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace passgate;
using namespace std::chrono_literals;

namespace {

bool writeQr(const QString &path, const QString &text)
{
    const auto image = renderQrCode(text);
    return image.ok() && image->save(path);
}

} // namespace

// Frame -> payload: an image folder through the controller, as the kiosk wires it (source, reader on
// its worker thread, session), published once per new payload with a time the latency can count from.
class ScanControllerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachNewPayloadIsPublishedOnce()
    {
        QTemporaryDir dir;
        QVERIFY(writeQr(dir.filePath(QStringLiteral("1.png")), QStringLiteral("HC1:FIRST")));
        QVERIFY(writeQr(dir.filePath(QStringLiteral("2.png")), QStringLiteral("HC1:FIRST"))); // shown again
        QVERIFY(writeQr(dir.filePath(QStringLiteral("3.png")), QStringLiteral("HC1:SECOND")));
        const auto spec = parseFrameSourceSpec(QStringLiteral("images:") + dir.path());
        QVERIFY(spec.ok());
        FrameSourceSettings settings;
        settings.imageHoldTime = 300ms;
        settings.frameRate = 20;
        ScanController scan(*spec, settings);
        QSignalSpy payloads(&scan, &ScanController::payloadScanned);
        const qint64 before = monotonicMs();
        scan.start();
        QVERIFY(scan.running());
        QTRY_COMPARE_WITH_TIMEOUT(scan.state(), FrameSource::State::Finished, 20000);
        QTRY_COMPARE(payloads.size(), 2);
        QCOMPARE(payloads.at(0).at(0).toString(), QStringLiteral("HC1:FIRST"));
        QCOMPARE(payloads.at(1).at(0).toString(), QStringLiteral("HC1:SECOND"));
        // The time is the arrival of a frame of this run, on the same clock as the verdict's.
        for (const QList<QVariant> &payload : payloads) {
            QCOMPARE(payload.at(2).value<ScanOrigin>(), ScanOrigin::ImageFolder); // decides demo or real
            const qint64 arrived = payload.at(1).toLongLong();
            QVERIFY(arrived >= before);
            QVERIFY(arrived <= monotonicMs());
        }
        // One frame counter: every frame the reader saw is counted once.
        QCOMPARE(scan.metrics()->framesSeen(), quint64(3 * 6));

        // Staff dismissed the verdict: the same pass may be shown again on purpose.
        scan.forgetSeen();
        QCOMPARE(payloads.size(), 2);
    }

    void aFolderThatIsNotThereIsReportedNotFatal()
    {
        const auto spec = parseFrameSourceSpec(QStringLiteral("images:/nonexistent/passgate-photos"));
        QVERIFY(spec.ok());
        ScanController scan(*spec, FrameSourceSettings{});
        QSignalSpy payloads(&scan, &ScanController::payloadScanned);
        scan.start();
        QVERIFY(!scan.running());
        QVERIFY(!scan.status().isEmpty());
        QCOMPARE(payloads.size(), 0);
    }
};

QTEST_MAIN(ScanControllerTest)
#include "tst_scancontroller.moc"
