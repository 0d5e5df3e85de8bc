#include "policy/PresetPolicy_p.h"

#include "policy/PolicyReasons.h"
#include "policy/certlogic/DateTime_p.h"

#include <QJsonArray>

#include <cmath>

namespace passgate {

namespace {

constexpr int maxDays = 100 * 366;

Judgement deny(const QString &reason)
{
    return {Verdict::Deny, reason, {}, {}};
}

Judgement admit(const QString &reason, const QDateTime &validUntil)
{
    return {Verdict::Admit, reason, validUntil, {}};
}

// A code the policy cannot place, for staff to judge: the code itself goes with the reason.
Judgement staffCheck(const QString &reason, const QString &code)
{
    return {Verdict::StaffCheck, reason, {}, {code}};
}

// The instant the local day after `lastDay` starts: when something counting through lastDay stops.
QDateTime endOfDay(const QDate &lastDay, const QTimeZone &zone)
{
    return lastDay.addDays(1).startOfDay(zone).toUTC();
}

Result<int, PolicyFailure> readInt(const QJsonObject &object, QStringView key, int fallback, int min, int max,
                                   const QString &where)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fallback;
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::trunc(number) != number || number < min || number > max)
        return fail(PolicyError::Malformed, QStringLiteral("%1.%2 must be an integer from %3 to %4")
                                                .arg(where, key.toString())
                                                .arg(min)
                                                .arg(max));
    return int(number);
}

Result<std::optional<int>, PolicyFailure> readOptionalInt(const QJsonObject &object, QStringView key, int min,
                                                          int max, const QString &where)
{
    if (object.value(key).isUndefined() || object.value(key).isNull())
        return std::optional<int>();
    auto value = readInt(object, key, 0, min, max, where);
    if (!value)
        return fail(value.error());
    return std::optional<int>(*value);
}

Result<QStringList, PolicyFailure> readStrings(const QJsonObject &object, QStringView key,
                                               const QString &where)
{
    QStringList strings;
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return strings;
    if (!value.isArray())
        return fail(PolicyError::Malformed,
                    QStringLiteral("%1.%2 must be a list of strings").arg(where, key.toString()));
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || item.toString().isEmpty())
            return fail(PolicyError::Malformed,
                        QStringLiteral("%1.%2 must be a list of strings").arg(where, key.toString()));
        strings.append(item.toString());
    }
    return strings;
}

Result<PresetParameters::Window, PolicyFailure> readWindow(const QJsonObject &object, const QString &where)
{
    PresetParameters::Window window;
    auto from = readInt(object, u"fromDay", 0, 0, maxDays, where);
    if (!from)
        return fail(from.error());
    auto until = readOptionalInt(object, u"untilDay", 0, maxDays, where);
    if (!until)
        return fail(until.error());
    if (*until && **until < *from)
        return fail(PolicyError::Malformed, where + QStringLiteral(".untilDay is before fromDay"));
    window.fromDay = *from;
    window.untilDay = *until;
    return window;
}

