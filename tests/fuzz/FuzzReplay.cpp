#include "FuzzTarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <random>

// The replay driver of a fuzz target (builds without libFuzzer):
//   fuzz_<name>_replay [--mutations N] [--write-seeds DIR] [FILE|DIR ...]
// runs every seed, then N mutations of the seeds (bit flips, byte changes, cuts, insertions and
// splices from a fixed random sequence: the same inputs on every run), then the given files, e.g. a
// crash file libFuzzer wrote. A crash, sanitizer report or hang is the failure; the exit code is 0
// when every input came back. --write-seeds writes the seeds as a corpus for the libFuzzer build.

namespace {

// With PASSGATE_FUZZ_TRACE=FILE every input is written there before it runs: after a crash the file
// holds the input that caused it, ready to replay or to turn into a unit test.
void run(const QByteArray &input)
{
    static const QString trace = qEnvironmentVariable("PASSGATE_FUZZ_TRACE");
    if (!trace.isEmpty()) {
        QFile file(trace);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(input);
    }
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(input.constData()),
                           std::size_t(input.size()));
}

QByteArray mutate(const QList<QByteArray> &seeds, std::mt19937 &random)
{
    QByteArray input = seeds.at(int(random() % quint32(seeds.size())));
    const int edits = 1 + int(random() % 4);
    for (int edit = 0; edit < edits; ++edit) {
        const qsizetype size = input.size();
        const qsizetype at = size > 0 ? qsizetype(random() % quint64(size)) : 0;
        switch (random() % 6) {
        case 0: // flip one bit
            if (size > 0)
                input[at] = char(input.at(at) ^ char(1 << (random() % 8)));
            break;
        case 1: // any byte
            if (size > 0)
                input[at] = char(random() % 256);
            break;
        case 2: // cut the tail
            input.truncate(at);
            break;
        case 3: // insert a few bytes
            for (int n = 1 + int(random() % 8); n > 0; --n)
                input.insert(at, char(random() % 256));
            break;
        case 4: // remove a span
            input.remove(at, qsizetype(random() % 16));
            break;
        default: // splice in a piece of another seed
        {
            const QByteArray &other = seeds.at(int(random() % quint32(seeds.size())));
            if (!other.isEmpty()) {
                const qsizetype from = qsizetype(random() % quint64(other.size()));
                input.insert(at, other.mid(from, qsizetype(random() % 64)));
            }
            break;
        }
        }
    }
    return input;
}

bool writeSeeds(const QList<QByteArray> &seeds, const QString &dirPath)
{
    if (!QDir().mkpath(dirPath))
        return false;
    for (int i = 0; i < seeds.size(); ++i) {
        QFile file(QDir(dirPath).filePath(QStringLiteral("seed-%1").arg(i, 3, 10, QLatin1Char('0'))));
        if (!file.open(QIODevice::WriteOnly) || file.write(seeds.at(i)) != seeds.at(i).size())
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int mutations = 0;
    QString seedDir;
    QStringList paths;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        if (arg == u"--mutations" && !args.isEmpty()) {
            bool ok = false;
            mutations = args.takeFirst().toInt(&ok);
            if (!ok || mutations < 0) {
                std::fprintf(stderr, "--mutations needs a count\n");
                return 2;
            }
        } else if (arg == u"--write-seeds" && !args.isEmpty()) {
            seedDir = args.takeFirst();
        } else if (arg.startsWith(u"--")) {
            std::fprintf(stderr, "usage: %s [--mutations N] [--write-seeds DIR] [FILE|DIR ...]\n", argv[0]);
            return 2;
        } else {
            paths << arg;
        }
    }

    const QList<QByteArray> seeds = fuzzSeeds();
    if (seeds.isEmpty()) {
        std::fprintf(stderr, "the target has no seeds\n");
        return 1;
    }
    if (!seedDir.isEmpty()) {
        if (!writeSeeds(seeds, seedDir)) {
            std::fprintf(stderr, "cannot write the seeds to %s\n", qPrintable(seedDir));
            return 1;
        }
        std::printf("%lld seeds written to %s\n", qlonglong(seeds.size()), qPrintable(seedDir));
        return 0;
    }

    for (const QByteArray &seed : seeds)
        run(seed);
    std::mt19937 random(20211213); // fixed: the same mutations on every run
    for (int i = 0; i < mutations; ++i)
        run(mutate(seeds, random));

    qlonglong files = 0;
    for (const QString &path : std::as_const(paths)) {
        QStringList inputs;
        if (QFileInfo(path).isDir()) {
            for (const QFileInfo &entry : QDir(path).entryInfoList(QDir::Files, QDir::Name))
                inputs << entry.filePath();
        } else {
            inputs << path;
        }
        for (const QString &input : std::as_const(inputs)) {
            QFile file(input);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(input));
                return 1;
            }
            run(file.readAll());
            ++files;
        }
    }
    std::printf("%lld seeds, %d mutations, %lld files: every input came back\n", qlonglong(seeds.size()),
                mutations, files);
    return 0;
}
