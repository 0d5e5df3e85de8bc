#pragma once

#include <QString>
#include <QTest>

namespace passgate::test {

// The shared test vectors folder: $PASSGATE_TESTDATA_DIR if set, else the CMake cache value.
QString testDataRoot();
// The absolute path of SUBDIR inside it, or an empty string when that folder does not exist.
QString testDataPath(const QString &subdir);
// Why the data is missing and where it was expected.
QString missingTestDataMessage(const QString &subdir);
bool runningUnderCi();

// The QR text (PREFIX) of every vector under DCC_DIR (the dgc-testdata layout), named by its path
// relative to DCC_DIR, in a stable order.
struct VectorQr
{
    QString name;
    QString qr;
};
QList<VectorQr> dccVectorQrs(const QString &dccDir);
// For a _data() function: a column "qr" and one row per vector QR, named after its file. Returns the
// number of rows, for the caller to check that the data is all there.
qsizetype addDccVectorQrRows(const QString &dccDir);

} // namespace passgate::test

// Declares `var` as the path of the shared test data folder `subdir`. When the folder is missing the
// test function fails under CI=true and is skipped elsewhere, with a message saying where it is expected.
#define PASSGATE_TESTDATA(var, subdir)                                                                       \
    const QString var = passgate::test::testDataPath(QStringLiteral(subdir));                                \
    do {                                                                                                     \
        if (var.isEmpty()) {                                                                                 \
            const QByteArray passgateMissing_ =                                                              \
                passgate::test::missingTestDataMessage(QStringLiteral(subdir)).toUtf8();                     \
            if (passgate::test::runningUnderCi())                                                            \
                QFAIL(passgateMissing_.constData());                                                         \
            QSKIP(passgateMissing_.constData());                                                             \
        }                                                                                                    \
    } while (false)
