#include "formats/shc/ShcDecoder.h"

#include "common/IsoDateTime.h"
#include "formats/IcaoName.h"
#include "formats/shc/FhirCodes_p.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace passgate::shc {

namespace {

const QString covid19 = QStringLiteral("840539006");

Failure<PassError> malformed(const QString &reason)
{
    return fail(PassErrorCode::MalformedCredential, reason);
}

bool isResourceUri(const QString &text)
{
    static const QRegularExpression resourceUri(QStringLiteral("^resource:[0-9]+$"));
    return resourceUri.match(text).hasMatch();
}

// The framework's "Health Cards are Compact" rules for cards in QR codes: a signed card that breaks
// them is still the issuer's, so these are findings for staff rather than refusals.
class Minimisation
{
public:
    explicit Minimisation(QList<PassDataProblem> &problems)
        : m_problems(problems)
    {}

    void checkResource(const QJsonObject &resource, const QString &path)
    {
        if (resource.contains(u"id"))
            add(path + QStringLiteral(".id"),
                QStringLiteral("a resource in a SMART Health Card carries no id"));
        if (resource.contains(u"meta")) {
            const QJsonObject meta = resource.value(u"meta").toObject();
            if (meta.size() != 1 || !meta.contains(u"security"))
                add(path + QStringLiteral(".meta"),
                    QStringLiteral(
                        "a resource in a SMART Health Card carries no meta other than meta.security"));
        }
        if (resource.contains(u"text"))
            add(path + QStringLiteral(".text"),
                QStringLiteral("a resource in a SMART Health Card carries no narrative text"));
        for (auto it = resource.constBegin(); it != resource.constEnd(); ++it) {
            if (it.key() != u"text")
                walk(it.value(), path + u'.' + it.key(), false);
        }
    }

private:
    void walk(const QJsonValue &value, const QString &path, bool isCoding)
    {
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                walk(array.at(i), path + QStringLiteral("[%1]").arg(i), isCoding);
            return;
        }
        if (!value.isObject())
            return;
        const QJsonObject object = value.toObject();
        if (isCoding && object.contains(u"display"))
            add(path + QStringLiteral(".display"),
                QStringLiteral("a Coding in a SMART Health Card carries no display text"));
        if (object.value(u"coding").isArray() && object.contains(u"text"))
            add(path + QStringLiteral(".text"),
                QStringLiteral("a CodeableConcept in a SMART Health Card carries no text"));
        if (object.value(u"reference").isString() && !isResourceUri(object.value(u"reference").toString()))
            add(path + QStringLiteral(".reference"),
                QStringLiteral("a reference in a SMART Health Card is a short resource:N URI"));
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            walk(it.value(), path + u'.' + it.key(), it.key() == u"coding");
    }

    void add(const QString &field, const QString &detail)
    {
        m_problems.append({dataproblem::schema, field, detail});
    }

    QList<PassDataProblem> &m_problems;
};

struct Dose
{
    QDate date;
    VaccineCode code;
};

struct LabResult
{
    QDateTime sampleTime;
    CovidTestKind kind = CovidTestKind::None;
    QString result;
    QString centre;
};

// The first coding the verifier understands best: a COVID-19 code, else a code of a known system.
std::optional<std::pair<qsizetype, VaccineCode>> vaccineCoding(const QJsonArray &codings)
{
    std::optional<std::pair<qsizetype, VaccineCode>> best;
    for (qsizetype i = 0; i < codings.size(); ++i) {
        const QJsonObject coding = codings.at(i).toObject();
        const VaccineCode code =
            readVaccineCode(coding.value(u"system").toString(), coding.value(u"code").toString());
        const int rank = code.covid19 ? 2 : code.knownSystem ? 1 : 0;
        const int bestRank = !best ? -1 : best->second.covid19 ? 2 : best->second.knownSystem ? 1 : 0;
        if (rank > bestRank)
            best = std::pair{i, code};
    }
    return best;
}

