#pragma once

#include "policy/EvidenceJudge_p.h"
#include "policy/Policy.h"
#include "policy/PolicyFile.h"
#include "policy/RecognisedProducts_p.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace passgate {

// The parameters a preset file (resources/policies/<name>.json, format "passgate-preset") holds.
// Days are counted on the calendar of the policy's zone: "day 14" of a dose given on D starts at
// local midnight of D + 14; an end day counts through its last second.
struct PresetParameters
{
    struct Window
    {
        int fromDay = 0;
        std::optional<int> untilDay; // last day that counts; none = no end
    };
    struct TestRule
    {
        QString testType; // tt, e.g. "LP6464-4" (NAAT/PCR)
        int hours = 48;
        // false: counts for `hours` from the sample; true: until the midnight after those hours
        bool untilMidnightAfter = false;
    };

    bool vaccinationAccepted = false;
    int primaryDoses = 2;
    QStringList singleDoseProducts; // products whose primary series is one dose (Janssen)
    RecognisedProducts products;    // which products count as a dose at all
    Window primary;
    Window booster; // a dose beyond the primary series
    // A vaccination the issuer certifies without doses or dates (Vaccination::issuerCertified, the
    // NZ COVID Pass): counts for as long as the pass itself is valid, only where the policy says so.
    bool issuerCertifiedAccepted = false;
    // false: only issuer-certified vaccinations count ("datedDoses": false, New Zealand's rule).
    bool datedDosesAccepted = true;
    QList<TestRule> tests;
    bool recoveryAccepted = false;
    int recoveryDefaultDays = 180; // when the recovery states no end, days after its start
    bool medicalExemption = false;
    std::optional<int> minorsUnderYears;
    QStringList aloneOnlyVenueTypes; // venue types that may seat one person alone (staff decide)

    // 2G+: which statements count only beside a second one. Absent: every statement counts alone.
    struct SecondStatement
    {
        // A primary series from this day after its last dose needs a negative test beside it
        // (0: always); a booster only when boosterNeedsTest.
        int testNeededFromDay = 0;
        bool boosterNeedsTest = false;
        bool recoveryNeedsTest = false;
        // false: a test counts only beside a vaccination or recovery that counts.
        bool testCountsAlone = false;
    };
    std::optional<SecondStatement> secondStatement;
};

// A built-in policy: parameters interpreted by C++ (fast, and the reference the CertLogic
// renditions of the presets are tested against).
class PresetPolicy final : public Policy, private EvidenceJudge
{
public:
    static Result<PresetPolicy, PolicyFailure> fromJson(const QJsonObject &object);

    const PolicyInfo &info() const override { return m_info; }
    const PresetParameters &parameters() const { return m_parameters; }
    using Policy::decide;
    Decision decide(const Evidence &evidence, const Venue &venue, const QDateTime &now) const override;

private:
    PresetPolicy(PolicyInfo info, PresetParameters parameters);

    Judgement judgeStatement(const Statement &statement, const QString &birthDate,
                             const JudgeInput &input) const override;
    std::optional<Judgement> judgeHolder(const QString &birthDate, const JudgeInput &input) const override;
    std::optional<Judgement> judgeVenue(const JudgeInput &input) const override;

    Judgement judgeVaccination(const Vaccination &vaccination, const JudgeInput &input) const;
    Judgement judgeTest(const TestResult &test, const JudgeInput &input) const;
    Judgement judgeRecovery(const Recovery &recovery, const JudgeInput &input) const;
    Judgement judgeExemption(const Exemption &exemption, const JudgeInput &input) const;

    PolicyInfo m_info;
    PresetParameters m_parameters;
};

// Codes from the EU DCC value sets the policies look at.
namespace dcc {
inline const QString covid19 = QStringLiteral("840539006");         // tg
inline const QString testNotDetected = QStringLiteral("260415000"); // tr
inline const QString testDetected = QStringLiteral("260373001");
inline const QString naat = QStringLiteral("LP6464-4"); // tt: NAAT (PCR)
inline const QString rapidAntigen = QStringLiteral("LP217198-3");
inline const QStringList testTypes = {naat, rapidAntigen};     // the whole test-type value set
inline const QString janssen = QStringLiteral("EU/1/20/1525"); // mp
} // namespace dcc

} // namespace passgate
