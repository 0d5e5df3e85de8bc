// make_demo_passes OUT_DIR: signs a small set of EU DCC passes relative to today (valid vaccination,
// one past its validity, a negative PCR, a recovery, an expired pass, a forged one) with a fresh test
// signer, and writes OUT_DIR/passes.txt (LABEL<TAB>PAYLOAD) and OUT_DIR/signer.pem, so the kiosk can be
// shown real verdicts with `--trust OUT_DIR/signer.pem` while no demo trust bundle is in the tree.
#include "support/DccSamples.h"
#include "support/TestIssuer.h"
#include "support/TestSigner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTimeZone>

#include <cstdio>

using namespace passgate::test;

namespace {

QJsonObject korean(QJsonObject payload, const QString &family, const QString &given,
                   const QString &latinFamily, const QString &latinGiven)
{
    payload.insert(QStringLiteral("nam"), QJsonObject{{QStringLiteral("fn"), family},
                                                      {QStringLiteral("gn"), given},
                                                      {QStringLiteral("fnt"), latinFamily},
                                                      {QStringLiteral("gnt"), latinGiven}});
    payload.insert(QStringLiteral("dob"), QStringLiteral("1987-05-14"));
    return payload;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_demo_passes OUT_DIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(out.path());
    const TestSigner signer = TestSigner::generate();
    const TestIssuer issuer(signer);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = now.date();

    const auto spec = [&](const QJsonObject &payload) {
        DccPassSpec s;
        s.payload = payload;
        s.issuer = QStringLiteral("KR");
        s.issuedAt = now.addDays(-1);
        s.expiresAt = now.addDays(365);
        return s;
    };
    QList<QPair<QString, QString>> passes;
    passes.append({QStringLiteral("vaccinated"),
                   issuer.issue(spec(korean(DccSamples::vaccination(today.addDays(-40)), QStringLiteral("홍"),
                                            QStringLiteral("길동"), QStringLiteral("HONG"),
                                            QStringLiteral("GILDONG"))))});
    passes.append({QStringLiteral("vaccination too old"),
                   issuer.issue(spec(korean(DccSamples::vaccination(today.addDays(-220)),
                                            QStringLiteral("김"), QStringLiteral("철수"),
                                            QStringLiteral("KIM"), QStringLiteral("CHEOLSU"))))});
    passes.append({QStringLiteral("negative PCR"),
                   issuer.issue(spec(korean(DccSamples::pcrTest(now.addSecs(-6 * 3600)), QStringLiteral("이"),
                                            QStringLiteral("영희"), QStringLiteral("LEE"),
                                            QStringLiteral("YEONGHUI"))))});
    DccPassSpec expired =
        spec(korean(DccSamples::vaccination(today.addDays(-60)), QStringLiteral("박"), QStringLiteral("민수"),
                    QStringLiteral("PARK"), QStringLiteral("MINSU")));
    expired.issuedAt = now.addDays(-400);
    expired.expiresAt = now.addDays(-30);
    passes.append({QStringLiteral("expired pass"), issuer.issue(expired)});
    DccPassSpec forged =
        spec(korean(DccSamples::vaccination(today.addDays(-40)), QStringLiteral("최"), QStringLiteral("지우"),
                    QStringLiteral("CHOI"), QStringLiteral("JIWOO")));
    forged.corruptSignature = true;
    passes.append({QStringLiteral("forged"), issuer.issue(forged)});

    QFile list(out.filePath(QStringLiteral("passes.txt")));
    QFile pem(out.filePath(QStringLiteral("signer.pem")));
    if (!list.open(QIODevice::WriteOnly) || !pem.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "make_demo_passes: cannot write to %s\n", argv[1]);
        return 1;
    }
    list.write("# Signed by make_demo_passes with a throw-away test signer (signer.pem).\n");
    for (const auto &[label, payload] : passes)
        list.write((label + u'\t' + payload + u'\n').toUtf8());
    pem.write(signer.certificatePem());
    std::printf("%lld passes in %s\n", qsizetype(passes.size()), qPrintable(out.path()));
    return 0;
}