// Reads the parameter sections; each section absent means that kind of evidence does not count.
Result<PresetParameters, PolicyFailure> readParameters(const QJsonObject &object, const QString &name)
{
    PresetParameters p;
    if (object.contains(u"vaccination")) {
        const QJsonObject v = object.value(u"vaccination").toObject();
        const QString where = name + QStringLiteral(": vaccination");
        p.vaccinationAccepted = true;
        auto doses = readInt(v, u"primaryDoses", 2, 1, 10, where);
        auto products = readStrings(v, u"singleDoseProducts", where);
        auto primary = readWindow(v.value(u"primary").toObject(), where + QStringLiteral(".primary"));
        auto booster = readWindow(v.value(u"booster").toObject(), where + QStringLiteral(".booster"));
        if (!doses)
            return fail(doses.error());
        if (!products)
            return fail(products.error());
        if (!primary)
            return fail(primary.error());
        if (!booster)
            return fail(booster.error());
        p.primaryDoses = *doses;
        p.singleDoseProducts = *products;
        const QJsonValue certified = v.value(u"issuerCertified");
        if (!certified.isUndefined() && !certified.isBool())
            return fail(PolicyError::Malformed,
                        where + QStringLiteral(".issuerCertified must be true or false"));
        p.issuerCertifiedAccepted = certified.toBool(false);
        const QJsonValue dated = v.value(u"datedDoses");
        if (!dated.isUndefined() && !dated.isBool())
            return fail(PolicyError::Malformed, where + QStringLiteral(".datedDoses must be true or false"));
        p.datedDosesAccepted = dated.toBool(true);
        auto recognised = RecognisedProducts::read(v, p.datedDosesAccepted, where);
        if (!recognised)
            return fail(recognised.error());
        p.products = *recognised;
        p.primary = *primary;
        p.booster = *booster;
    }
    const QJsonValue tests = object.value(u"tests");
    if (!tests.isUndefined() && !tests.isArray())
        return fail(PolicyError::Malformed, name + QStringLiteral(": tests must be a list"));
    for (const QJsonValue &entry : tests.toArray()) {
        const QJsonObject t = entry.toObject();
        const QString where = name + QStringLiteral(": tests[]");
        PresetParameters::TestRule rule;
        rule.testType = t.value(u"type").toString();
        auto hours = readInt(t, u"hours", 0, 1, 24 * 365, where);
        if (!hours)
            return fail(hours.error());
        rule.hours = *hours;
        const QString until = t.value(u"countsUntil").toString();
        if (rule.testType.isEmpty() || (until != u"hours" && until != u"midnight-after-hours"))
            return fail(PolicyError::Malformed,
                        where + QStringLiteral(
                                    " needs a type and countsUntil \"hours\" or \"midnight-after-hours\""));
        rule.untilMidnightAfter = until == u"midnight-after-hours";
        p.tests.append(rule);
    }
    if (object.contains(u"recovery")) {
        p.recoveryAccepted = true;
        auto days = readInt(object.value(u"recovery").toObject(), u"defaultDays", 180, 1, maxDays,
                            name + QStringLiteral(": recovery"));
        if (!days)
            return fail(days.error());
        p.recoveryDefaultDays = *days;
    }
    const QJsonObject exemptions = object.value(u"exemptions").toObject();
    p.medicalExemption = exemptions.value(u"medical").toBool(false);
    auto minors =
        readOptionalInt(exemptions, u"minorsUnderYears", 1, 30, name + QStringLiteral(": exemptions"));
    if (!minors)
        return fail(minors.error());
    p.minorsUnderYears = *minors;
    auto alone = readStrings(object.value(u"venueAllowances").toObject(), u"aloneOnly",
                             name + QStringLiteral(": venueAllowances"));
    if (!alone)
        return fail(alone.error());
    p.aloneOnlyVenueTypes = *alone;
    if (object.contains(u"secondStatement")) {
        const QJsonObject second = object.value(u"secondStatement").toObject();
        const QString where = name + QStringLiteral(": secondStatement");
        PresetParameters::SecondStatement rule;
        auto from = readInt(second, u"testNeededFromDay", 0, 0, maxDays, where);
        if (!from)
            return fail(from.error());
        rule.testNeededFromDay = *from;
        rule.boosterNeedsTest = second.value(u"boosterNeedsTest").toBool(false);
        rule.recoveryNeedsTest = second.value(u"recoveryNeedsTest").toBool(false);
        rule.testCountsAlone = second.value(u"testCountsAlone").toBool(false);
        p.secondStatement = rule;
    }
    return p;
}

// A statement that does not name COVID-19 (another disease, or none at all) is not one these
// policies can weigh by themselves.
bool aboutCovid19(const QString &disease)
{
    return disease == dcc::covid19;
}

} // namespace

PresetPolicy::PresetPolicy(PolicyInfo info, PresetParameters parameters)
    : m_info(std::move(info))
    , m_parameters(std::move(parameters))
{}

