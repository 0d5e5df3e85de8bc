#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace passgate::cli {

// One EXPECTED* key of one vector: what the vector expects and what passgate's step did.
struct ConformanceCheck
{
    QString file;
    QString key;
    QString expected; // "true" / "false" (or what the vector wrote)
    QString actual;   // "true" / "false" / "skipped" (a key passgate does not check)
    QString reason;   // why passgate's step came out as it did
    bool matches() const { return expected == actual; }
};

struct ConformanceFileResult
{
    QString file;
    QList<ConformanceCheck> checks;
    QStringList notes; // inconsistencies inside the vector itself, reported but not failures
    QList<ConformanceCheck> mismatches() const;
    bool passed() const { return mismatches().isEmpty(); }
};

struct ConformanceReport
{
    QList<ConformanceFileResult> files;
    int passed() const;
    int failed() const;
    // One line per mismatch and per note (with `verbose`, per check too), then
    // "N passed, M failed" counting files.
    QStringList lines(bool verbose = false) const;
};

// Runs the EU DCC test vectors of the dgc-testdata layout (one JSON per case, see
// ../shared/testdata/dcc/README.md) through passgate's own decoder stages and compares every
// EXPECTED* key that is present. A key it does not know is reported as skipped and fails the file:
// nothing counts as passed without being checked.
// Where a vector lacks the data a step starts from, the step starts from what passgate itself gets
// out of the PREFIX text (the QR content): COMPRESSED = base45 of it, BASE45 = the text after
// "HC1:", COSE = its inflation, and a missing 2DCODE picture is drawn from PREFIX and read back.
class DccConformanceSuite
{
public:
    // Reads the QR codes in an encoded picture (PNG); the CLI passes ZXing, tests a fake.
    using PictureDecoder = std::function<QStringList(const QByteArray &encodedImage, QString *error)>;
    // Draws a text as a QR code picture (PNG), for vectors that bring no 2DCODE of their own.
    using PictureRenderer = std::function<QByteArray(const QString &text, QString *error)>;

    DccConformanceSuite(PictureDecoder pictureDecoder, PictureRenderer pictureRenderer);

    // The EXPECTED* keys this suite checks.
    static QStringList knownKeys();

    ConformanceFileResult checkVector(const QJsonObject &vector, const QString &name) const;
    ConformanceFileResult checkFile(const QString &path, const QString &name) const;
    // Every *.json under `directory`, recursively, in path order.
    ConformanceReport run(const QString &directory) const;

private:
    PictureDecoder m_pictureDecoder;
    PictureRenderer m_pictureRenderer;
};

} // namespace passgate::cli
