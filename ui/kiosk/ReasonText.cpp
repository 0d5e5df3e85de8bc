#include "kiosk/ReasonText.h"

#include <QRegularExpression>
#include <QStringList>

namespace passgate {

namespace {

QString arg(const Reason &reason, int index)
{
    return reason.args.value(index);
}

// The first calendar date in an argument: the pass reader hands over its sentence ("expired at
// 2022-06-30T00:00:00Z, before the check time ..."), a policy a bare ISO time.
// "a test", "a vaccination or a recovery": the statement types a 2G+ rule still wants.
QString kindsWanted(const QStringList &types)
{
    QStringList words;
    for (const QString &type : types) {
        if (type == u"test")
            words.append(ReasonText::tr("a negative test"));
        else if (type == u"vaccination")
            words.append(ReasonText::tr("a vaccination"));
        else if (type == u"recovery")
            words.append(ReasonText::tr("a recovery certificate"));
        else
            words.append(type);
    }
    return words.join(ReasonText::tr(" or "));
}

// A code from the pass, as the pass gives it (plain text: the screen shows no markup), or that it
// gives none.
QString codeAsGiven(const Reason &reason)
{
    const QString code = arg(reason, 0);
    return code.isEmpty() ? ReasonText::tr("(none given)") : code;
}

QString firstDate(const Reason &reason)
{
    static const QRegularExpression date(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"));
    return date.match(arg(reason, 0)).captured();
}

} // namespace

std::optional<QString> ReasonText::ownWords(const Reason &reason)
{
    const QString &c = reason.code;
    // Policy (core/policy/PolicyReasons.h): what counts, what staff decide, why evidence does not count.
    if (c == u"vaccinated")
        return tr("vaccinated");
    if (c == u"booster")
        return tr("booster dose");
    if (c == u"tested")
        return tr("negative test");
    if (c == u"recovered")
        return tr("recovered");
    if (c == u"exempt-medical")
        return tr("medical exemption");
    if (c == u"minor")
        return tr("exempt by age");
    if (c == u"alone-only")
        return tr("no pass: may be seated alone only");
    if (c == u"id-check")
        return tr("check the ID against the certificate");
    if (c == u"policy-unknown")
        return tr("the venue's policy \"%1\" is not available — staff decide").arg(arg(reason, 0));
    if (c == u"clock")
        return tr("the kiosk clock looks wrong — check by hand");
    // A code the venue's policy does not recognise: staff see it and decide.
    if (c == u"vaccine-not-recognised")
        return tr("vaccine not recognised: %1").arg(codeAsGiven(reason));
    if (c == u"test-type-not-recognised")
        return tr("test type not recognised: %1").arg(codeAsGiven(reason));
    if (c == u"disease-not-recognised")
        return tr("disease not recognised: %1").arg(codeAsGiven(reason));
    // A genuine pass whose data needs a person (core/formats/PassDataProblem.h): {field, detail}.
    if (c == u"pass-data-malformed")
        return tr("pass data malformed: %1 — check the visitor's ID").arg(arg(reason, 0));
    if (c == u"birth-after-issue")
        return tr("birth date lies after the pass was issued — check the visitor's ID");
    if (c == u"vaccination-after-issue")
        return tr("vaccination date lies after the pass was issued — check by hand");
    if (c == u"test-after-issue")
        return tr("test time lies after the pass was issued — check by hand");
    if (c == u"recovery-after-issue")
        return tr("recovery date lies after the pass was issued — check by hand");
    if (c == u"unreadable-date")
        return tr("a date on the pass cannot be read (%1) — check by hand").arg(arg(reason, 0));
    if (c == u"trust-list-expired")
        return arg(reason, 0).isEmpty()
                   ? tr("trust list expired — check the pass by hand")
                   : tr("trust list expired on %1 — check the pass by hand").arg(arg(reason, 0).left(10));
    if (c == u"too-early")
        return tr("vaccination too recent: not counted yet");
    if (c == u"vaccination-expired")
        return tr("vaccination no longer counts");
    if (c == u"incomplete-series")
        return tr("vaccination series not complete");
    if (c == u"test-positive")
        return tr("test result positive");
    if (c == u"test-type")
        return tr("this kind of test is not accepted here");
    if (c == u"test-expired")
        return tr("test result too old");
    if (c == u"test-in-future")
        return tr("test time lies in the future");
    if (c == u"recovery-not-yet")
        return tr("recovery not valid yet");
    if (c == u"recovery-expired")
        return tr("recovery no longer counts");
    if (c == u"exemption-expired")
        return tr("exemption expired");
    if (c == u"not-covid") // no longer given (disease-not-recognised is): entries recorded before
        return tr("certificate is not about COVID-19");
    if (c == u"not-accepted")
        return tr("this kind of certificate is not accepted here");
    if (c == u"no-evidence")
        return tr("no pass shown");
    if (c == u"rule-failed") // {identifiers of the venue's gateway rules the pass fails}
        return tr("the venue's rules do not accept this pass (%1)")
            .arg(reason.args.join(QStringLiteral(", ")));
    // Pass reading (verifier, trust, revocation).
    if (c == u"expired")
        return firstDate(reason).isEmpty() ? tr("pass expired") : tr("expired on %1").arg(firstDate(reason));
    if (c == u"not-yet-valid")
        return firstDate(reason).isEmpty() ? tr("pass not valid yet")
                                           : tr("valid only from %1").arg(firstDate(reason));
    if (c == u"signature-invalid")
        return tr("signature invalid — possibly forged");
    if (c == u"unknown-key-id" || c == u"missing-key-id" || c == u"unknown-issuer")
        return tr("issuer not on the trust list");
    if (c == u"key-not-of-issuer")
        return tr("signed with another issuer's key — possibly forged");
    if (c == u"incomplete-chunks")
        return tr("only part of a multi-part card was scanned");
    if (c == u"usage-not-allowed")
        return tr("issuer may not sign this kind of pass");
    if (c == u"unsupported-algorithm")
        return tr("signature algorithm not supported");
    if (c == u"schema-violation" || c == u"missing-claim" || c == u"malformed-claim" ||
        c == u"malformed-dcc" || c == u"malformed-credential")
        return tr("pass content is malformed");
    if (c == u"unknown-prefix" || c == u"invalid-base45" || c == u"not-compressed" ||
        c == u"corrupt-compression" || c == u"too-large" || c == u"malformed-cose" ||
        c == u"malformed-cbor" || c == u"invalid-chunk" || c == u"invalid-numeric" ||
        c == u"invalid-base32" || c == u"malformed-jws")
        return tr("not a pass this kiosk can read");
    if (c == u"revoked")
        return tr("pass revoked by its issuer");
    if (c == u"trust-missing")
        return tr("no trust list installed — passes cannot be verified");
    if (c == u"unreadable")
        return tr("not a pass this kiosk can read");
    // The check-in itself.
    if (c == u"override")
        return tr("staff decision: %1").arg(arg(reason, 0));
    if (c == u"demonstration")
        return tr("a demonstration pass: shown, not recorded");
    if (c == u"override-reason-missing")
        return tr("an override needs a reason");
    if (c == u"staff-attested") {
        const QString what = arg(reason, 0);
        if (what == u"pass-on-phone")
            return tr("seen by staff: a pass on the visitor's phone");
        if (what == u"sticker")
            return tr("seen by staff: a vaccination sticker");
        if (what == u"paper-certificate")
            return tr("seen by staff: a paper certificate");
        return tr("seen by staff: %1").arg(what);
    }
    if (c == u"second-statement-needed")
        return tr("counts only with %1 beside it").arg(kindsWanted(reason.args));
    if (c == u"awaiting-second-pass")
        return tr("now show the second pass: %1").arg(kindsWanted(reason.args));
    if (c == u"second-pass-missing")
        return tr("the second pass was not shown in time");
    if (c == u"second-pass-other-person")
        return tr("the second pass belongs to someone else: both must be the same person's");
    if (c == u"attestation-incomplete")
        return tr("a check by staff needs who checked and what they saw");
    if (c == u"not-a-pass") {
        const QString kind = arg(reason, 0);
        if (kind == u"web-address")
            return tr("a web address, not a pass this kiosk can read");
        if (kind == u"empty")
            return tr("nothing was read");
        return tr("not a pass this kiosk can read");
    }
    if (c == u"not-recorded")
        return tr("could not be recorded — check-ins are paused");
    if (c == u"ledger-missing")
        return arg(reason, 0).isEmpty()
                   ? tr("no entry ledger available on this kiosk")
                   : tr("no entry ledger available on this kiosk: %1").arg(arg(reason, 0));
    if (c == u"ledger-disk-full")
        return tr("the disk is full");
    if (c == u"ledger-read-only")
        return tr("the ledger cannot be written (read-only)");
    if (c == u"ledger-locked")
        return tr("the ledger is locked by another program");
    if (c == u"ledger-already-in-use")
        return tr("another passgate is already using this data folder");
    if (c == u"ledger-keys-missing")
        return tr("the venue keys are missing or unusable");
    if (c == u"ledger-corrupt")
        return tr("the ledger file is damaged");
    if (c == u"ledger-newer-schema")
        return tr("the ledger was written by a newer passgate");
    if (c == u"ledger-io-error")
        return tr("the ledger cannot be read or written");
    if (c == u"ledger-older-schema")
        return tr("the ledger was written by an older passgate: it is brought up to date when the kiosk "
                  "starts");
    if (c == u"ledger-invalid-input")
        return arg(reason, 0).isEmpty()
                   ? tr("the ledger refused a value of this entry")
                   : tr("the ledger refused a value of this entry: %1").arg(arg(reason, 0));
    if (c == u"ledger-displaced")
        return tr("the ledger file was deleted or replaced and no new one could be started: staff must "
                  "fix the data folder and restart passgate");
    return std::nullopt;
}

QString ReasonText::sentence(const Reason &reason)
{
    if (std::optional<QString> words = ownWords(reason))
        return *words;
    // A code of a newer ledger or rule set: never hidden, said as well as can be.
    if (reason.code.startsWith(u"ledger-"))
        return arg(reason, 0).isEmpty() ? tr("the ledger refused the entry")
                                        : tr("ledger: %1").arg(arg(reason, 0));
    if (reason.args.isEmpty())
        return reason.code;
    return reason.code + QStringLiteral(": ") + reason.args.join(QStringLiteral(", "));
}

QString ReasonText::sentenceWithDetail(const Reason &reason)
{
    const QString words = sentence(reason);
    const QString detail = reason.args.value(0);
    if (detail.isEmpty() || words.contains(detail))
        return words;
    return QStringLiteral("%1 (%2)").arg(words, detail);
}

QString ReasonText::statement(const Statement &statement)
{
    struct Describe
    {
        QString operator()(const Vaccination &v) const
        {
            if (v.issuerCertified)
                return tr("Vaccinated, as certified by the issuer");
            if (v.seriesTotal == 0) // SMART Health Cards count doses given, not a series
                return tr("Vaccination, dose %1, %2").arg(v.doseNumber).arg(v.date.toString(Qt::ISODate));
            return tr("Vaccination, dose %1 of %2, %3")
                .arg(v.doseNumber)
                .arg(v.seriesTotal)
                .arg(v.date.toString(Qt::ISODate));
        }
        QString operator()(const TestResult &t) const
        {
            const QString kind = t.testType == u"LP217198-3" ? tr("Rapid antigen test") : tr("PCR test");
            const QString result = t.result == u"260373001" ? tr("detected") : tr("not detected");
            return tr("%1, %2, %3")
                .arg(kind, result, t.sampleTime.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        }
        QString operator()(const Recovery &r) const
        {
            return r.validUntil.isValid()
                       ? tr("Recovery, valid until %1").arg(r.validUntil.toString(Qt::ISODate))
                       : tr("Recovery");
        }
        QString operator()(const Exemption &e) const
        {
            switch (e.kind) {
            case Exemption::Kind::Medical:
                return tr("Medical exemption");
            case Exemption::Kind::Minor:
                return tr("Exempt by age");
            case Exemption::Kind::Other:
                break;
            }
            return tr("Exemption");
        }
    };
    return std::visit(Describe{}, statement);
}

QString ReasonText::passFormat(PassFormat format)
{
    switch (format) {
    case PassFormat::EuDcc:
        return tr("EU Digital COVID Certificate");
    case PassFormat::SmartHealthCard:
        return tr("SMART Health Card");
    case PassFormat::NzCovidPass:
        return tr("NZ COVID Pass");
    }
    return passFormatCode(format);
}

QString ReasonText::verdictHeadline(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Admit:
        return tr("Admit");
    case Verdict::Deny:
        return tr("Not admitted");
    case Verdict::StaffCheck:
        return tr("Staff check");
    }
    return {};
}

QString maskedName(const QString &name)
{
    QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    for (QString &word : words) {
        if (word.size() == 2)
            word[1] = u'*';
        else if (word.size() > 2)
            word = word.front() + QString(word.size() - 2, u'*') + word.back();
    }
    return words.join(u' ');
}

} // namespace passgate
