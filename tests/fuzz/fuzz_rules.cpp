#include "FuzzTarget.h"

#include "policy/PolicyCatalog.h"
#include "policy/certlogic/Evaluator.h"
#include "policy/certlogic/Validator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Rules as data, from a trust bundle or a venue's policy file, chosen by the first byte:
//   0: the bytes are JSON [expression, data]: the CertLogic validator, then the evaluator (which must
//      also come back from expressions the validator refuses: it is the last line, not the validator);
//   1: the bytes are a policy file of any format; an accepted policy decides three check-ins.

using namespace passgate;

namespace {

QList<Evidence> sampleEvidence()
{
    Evidence vaccinated;
    vaccinated.mode = CheckInMode::Paper;
    vaccinated.idChecked = true;
    Vaccination dose;
    dose.disease = QStringLiteral("840539006");
    dose.product = QStringLiteral("EU/1/20/1528");
    dose.doseNumber = 2;
    dose.seriesTotal = 2;
    dose.date = QDate(2021, 11, 1);
    vaccinated.paperStatements << dose;
    vaccinated.holderBirthDate = QStringLiteral("1980-05-04");

    Evidence tested = vaccinated;
    TestResult pcr;
    pcr.disease = QStringLiteral("840539006");
    pcr.testType = QStringLiteral("LP6464-4");
    pcr.result = QStringLiteral("260415000");
    pcr.sampleTime = QDateTime(QDate(2021, 12, 12), QTime(9, 0), QTimeZone::utc());
    tested.paperStatements = {pcr};

    Evidence nothing;
    nothing.mode = CheckInMode::Phone;
    nothing.contact = QStringLiteral("01012345678");
    nothing.holderBirthDate = QStringLiteral("2010");
    return {vaccinated, tested, nothing};
}

QByteArray pair(const char *expression, const char *data)
{
    return withMode(0, QByteArray("[") + expression + ", " + data + "]");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    static const QList<Evidence> evidence = sampleEvidence();
    static const QDateTime now(QDate(2021, 12, 13), QTime(12, 0), QTimeZone::utc());
    const QByteArray body(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (data[0] % 2 == 0) {
        const QJsonArray both = document.array();
        (void)certlogic::validate(both.at(0));
        (void)certlogic::evaluate(both.at(0), both.at(1));
        return 0;
    }
    const auto policy = policyFromJson(document.object());
    if (!policy)
        return 0;
    for (const QString &type : {QStringLiteral("restaurant"), QStringLiteral("hospital")}) {
        const Venue venue{type, QTimeZone("Asia/Seoul")};
        for (const Evidence &one : evidence)
            (void)(*policy)->decide(one, venue, now);
    }
    return 0;
}

QList<QByteArray> fuzzSeeds()
{
    QList<QByteArray> seeds;
    // Every shipped policy, in every format.
    PolicyCatalog::builtIn(); // makes the compiled-in :/policies readable
    for (const QString &folder : {QStringLiteral(":/policies"), QStringLiteral(":/policies/certlogic")}) {
        const QDir dir(folder);
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                seeds << withMode(1, file.readAll());
        }
    }
    // One expression per family of CertLogic operations, on data shaped like a DCC.
    const char *dcc = R"({"payload": {"dob": "1980-05", "v": [{"dn": 2, "sd": 2, "dt": "2021-11-01",
        "ci": "URN:UVCI:01:DE:187/37512422923"}]}, "external": {"validationClock": "2021-12-13T12:00:00Z"}})";
    seeds << pair(R"({"if": [{"var": "payload.v.0"}, {"===": [{"var": "payload.v.0.dn"}, 2]}, false]})", dcc);
    seeds << pair(R"({"not-before": [{"plusTime": [{"var": "external.validationClock"}, 0, "day"]},
        {"plusTime": [{"var": "payload.v.0.dt"}, 14, "day"]}]})",
                  dcc);
    seeds << pair(
        R"({"reduce": [{"var": "payload.v"}, {"+": [{"var": "accumulator"}, {"var": "current.dn"}]}, 0]})",
        dcc);
    seeds << pair(R"({"in": [{"extractFromUVCI": [{"var": "payload.v.0.ci"}, 1]}, ["DE", "KR"]]})", dcc);
    seeds << pair(R"({"after": [{"plusTime": [{"dccDateOfBirth": [{"var": "payload.dob"}]}, 18, "year"]},
        {"plusTime": [{"var": "external.validationClock"}, -1, "month"]}]})",
                  dcc);
    seeds << pair(R"({"and": [{"!": [{"var": "payload.t"}]}, {"<=": [1, {"var": "payload.v.0.dn"}, 3]}]})",
                  dcc);
    return seeds;
}