Result<PresetPolicy, PolicyFailure> PresetPolicy::fromJson(const QJsonObject &object)
{
    if (object.value(u"format").toString() != u"passgate-preset" || object.value(u"version").toInt() != 1)
        return fail(PolicyError::Malformed, QStringLiteral("not a passgate-preset version 1 file"));
    auto info = readPolicyInfo(object);
    if (!info)
        return fail(info.error());
    auto parameters = readParameters(object, info->name);
    if (!parameters)
        return fail(parameters.error());
    return PresetPolicy(*info, *parameters);
}

Decision PresetPolicy::decide(const Evidence &evidence, const Venue &venue, const QDateTime &now) const
{
    return decideOnEvidence(evidence, judgeInput(m_info.timeZoneId, venue.type, venue.timeZone, now), *this);
}

Judgement PresetPolicy::judgeStatement(const Statement &statement, const QString &,
                                       const JudgeInput &input) const
{
    return std::visit(
        [this, &input](const auto &s) -> Judgement {
            using T = std::decay_t<decltype(s)>;
            if constexpr (std::is_same_v<T, Vaccination>)
                return judgeVaccination(s, input);
            else if constexpr (std::is_same_v<T, TestResult>)
                return judgeTest(s, input);
            else if constexpr (std::is_same_v<T, Recovery>)
                return judgeRecovery(s, input);
            else
                return judgeExemption(s, input);
        },
        statement);
}

Judgement PresetPolicy::judgeVaccination(const Vaccination &v, const JudgeInput &input) const
{
    // First whether this kind of vaccination can count here at all: a code staff might recognise
    // matters only where the statement could then count.
    const bool kindCounts = m_parameters.vaccinationAccepted &&
                            (v.issuerCertified ? m_parameters.issuerCertifiedAccepted
                                               : m_parameters.datedDosesAccepted && v.date.isValid());
    if (!kindCounts)
        return deny(reason::notAccepted);
    // The product before the disease: it tells staff more (a flu shot on a SMART Health Card names
    // its vaccine; a vaccine code no value set places names no disease at all).
    if (!v.issuerCertified && !m_parameters.products.recognises(v.product))
        return staffCheck(reason::vaccineNotRecognised, v.product);
    if (!aboutCovid19(v.disease))
        return staffCheck(reason::diseaseNotRecognised, v.disease);
    // No doses or dates to count: the issuer has applied its own rule, and the pass's validity
    // (checked before any policy) bounds it.
    if (v.issuerCertified)
        return admit(reason::vaccinated, QDateTime());
    const int required = m_parameters.singleDoseProducts.contains(v.product) ? 1 : m_parameters.primaryDoses;
    if (v.doseNumber < required)
        return deny(reason::incompleteSeries);
    const bool isBooster = v.doseNumber > required;
    const PresetParameters::Window &window = isBooster ? m_parameters.booster : m_parameters.primary;
    if (input.today < v.date.addDays(window.fromDay))
        return deny(reason::tooEarly);
    QDateTime validUntil;
    if (window.untilDay) {
        const QDate lastDay = v.date.addDays(*window.untilDay);
        if (input.today > lastDay)
            return deny(reason::vaccinationExpired);
        validUntil = endOfDay(lastDay, input.zone);
    }
    Judgement judgement = admit(isBooster ? reason::booster : reason::vaccinated, validUntil);
    if (const auto &second = m_parameters.secondStatement;
        second && (!isBooster || second->boosterNeedsTest) &&
        input.today >= v.date.addDays(second->testNeededFromDay))
        judgement.needs = {statementTypeCode(StatementType::Test)};
    return judgement;
}