std::optional<Dose> readImmunization(const QJsonObject &resource, const QString &path,
                                     QList<PassDataProblem> &problems)
{
    if (resource.value(u"status").toString() != u"completed")
        return std::nullopt;
    const QJsonArray codings = resource.value(u"vaccineCode").toObject().value(u"coding").toArray();
    const auto coding = vaccineCoding(codings);
    if (!coding) {
        problems.append({dataproblem::schema, path + QStringLiteral(".vaccineCode"),
                         QStringLiteral("the immunization names no vaccine code")});
        return std::nullopt;
    }
    if (!coding->second.knownSystem)
        problems.append(
            {dataproblem::schema, path + QStringLiteral(".vaccineCode.coding[%1].system").arg(coding->first),
             QStringLiteral("the vaccine code system '%1' is none of those SMART Health Cards use "
                            "(CVX, SNOMED CT, ICD-11)")
                 .arg(codings.at(coding->first).toObject().value(u"system").toString())});
    Dose dose{QDate(), coding->second};
    const QString occurrence = resource.value(u"occurrenceDateTime").toString();
    dose.date = parseIsoDate(QStringView(occurrence).left(10)).value_or(QDate());
    if (!dose.date.isValid())
        problems.append({dataproblem::unreadableDate, path + QStringLiteral(".occurrenceDateTime"),
                         QStringLiteral("the vaccination date '%1' is not a calendar date").arg(occurrence)});
    return dose;
}

std::optional<LabResult> readObservation(const QJsonObject &resource)
{
    const QString status = resource.value(u"status").toString();
    if (status != u"final" && status != u"amended" && status != u"corrected")
        return std::nullopt;
    LabResult lab;
    for (const QJsonValue &coding : resource.value(u"code").toObject().value(u"coding").toArray()) {
        lab.kind = covidTestKind(coding.toObject().value(u"system").toString(),
                                 coding.toObject().value(u"code").toString());
        if (lab.kind != CovidTestKind::None)
            break;
    }
    if (lab.kind == CovidTestKind::None)
        return std::nullopt;
    const QString effective = resource.value(u"effectiveDateTime").toString();
    if (const auto at = parseIsoDateTime(effective))
        lab.sampleTime = *at;
    else if (const auto day = parseIsoDate(effective))
        lab.sampleTime = QDateTime(*day, QTime(0, 0), QTimeZone::utc());
    for (const QJsonValue &coding :
         resource.value(u"valueCodeableConcept").toObject().value(u"coding").toArray()) {
        lab.result = euTestResult(coding.toObject().value(u"system").toString(),
                                  coding.toObject().value(u"code").toString());
        if (!lab.result.isEmpty())
            break;
    }
    const QJsonArray performers = resource.value(u"performer").toArray();
    if (!performers.isEmpty())
        lab.centre = performers.first().toObject().value(u"display").toString();
    return lab;
}

void fillHolder(DecodedPass &pass, const QJsonObject &patient)
{
    const QJsonObject name = patient.value(u"name").toArray().first().toObject();
    QStringList given;
    for (const QJsonValue &part : name.value(u"given").toArray())
        given.append(part.toString());
    pass.holder.family = name.value(u"family").toString();
    pass.holder.given = given.join(u' ');
    if (pass.holder.family.isEmpty() && pass.holder.given.isEmpty())
        pass.holder.family = name.value(u"text").toString();
    pass.holder.familyStandardised = icaoStandardisedName(pass.holder.family);
    pass.holder.givenStandardised = icaoStandardisedName(pass.holder.given);
    pass.birthDate = patient.value(u"birthDate").toString();
}

Vaccination vaccination(const QList<Dose> &doses, const QString &issuer)
{
    const Dose &latest = *std::max_element(doses.cbegin(), doses.cend(),
                                           [](const Dose &a, const Dose &b) { return a.date < b.date; });
    QSet<QDate> days;
    for (const Dose &dose : doses)
        days.insert(dose.date);
    Vaccination v;
    // A vaccine of a known code system that is no COVID-19 vaccine (a flu shot) must never count as
    // a COVID-19 dose: it names its own vaccine instead of a disease, which every policy reads as
    // "another disease". A code no value set places stays without disease (and its data problem
    // sends the card to staff).
    v.disease = latest.code.covid19       ? covid19
                : latest.code.knownSystem ? QStringLiteral("vaccine:") + latest.code.product
                                          : QString();
    v.vaccineType = latest.code.vaccineType;
    v.product = latest.code.product;
    // A card lists each dose given; the series it belongs to is not stated, so it stays unknown (0).
    v.doseNumber = int(days.size());
    v.date = latest.date;
    v.issuer = issuer;
    return v;
}

} // namespace

