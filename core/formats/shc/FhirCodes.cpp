#include "formats/shc/FhirCodes_p.h"

#include <QHash>
#include <QSet>

namespace passgate::shc {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString comirnaty = QStringLiteral("EU/1/20/1528");
const QString spikevax = QStringLiteral("EU/1/20/1507");
const QString vaxzevria = QStringLiteral("EU/1/21/1529");
const QString janssen = QStringLiteral("EU/1/20/1525");
const QString nuvaxovid = QStringLiteral("EU/1/21/1618");

// EU DCC vaccine-prophylaxis value set.
const QString mrnaVaccine = QStringLiteral("1119349007");
const QString antigenVaccine = QStringLiteral("1119305005");
const QString covidVaccine = QStringLiteral("J07BX03");

// immunization-covid-cvx (2023.1), plus 213 and 500, the unspecified COVID-19 codes older cards use.
const QSet<QString> &covidCvx()
{
    static const QSet<QString> codes{
        u"207"_s, u"208"_s, u"210"_s, u"211"_s, u"212"_s, u"213"_s, u"217"_s, u"218"_s, u"219"_s, u"221"_s,
        u"225"_s, u"226"_s, u"227"_s, u"228"_s, u"229"_s, u"230"_s, u"300"_s, u"301"_s, u"302"_s, u"500"_s,
        u"501"_s, u"502"_s, u"503"_s, u"504"_s, u"505"_s, u"506"_s, u"507"_s, u"508"_s, u"509"_s, u"510"_s,
        u"511"_s, u"512"_s, u"513"_s, u"514"_s, u"515"_s, u"516"_s, u"517"_s, u"518"_s, u"519"_s, u"520"_s};
    return codes;
}

// immunization-covid-snomed (2023.1), plus the generic concepts Canadian and EU issuers write:
// COVID-19 vaccine unspecified, SARS-CoV-2 mRNA / antigen vaccine, non-replicating viral vector.
const QSet<QString> &covidSnomed()
{
    static const QSet<QString> codes{
        u"28531000087107"_s,  u"1119349007"_s,      u"1119305005"_s,      u"29061000087103"_s,
        u"1031000172108"_s,   u"10871000172106"_s,  u"10891000172107"_s,  u"10901000172106"_s,
        u"125071000220108"_s, u"125081000220106"_s, u"125091000220109"_s, u"125101000220104"_s,
        u"125111000220101"_s, u"125121000220108"_s, u"1401000220108"_s,   u"1411000220106"_s,
        u"1421000220104"_s,   u"28571000087109"_s,  u"28581000087106"_s,  u"28761000087108"_s,
        u"28951000087107"_s,  u"28961000087105"_s,  u"29171000087106"_s,  u"30151000087105"_s,
        u"31301000087101"_s,  u"31311000087104"_s,  u"31341000087103"_s,  u"31431000087100"_s,
        u"33201000087108"_s,  u"33211000087105"_s,  u"33221000087102"_s,  u"33361000087101"_s,
        u"33391000087109"_s,  u"33401000087107"_s,  u"33411000087109"_s,  u"33421000087101"_s,
        u"33431000087104"_s,  u"33441000087105"_s,  u"33451000087108"_s,  u"33461000087106"_s,
        u"33471000087102"_s,  u"33581000087104"_s,  u"33881000087102"_s,  u"34591000087100"_s,
        u"34601000087108"_s,  u"34611000087105"_s,  u"34921000087108"_s,  u"35651000087105"_s,
        u"37311000087109"_s,  u"37651000087101"_s,  u"384671000221101"_s, u"399651000221108"_s,
        u"399661000221105"_s, u"399681000221103"_s, u"399691000221100"_s, u"399701000221100"_s,
        u"399771000221108"_s, u"399781000221106"_s, u"399801000221105"_s, u"399811000221108"_s,
        u"399821000221103"_s, u"399861000221106"_s, u"399871000221102"_s, u"399881000221104"_s,
        u"399891000221101"_s, u"399901000221102"_s, u"399911000221104"_s, u"424531000221101"_s,
        u"424541000221108"_s, u"424551000221105"_s, u"424561000221107"_s, u"424571000221103"_s,
        u"424581000221100"_s, u"424591000221102"_s, u"424601000221107"_s, u"424611000221105"_s,
        u"424621000221100"_s, u"424631000221102"_s, u"424641000221109"_s, u"424651000221106"_s,
        u"424661000221108"_s, u"424671000221104"_s, u"424681000221101"_s, u"424691000221103"_s,
        u"424701000221103"_s, u"424711000221100"_s, u"424721000221105"_s, u"424731000221108"_s,
        u"424741000221101"_s, u"424751000221104"_s, u"424781000221109"_s, u"424791000221107"_s,
        u"424801000221108"_s, u"424821000221101"_s, u"424831000221103"_s, u"424971000221108"_s,
        u"425001000221100"_s, u"425011000221102"_s, u"425031000221105"_s, u"425051000221101"_s,
        u"62051000220105"_s};
    return codes;
}

// immunization-covid-icd11 (2023-01): XM68M6 and its descendants.
const QSet<QString> &covidIcd11()
{
    static const QSet<QString> codes{
        u"XM68M6"_s, u"XM1NL1"_s, u"XM7HT3"_s, u"XM8866"_s, u"XM9TQ1"_s, u"XM1G90"_s, u"XM85P5"_s,
        u"XM9FQ7"_s, u"XM97N6"_s, u"XM2YG8"_s, u"XM0K39"_s, u"XM1AU2"_s, u"XM5DF6"_s, u"XM9QW8"_s,
        u"XM4YL8"_s, u"XM97T2"_s, u"XM6QV1"_s, u"XM1AG7"_s, u"XM5ZJ4"_s, u"XM5QM6"_s, u"XM0CX4"_s,
        u"XM5JC5"_s, u"XM3CT4"_s, u"XM3PG0"_s, u"XM4EC8"_s, u"XM6SZ8"_s, u"XM0RV9"_s, u"XM3SK8"_s,
        u"XM9P21"_s, u"XM9T65"_s, u"XM9N08"_s, u"XM1J92"_s, u"XM6AT1"_s, u"XM52P3"_s, u"XM0GQ8"_s,
        u"XM8NQ0"_s, u"XM3DT5"_s};
    return codes;
}

// The vaccines the EU authorised, by the codes other systems give them (the products a venue's rules
// name); other vaccines keep their own code.
const QHash<QString, QString> &euProducts()
{
    static const QHash<QString, QString> products{
        // CVX
        {u"cvx:208"_s, comirnaty},
        {u"cvx:217"_s, comirnaty},
        {u"cvx:218"_s, comirnaty},
        {u"cvx:219"_s, comirnaty},
        {u"cvx:300"_s, comirnaty},
        {u"cvx:301"_s, comirnaty},
        {u"cvx:302"_s, comirnaty},
        {u"cvx:207"_s, spikevax},
        {u"cvx:221"_s, spikevax},
        {u"cvx:227"_s, spikevax},
        {u"cvx:228"_s, spikevax},
        {u"cvx:229"_s, spikevax},
        {u"cvx:230"_s, spikevax},
        {u"cvx:210"_s, vaxzevria},
        {u"cvx:212"_s, janssen},
        {u"cvx:211"_s, nuvaxovid},
        // SNOMED CT
        {u"snomed:1031000172108"_s, comirnaty},
        {u"snomed:1411000220106"_s, comirnaty},
        {u"snomed:125071000220108"_s, comirnaty},
        {u"snomed:125081000220106"_s, comirnaty},
        {u"snomed:125091000220109"_s, comirnaty},
        {u"snomed:125101000220104"_s, comirnaty},
        {u"snomed:28581000087106"_s, comirnaty},
        {u"snomed:33361000087101"_s, comirnaty},
        {u"snomed:33881000087102"_s, comirnaty},
        {u"snomed:34611000087105"_s, comirnaty},
        {u"snomed:399911000221104"_s, comirnaty},
        {u"snomed:424751000221104"_s, comirnaty},
        {u"snomed:10871000172106"_s, spikevax},
        {u"snomed:1421000220104"_s, spikevax},
        {u"snomed:125111000220101"_s, spikevax},
        {u"snomed:125121000220108"_s, spikevax},
        {u"snomed:28571000087109"_s, spikevax},
        {u"snomed:35651000087105"_s, spikevax},
        {u"snomed:37311000087109"_s, spikevax},
        {u"snomed:37651000087101"_s, spikevax},
        {u"snomed:399891000221101"_s, spikevax},
        {u"snomed:399901000221102"_s, spikevax},
        {u"snomed:424731000221108"_s, spikevax},
        {u"snomed:10891000172107"_s, vaxzevria},
        {u"snomed:1401000220108"_s, vaxzevria},
        {u"snomed:28761000087108"_s, vaxzevria},
        {u"snomed:399781000221106"_s, vaxzevria},
        {u"snomed:424571000221103"_s, vaxzevria},
        {u"snomed:425031000221105"_s, vaxzevria},
        {u"snomed:10901000172106"_s, janssen},
        {u"snomed:62051000220105"_s, janssen},
        {u"snomed:28951000087107"_s, janssen},
        {u"snomed:399821000221103"_s, janssen},
        {u"snomed:424591000221102"_s, janssen},
        {u"snomed:29171000087106"_s, nuvaxovid},
        // ICD-11
        {u"icd11:XM8NQ0"_s, comirnaty},
        {u"icd11:XM3DT5"_s, spikevax},
        {u"icd11:XM4YL8"_s, vaxzevria},
        {u"icd11:XM6QV1"_s, janssen},
        {u"icd11:XM9T65"_s, nuvaxovid},
    };
    return products;
}

QString vaccineTypeOf(const QString &product)
{
    if (product == comirnaty || product == spikevax)
        return mrnaVaccine;
    if (product == nuvaxovid)
        return antigenVaccine;
    return covidVaccine;
}

// lab-qualitative-test-covid (2022.2): the nucleic acid amplification and sequencing tests ...
const QSet<QString> &naatLoinc()
{
    static const QSet<QString> codes{
        u"94307-6"_s, u"94308-4"_s, u"94309-2"_s, u"94310-0"_s, u"94314-2"_s, u"94315-9"_s, u"94316-7"_s,
        u"94500-6"_s, u"94502-2"_s, u"94532-9"_s, u"94533-7"_s, u"94534-5"_s, u"94559-2"_s, u"94565-9"_s,
        u"94639-2"_s, u"94640-0"_s, u"94641-8"_s, u"94647-5"_s, u"94660-8"_s, u"94756-4"_s, u"94757-2"_s,
        u"94758-0"_s, u"94759-8"_s, u"94760-6"_s, u"94765-5"_s, u"94766-3"_s, u"94767-1"_s, u"94822-4"_s,
        u"94845-5"_s, u"95406-5"_s, u"95409-9"_s, u"95424-8"_s, u"95425-5"_s, u"95608-6"_s, u"95609-4"_s,
        u"95823-1"_s, u"95824-9"_s, u"96091-4"_s, u"96120-1"_s, u"96121-9"_s, u"96122-7"_s, u"96123-5"_s,
        u"96448-6"_s};
    return codes;
}

// ... and the antigen tests (97097-0 is the later LOINC for rapid antigen tests of the upper airways).
// Antibody and culture tests say nothing about an infection today and are not read.
const QSet<QString> &antigenLoinc()
{
    static const QSet<QString> codes{u"94558-4"_s, u"95209-3"_s, u"96119-3"_s, u"97097-0"_s};
    return codes;
}

} // namespace

