#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <variant>

namespace passgate {

// What a pass (or a paper certificate read by staff) states about its holder. The fields follow the
// EU DCC value sets because most formats map onto them; codes stay as codes (e.g. "EU/1/20/1525"),
// turning them into words is the UI's job.

enum class StatementType
{
    Vaccination,
    Test,
    Recovery,
    Exemption
};

struct Vaccination
{
    QString disease;       // tg, "840539006" = COVID-19
    QString vaccineType;   // vp
    QString product;       // mp, e.g. "EU/1/20/1525" (Janssen, one-dose primary series)
    QString manufacturer;  // ma
    int doseNumber = 0;    // dn
    int seriesTotal = 0;   // sd
    QDate date;            // dt
    QString country;       // co
    QString issuer;        // is
    QString certificateId; // ci
    // The issuer states that the holder meets its own vaccination requirement and gives no doses
    // or dates (the NZ COVID Pass "PublicCovidPass"): only a policy that says it accepts such a
    // statement admits it (PresetParameters "issuerCertified").
    bool issuerCertified = false;
};

struct TestResult
{
    QString disease;       // tg
    QString testType;      // tt, "LP6464-4" = NAAT/PCR, "LP217198-3" = rapid antigen
    QString name;          // nm
    QString device;        // ma
    QDateTime sampleTime;  // sc, UTC
    QString result;        // tr, "260415000" = not detected, "260373001" = detected
    QString centre;        // tc
    QString country;       // co
    QString issuer;        // is
    QString certificateId; // ci
};

struct Recovery
{
    QString disease;       // tg
    QDate firstPositive;   // fr
    QDate validFrom;       // df
    QDate validUntil;      // du
    QString country;       // co
    QString issuer;        // is
    QString certificateId; // ci
};

// Shown on paper only: a medical exemption certificate, or an age-based exemption checked by staff.
struct Exemption
{
    enum class Kind
    {
        Medical,
        Minor,
        Other
    };
    Kind kind = Kind::Other;
    QString description;
    QDate validUntil; // invalid date = no end stated
};

using Statement = std::variant<Vaccination, TestResult, Recovery, Exemption>;

inline StatementType statementType(const Statement &statement)
{
    return static_cast<StatementType>(statement.index());
}

// The stable text code ("vaccination", "test", "recovery", "exemption"): ledger, messages, CLI.
inline QString statementTypeCode(StatementType type)
{
    switch (type) {
    case StatementType::Vaccination:
        return QStringLiteral("vaccination");
    case StatementType::Test:
        return QStringLiteral("test");
    case StatementType::Recovery:
        return QStringLiteral("recovery");
    case StatementType::Exemption:
        return QStringLiteral("exemption");
    }
    return QStringLiteral("statement-%1").arg(int(type));
}

} // namespace passgate
