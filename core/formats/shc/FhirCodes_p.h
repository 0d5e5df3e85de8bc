#pragma once

#include <QString>
#include <QStringView>

namespace passgate::shc {

// The code systems and value sets of the SMART Health Cards terminology (terminology.smarthealth.cards,
// 2023 releases) that a COVID-19 verifier reads: vaccines (CVX, SNOMED CT, ICD-11) and qualitative
// SARS-CoV-2 lab tests (LOINC) with their results (SNOMED CT).
namespace fhircode {
inline const QString cvx = QStringLiteral("http://hl7.org/fhir/sid/cvx");
inline const QString snomed = QStringLiteral("http://snomed.info/sct");
inline const QString icd11 = QStringLiteral("http://id.who.int/icd11/mms");
inline const QString icd11Release = QStringLiteral("http://id.who.int/icd/release/11/mms");
inline const QString loinc = QStringLiteral("http://loinc.org");
} // namespace fhircode

// A vaccine code a SMART Health Card may carry, as far as the verifier understands it.
struct VaccineCode
{
    bool knownSystem = false; // CVX, SNOMED CT or ICD-11
    bool covid19 = false;     // in the COVID-19 immunization value sets
    QString product;          // EU product code ("EU/1/20/1528") or "<cvx|snomed|icd11>:<code>"
    QString vaccineType;      // EU DCC vaccine-prophylaxis code, COVID-19 vaccines only
};
VaccineCode readVaccineCode(const QString &system, const QString &code);

enum class CovidTestKind
{
    None,
    Naat,    // "LP6464-4" in the EU DCC test-type value set
    Antigen, // "LP217198-3"
};
CovidTestKind covidTestKind(const QString &system, const QString &code);
QString euTestType(CovidTestKind kind);

// A qualitative result as the EU DCC states it: "260415000" not detected, "260373001" detected, any
// other SNOMED CT result (inconclusive, invalid ...) as itself; empty for other systems.
QString euTestResult(const QString &system, const QString &code);

} // namespace passgate::shc