Result<void, PassError> ShcDecoder::fillFromFhir(DecodedPass &pass, const ShcClaims &claims)
{
    const QJsonObject &bundle = claims.fhirBundle;
    if (bundle.value(u"resourceType").toString() != u"Bundle")
        return malformed(QStringLiteral("the credential's fhirBundle is not a FHIR Bundle"));
    const QJsonArray entries = bundle.value(u"entry").toArray();
    if (entries.isEmpty())
        return malformed(QStringLiteral("the FHIR bundle has no entries"));

    QList<PassDataProblem> problems;
    Minimisation minimisation(problems);
    // Any Bundle.type since VCI 1.3.0 (a patient summary is a "document"); FHIR requires one.
    if (bundle.value(u"type").toString().isEmpty())
        problems.append({dataproblem::schema, QStringLiteral("fhirBundle.type"),
                         QStringLiteral("the FHIR bundle states no type (FHIR requires Bundle.type)")});
    for (const QString &key : {QStringLiteral("id"), QStringLiteral("meta"), QStringLiteral("text")}) {
        if (bundle.contains(key))
            problems.append({dataproblem::schema, QStringLiteral("fhirBundle.") + key,
                             QStringLiteral("a SMART Health Card's bundle carries no %1").arg(key)});
    }

    std::optional<QJsonObject> patient;
    QList<Dose> doses;
    std::optional<LabResult> lab;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString path = QStringLiteral("fhirBundle.entry[%1]").arg(i);
        const QJsonObject entry = entries.at(i).toObject();
        if (!isResourceUri(entry.value(u"fullUrl").toString()))
            problems.append({dataproblem::schema, path + QStringLiteral(".fullUrl"),
                             QStringLiteral("an entry's fullUrl is a short resource:N URI")});
        if (!entry.value(u"resource").isObject()) {
            problems.append({dataproblem::schema, path + QStringLiteral(".resource"),
                             QStringLiteral("the entry holds no resource")});
            continue;
        }
        const QJsonObject resource = entry.value(u"resource").toObject();
        const QString resourcePath = path + QStringLiteral(".resource");
        minimisation.checkResource(resource, resourcePath);
        const QString type = resource.value(u"resourceType").toString();
        if (type == u"Patient" && !patient) {
            patient = resource;
        } else if (type == u"Immunization") {
            if (std::optional<Dose> dose = readImmunization(resource, resourcePath, problems))
                doses.append(*dose);
        } else if (type == u"Observation") {
            const std::optional<LabResult> result = readObservation(resource);
            if (result && (!lab || lab->sampleTime < result->sampleTime))
                lab = result;
        }
    }
    if (!patient)
        return malformed(QStringLiteral("the FHIR bundle has no Patient"));

    QList<Dose> covidDoses;
    std::copy_if(doses.cbegin(), doses.cend(), std::back_inserter(covidDoses),
                 [](const Dose &dose) { return dose.code.covid19; });
    if (!covidDoses.isEmpty()) {
        pass.statement = vaccination(covidDoses, claims.issuer);
    } else if (lab) {
        TestResult t;
        t.disease = covid19;
        t.testType = euTestType(lab->kind);
        t.sampleTime = lab->sampleTime;
        t.result = lab->result;
        t.centre = lab->centre;
        t.issuer = claims.issuer;
        pass.statement = t;
    } else if (!doses.isEmpty()) {
        // Another disease's vaccination, or a vaccine code the verifier cannot place: stated as it
        // is, with no disease, for the policy to weigh.
        pass.statement = vaccination(doses, claims.issuer);
    } else {
        return malformed(QStringLiteral("the FHIR bundle holds no completed immunization and no final "
                                        "SARS-CoV-2 lab result"));
    }
    fillHolder(pass, *patient);
    // FHIR's date is YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date; absent means unknown.
    if (!pass.birthDate.isEmpty() && !parseIsoReducedDate(pass.birthDate))
        problems.append({dataproblem::unreadableDate, QStringLiteral("Patient.birthDate"),
                         QStringLiteral("'%1' is not a birth date (YYYY, YYYY-MM or YYYY-MM-DD)")
                             .arg(pass.birthDate.left(40))});
    pass.dataProblems.append(problems);
    return {};
}

} // namespace passgate::shc