VaccineCode readVaccineCode(const QString &system, const QString &code)
{
    VaccineCode result;
    QString prefix;
    if (system == fhircode::cvx) {
        prefix = QStringLiteral("cvx");
        result.covid19 = covidCvx().contains(code);
    } else if (system == fhircode::snomed) {
        prefix = QStringLiteral("snomed");
        result.covid19 = covidSnomed().contains(code);
    } else if (system == fhircode::icd11 || system == fhircode::icd11Release) {
        prefix = QStringLiteral("icd11");
        result.covid19 = covidIcd11().contains(code);
    } else {
        result.product = system + u'|' + code; // FHIR's token form, so the code keeps its system
        return result;
    }
    result.knownSystem = true;
    const QString key = prefix + u':' + code;
    result.product = euProducts().value(key, key);
    if (result.covid19)
        result.vaccineType = vaccineTypeOf(result.product);
    return result;
}

CovidTestKind covidTestKind(const QString &system, const QString &code)
{
    if (system != fhircode::loinc)
        return CovidTestKind::None;
    if (naatLoinc().contains(code))
        return CovidTestKind::Naat;
    if (antigenLoinc().contains(code))
        return CovidTestKind::Antigen;
    return CovidTestKind::None;
}

QString euTestType(CovidTestKind kind)
{
    switch (kind) {
    case CovidTestKind::Naat:
        return QStringLiteral("LP6464-4");
    case CovidTestKind::Antigen:
        return QStringLiteral("LP217198-3");
    case CovidTestKind::None:
        break;
    }
    return {};
}

QString euTestResult(const QString &system, const QString &code)
{
    if (system != fhircode::snomed)
        return {};
    // Negative, not detected, non-reactive.
    if (code == u"260385009" || code == u"260415000" || code == u"131194007")
        return QStringLiteral("260415000");
    // Positive, detected, reactive, presumptive positive.
    if (code == u"10828004" || code == u"260373001" || code == u"11214006" || code == u"720735008")
        return QStringLiteral("260373001");
    return code;
}

} // namespace passgate::shc
