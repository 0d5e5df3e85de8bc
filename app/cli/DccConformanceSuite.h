#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace passgate::cli {

// A vector whose expectation the published specification contradicts: passgate follows the
// specification, and the vector is reported as divergent, counted apart from passed and failed.
// Read from a checked-in list (resources/conformance/dcc-divergences.json), never guessed.
struct KnownDivergence
{
    QString file;     // relative to the vectors' folder, e.g. "PL/1.3.0/7.json"
    QString key;      // "EXPECTEDSCHEMAVALIDATION"
    QString expected; // what the vector expects, "true" / "false"
    QString actual;   // what the specification gives, "true" / "false"
    QString reason;   // one line quoting the schema release it follows
};

// The list's JSON: {"divergences": [{"file", "key", "expected", "specification", "reason"}]}.
Result<QList<KnownDivergence>, QString> readDivergences(const QByteArray &json);

// One EXPECTED* key of one vector: what the vector expects and what passgate's step did.
struct ConformanceCheck
{
    QString file;
    QString key;
    QString expected;   // "true" / "false" (or what the vector wrote)
    QString actual;     // "true" / "false" / "skipped" (a key passgate does not check)
    QString reason;     // why passgate's step came out as it did
    QString divergence; // set when a known divergence explains expected != actual: its reason
    bool matches() const { return expected == actual; }
    bool divergent() const { return !matches() && !divergence.isEmpty(); }
    bool failed() const { return !matches() && divergence.isEmpty(); }
};

struct ConformanceFileResult
{
    enum class Status
    {
        Passed,    // every key matches
        Divergent, // no failure, and at least one known divergence
        Failed
    };
    QString file;
    QList<ConformanceCheck> checks;
    QStringList notes; // inconsistencies inside the vector itself, reported but not failures
    QList<ConformanceCheck> mismatches() const; // failed checks (divergences are not among them)
    Status status() const;
    bool passed() const { return status() == Status::Passed; }
};

struct ConformanceReport
{
    QList<ConformanceFileResult> files;
    int passed() const;
    int failed() const;
    int divergent() const;
    // One line per failure, divergence and note (with `verbose`, per check too), then
    // "N passed, M failed, D divergent" counting files.
    QStringList lines(bool verbose = false) const;
    // One row per EXPECTED* key: how many checks of it passed, failed, diverged, were skipped.
    QStringList byKeyLines() const;
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

    DccConformanceSuite(PictureDecoder pictureDecoder, PictureRenderer pictureRenderer,
                        QList<KnownDivergence> divergences = {});

    ConformanceFileResult checkVector(const QJsonObject &vector, const QString &name) const;
    ConformanceFileResult checkFile(const QString &path, const QString &name) const;
    // Every *.json under `directory`, recursively, in path order.
    ConformanceReport run(const QString &directory) const;

private:
    PictureDecoder m_pictureDecoder;
    PictureRenderer m_pictureRenderer;
    QList<KnownDivergence> m_divergences;
};

} // namespace passgate::cli