Judgement PresetPolicy::judgeTest(const TestResult &t, const JudgeInput &input) const
{
    if (m_parameters.tests.isEmpty()) // no test counts here, whatever it is
        return deny(reason::testType);
    if (!aboutCovid19(t.disease))
        return staffCheck(reason::diseaseNotRecognised, t.disease);
    if (t.result == dcc::testDetected)
        return deny(reason::testPositive);
    if (t.result != dcc::testNotDetected || !t.sampleTime.isValid())
        return deny(reason::notAccepted);
    // A type outside the value set may be one staff know; a known type the preset does not take is
    // a plain no.
    if (!dcc::testTypes.contains(t.testType))
        return staffCheck(reason::testTypeNotRecognised, t.testType);
    const PresetParameters::TestRule *rule = nullptr;
    for (const PresetParameters::TestRule &candidate : m_parameters.tests) {
        if (candidate.testType == t.testType)
            rule = &candidate;
    }
    if (!rule)
        return deny(reason::testType);
    const QDateTime sample = t.sampleTime.toUTC();
    if (sample > input.now)
        return deny(reason::testInFuture);
    QDateTime until = sample.addSecs(qint64(rule->hours) * 3600);
    if (rule->untilMidnightAfter)
        until = endOfDay(until.toTimeZone(input.zone).date(), input.zone);
    if (input.now >= until)
        return deny(reason::testExpired);
    Judgement judgement = admit(reason::tested, until);
    if (m_parameters.secondStatement && !m_parameters.secondStatement->testCountsAlone)
        judgement.needs = {statementTypeCode(StatementType::Vaccination),
                           statementTypeCode(StatementType::Recovery)};
    return judgement;
}

Judgement PresetPolicy::judgeRecovery(const Recovery &r, const JudgeInput &input) const
{
    if (!m_parameters.recoveryAccepted)
        return deny(reason::notAccepted);
    if (!aboutCovid19(r.disease))
        return staffCheck(reason::diseaseNotRecognised, r.disease);
    const QDate from = r.validFrom.isValid() ? r.validFrom : r.firstPositive;
    if (!from.isValid())
        return deny(reason::notAccepted);
    const QDate lastDay =
        r.validUntil.isValid() ? r.validUntil : from.addDays(m_parameters.recoveryDefaultDays);
    if (input.today < from)
        return deny(reason::recoveryNotYet);
    if (input.today > lastDay)
        return deny(reason::recoveryExpired);
    Judgement judgement = admit(reason::recovered, endOfDay(lastDay, input.zone));
    if (m_parameters.secondStatement && m_parameters.secondStatement->recoveryNeedsTest)
        judgement.needs = {statementTypeCode(StatementType::Test)};
    return judgement;
}

Judgement PresetPolicy::judgeExemption(const Exemption &e, const JudgeInput &input) const
{
    const bool accepted = (e.kind == Exemption::Kind::Medical && m_parameters.medicalExemption) ||
                          (e.kind == Exemption::Kind::Minor && m_parameters.minorsUnderYears);
    if (!accepted)
        return deny(reason::notAccepted);
    if (e.validUntil.isValid() && input.today > e.validUntil)
        return deny(reason::exemptionExpired);
    return admit(e.kind == Exemption::Kind::Medical ? reason::exemptMedical : reason::minor,
                 e.validUntil.isValid() ? endOfDay(e.validUntil, input.zone) : QDateTime());
}

std::optional<Judgement> PresetPolicy::judgeHolder(const QString &birthDate, const JudgeInput &input) const
{
    if (!m_parameters.minorsUnderYears)
        return std::nullopt;
    // Same arithmetic as CertLogic's dccDateOfBirth/plusTime, so a preset and its CertLogic rendition
    // agree even for a birthday on 29 February: the latest date the birth date allows must lie after
    // today minus the age limit.
    const auto born = certlogic::parseDateOfBirth(birthDate);
    const auto today = certlogic::parseDateTime(input.today.toString(Qt::ISODate));
    if (!born || !today)
        return std::nullopt;
    const auto limit =
        certlogic::plusTime(*today, -*m_parameters.minorsUnderYears, certlogic::TimeUnit::Year);
    if (!limit || *born <= *limit)
        return std::nullopt;
    return admit(reason::minor, {});
}

std::optional<Judgement> PresetPolicy::judgeVenue(const JudgeInput &input) const
{
    if (!m_parameters.aloneOnlyVenueTypes.contains(input.venueType))
        return std::nullopt;
    return Judgement{Verdict::StaffCheck, reason::aloneOnly, {}, {}};
}

} // namespace passgate
