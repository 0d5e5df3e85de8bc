#include "FuzzTarget.h"

#include "policy/PolicyCatalog.h"
#include "support/TestPublisher.h"
#include "support/TestSigner.h"
#include "trust/BundleFormat_p.h"
#include "trust/BundleVerifier.h"
#include "trust/RevocationList.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

// A downloaded or imported trust bundle into the verifier, at two depths chosen by the first byte:
//   0: the bytes are the .pgtb file (framing, pinned key, signature);
//   1: the bytes are the manifest, framed and signed by the pinned publisher, so the parser of
//      signers, times and rule sets behind the signature check is reached too.
// The publisher's signature is what stands between the network and that parser; the parser must
// still refuse, never crash, whatever a compromised or buggy publisher signs.

using namespace passgate;

namespace {

struct Fixture
{
    test::TestPublisher publisher = test::TestPublisher::generate();
    PublisherKeys pins = publisher.pins();
    QDateTime now = QDateTime(QDate(2021, 12, 13), QTime(12, 0), QTimeZone::utc());
    RevocationList noRevocations;

    Fixture() { noRevocations.finish(); }

    QByteArray signedFile(const QByteArray &manifest) const
    {
        const QByteArray part = bundleSignedPart(manifest, noRevocations, publisher.signingKey().keyId());
        return part + publisher.signingKey().sign(part);
    }
};

const Fixture &fixture()
{
    static const Fixture instance;
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const Fixture &f = fixture();
    const QByteArray body(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const QByteArray file = data[0] % 2 == 0 ? body : f.signedFile(body);
    (void)verifyBundle(file, f.pins, f.now);
    (void)verifyBundle(file, f.pins, f.now, ExpiryCheck::Ignore);
    return 0;
}

QList<QByteArray> fuzzSeeds()
{
    const Fixture &f = fixture();
    BundleContents contents;
    contents.sequence = 7;
    contents.issued = f.now.addDays(-1);
    contents.expires = f.now.addDays(30);
    contents.publisher = QStringLiteral("fuzz publisher");
    const test::TestSigner signer = test::TestSigner::generate();
    contents.signers << BundleContents::Signer{signer.certificateDer(), QStringLiteral("DE"), {}};
    // A signer a list restricted, where it came from, and value sets: the parsers behind them.
    contents.signers << BundleContents::Signer{test::TestSigner::generate().certificateDer(),
                                               QStringLiteral("SE"),
                                               {},
                                               {QStringLiteral("1.3.6.1.4.1.1847.2021.1.1")}};
    contents.sources << BundleSource{QStringLiteral("dsc-list"), QStringLiteral("dsc-list.json"),
                                     f.now.addDays(-2), 2, 1};
    ValueSet diseases{QStringLiteral("disease-agent-targeted"),
                      QDate(2021, 4, 27),
                      {{QStringLiteral("840539006"), QStringLiteral("COVID-19")}}};
    contents.valueSets.add(diseases);
    // Every policy shipped with the kiosk, in every format, as the bundle's rule sets.
    PolicyCatalog::builtIn(); // makes the compiled-in :/policies readable
    for (const QString &folder : {QStringLiteral(":/policies"), QStringLiteral(":/policies/certlogic")}) {
        const QDir dir(folder);
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                contents.ruleSets << QJsonDocument::fromJson(file.readAll()).object();
        }
    }
    RevocationList revocations;
    revocations.add(RevocationHashType::Uci, RevocationList::Hash{});
    revocations.add(RevocationHashType::Signature, RevocationList::Hash{{0xff, 1, 2, 3}});
    revocations.finish();
    contents.revocations = revocations;

    QList<QByteArray> seeds;
    seeds << withMode(0, f.publisher.build(contents));
    seeds << withMode(1, bundleManifest(contents));
    seeds << withMode(0, f.publisher.build(1, f.now.addDays(-1)));
    return seeds;
}
