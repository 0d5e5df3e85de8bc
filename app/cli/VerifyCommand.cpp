#include "checkin/CheckInService.h"
#include "cli/Command.h"
#include "cli/PinnedPublishers.h"
#include "common/BoundedRead.h"
#include "common/IsoDateTime.h"
#include "formats/PassVerifier.h"
#include "formats/TrustStore.h"
#include "policy/PassDataCheck.h"
#include "policy/PolicyCatalog.h"
#include "policy/PolicyReasons.h"
#include "scan/StillImageDecoder.h"
#include "station/AdmissionRule.h"
#include "trust/BundleVerifier.h"
#include "trust/PassRevocation.h"
#include "trust/TrustedPassReader.h"

#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>

#include <optional>
#include <variant>

namespace passgate::cli {

namespace {

int usage(QTextStream &err, const QString &command)
{
    err << "usage: " << command
        << " [--trust FILE]... [--issuer ISS=FILE]... [--bundle FILE [--publisher-key PEM]...]\n"
        << "       [--policy NAME|FILE [--venue TYPE] [--zone IANA]] [--at ISO-8601] INPUT...\n\n"
        << "Verifies passes and prints one JSON object per INPUT (keys: input, format, ok, stage, reason,\n"
        << "holder, statement, issuer, kid, issued, expires, problems; with --policy also decision).\n"
        << "ok: the pass is genuine (signature, trust, expiry, revocation, a DCC object); otherwise stage "
           "and\n"
        << "reason say what refused it. problems: what a person must still look at in a genuine pass, each\n"
        << "{code, args}: its data breaks the DCC schema (pass-data-malformed) or a semantic check, or it "
           "was\n"
        << "issued after the check time (clock); with --policy such a pass is a staff-check, never a deny.\n"
        << "  INPUT          a file holding the QR text, '-' for standard input, or a PNG/JPEG/WebP picture\n"
        << "  --trust FILE   signer certificates, PEM (one or more) or DER; may be given several times\n"
        << "  --issuer ISS=FILE  the keys of a SMART Health Card issuer (ISS its https URL, FILE its\n"
        << "                 jwks.json) or of the NZ COVID Pass issuer (ISS its did:web DID, FILE its DID\n"
        << "                 document); repeatable\n"
        << "  --bundle FILE  a trust bundle: its signers are trusted and its revocations applied (stage\n"
        << "                 \"revocation\"); verified against --publisher-key (repeatable; default: the\n"
        << "                 DEMO publisher key). Past its expiry it is used and decisions are flagged.\n"
        << "  --policy NAME  decide as the venue would: a preset (kr-2021-12-13, kr-2022-01-03, eu-3g,\n"
        << "                 eu-2g, hospital-visitor; a bundle rule set of that name replaces it) or a\n"
        << "                 policy file (.json). --venue TYPE (cafe, restaurant, pcbang, hospital, other)\n"
        << "                 and --zone IANA (the venue's time zone, default UTC) describe the venue.\n"
        << "  --at TIME      verify at this time instead of now, e.g. 2021-12-13T12:00:00Z\n"
        << "Exit status: 0 when every input verified (with --policy: was admitted), 1 otherwise,\n"
        << "2 on usage errors.\n";
    return UsageError;
}

bool isPicture(const QByteArray &data)
{
    return data.startsWith("\x89PNG\r\n\x1a\n") || data.startsWith("\xFF\xD8\xFF") ||
           (data.startsWith("RIFF") && data.mid(8, 4) == "WEBP");
}

QString trimmedLineEnds(QString text)
{
    // Spaces are base45 characters; only line ends, tabs and a byte order mark are packaging.
    auto isEdge = [](QChar c) { return c == u'\n' || c == u'\r' || c == u'\t' || c == QChar(0xFEFF); };
    while (!text.isEmpty() && isEdge(text.front()))
        text.remove(0, 1);
    while (!text.isEmpty() && isEdge(text.back()))
        text.chop(1);
    return text;
}

// The pass text of one input, or why there is none.
std::variant<QString, QString> readInput(const QString &input, bool *isText)
{
    // A picture is the largest input; text longer than any QR code holds is refused after.
    const Result<QByteArray, QString> read = readInputBounded(input, readLimit::picture);
    if (!read)
        return std::variant<QString, QString>(std::in_place_index<1>, read.error());
    const QByteArray &data = *read;
    *isText = !isPicture(data);
    if (*isText && data.size() > readLimit::qrText)
        return std::variant<QString, QString>(
            std::in_place_index<1>,
            QStringLiteral("%1 holds %2 bytes of text: more than any QR code")
                .arg(input == QLatin1String("-") ? QStringLiteral("standard input") : input)
                .arg(data.size()));
    if (*isText)
        return std::variant<QString, QString>(std::in_place_index<0>,
                                              trimmedLineEnds(QString::fromUtf8(data)));

    const QImage image = QImage::fromData(data);
    if (image.isNull())
        return std::variant<QString, QString>(std::in_place_index<1>,
                                              QStringLiteral("cannot decode the picture"));
    const QStringList texts = StillImageDecoder().decode(image);
    if (texts.isEmpty())
        return std::variant<QString, QString>(std::in_place_index<1>,
                                              QStringLiteral("no QR code found in the picture"));
    return std::variant<QString, QString>(std::in_place_index<0>, texts.first());
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue dateTimeOrNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(formatIsoDateTime(at)) : QJsonValue();
}

QJsonObject statementJson(const Statement &statement)
{
    if (const auto *v = std::get_if<Vaccination>(&statement)) {
        return {{QStringLiteral("type"), QStringLiteral("vaccination")},
                {QStringLiteral("disease"), v->disease},
                {QStringLiteral("vaccineType"), v->vaccineType},
                {QStringLiteral("product"), v->product},
                {QStringLiteral("manufacturer"), v->manufacturer},
                {QStringLiteral("doseNumber"), v->doseNumber},
                {QStringLiteral("seriesTotal"), v->seriesTotal},
                {QStringLiteral("date"), dateOrNull(v->date)},
                {QStringLiteral("country"), v->country},
                {QStringLiteral("issuer"), v->issuer},
                {QStringLiteral("certificateId"), v->certificateId}};
    }
    if (const auto *t = std::get_if<TestResult>(&statement)) {
        return {{QStringLiteral("type"), QStringLiteral("test")},
                {QStringLiteral("disease"), t->disease},
                {QStringLiteral("testType"), t->testType},
                {QStringLiteral("name"), orNull(t->name)},
                {QStringLiteral("device"), orNull(t->device)},
                {QStringLiteral("sampleTime"), dateTimeOrNull(t->sampleTime)},
                {QStringLiteral("result"), t->result},
                {QStringLiteral("centre"), orNull(t->centre)},
                {QStringLiteral("country"), t->country},
                {QStringLiteral("issuer"), t->issuer},
                {QStringLiteral("certificateId"), t->certificateId}};
    }
    if (const auto *r = std::get_if<Recovery>(&statement)) {
        return {{QStringLiteral("type"), QStringLiteral("recovery")},
                {QStringLiteral("disease"), r->disease},
                {QStringLiteral("firstPositive"), dateOrNull(r->firstPositive)},
                {QStringLiteral("validFrom"), dateOrNull(r->validFrom)},
                {QStringLiteral("validUntil"), dateOrNull(r->validUntil)},
                {QStringLiteral("country"), r->country},
                {QStringLiteral("issuer"), r->issuer},
                {QStringLiteral("certificateId"), r->certificateId}};
    }
    return {{QStringLiteral("type"), QStringLiteral("exemption")}};
}

QString formatName(std::optional<PassFormat> format)
{
    return format ? passFormatCode(*format) : QString();
}

// Every key is always present, null when it does not apply, so consumers can rely on the shape.
QJsonObject emptyResult(const QString &input)
{
    QJsonObject result;
    for (const char *key :
         {"format", "stage", "reason", "holder", "statement", "issuer", "kid", "issued", "expires"})
        result.insert(QLatin1String(key), QJsonValue());
    result.insert(QStringLiteral("problems"), QJsonArray());
    result.insert(QStringLiteral("input"), input);
    result.insert(QStringLiteral("ok"), false);
    return result;
}

// What the options give the check: the trust (--bundle and --trust signers) and, with --policy, the
// venue's admission rule. Both are the kiosk's own: TrustedPassReader and AdmissionRule, ordered by
// CheckInService, so `verify --policy` decides exactly as a kiosk with the same bundle would.
struct Checks
{
    std::shared_ptr<const TrustBundle> bundle;
    TrustStore alsoTrusted;
    std::optional<AdmissionRule> admission;
};

QJsonObject decisionJson(const QString &policy, const Decision &decision)
{
    QJsonArray reasons;
    for (const Reason &reason : decision.reasons)
        reasons.append(QJsonObject{{QStringLiteral("code"), reason.code},
                                   {QStringLiteral("args"), QJsonArray::fromStringList(reason.args)}});
    return {{QStringLiteral("policy"), policy},
            {QStringLiteral("verdict"), verdictCode(decision.verdict)},
            {QStringLiteral("reasons"), reasons},
            {QStringLiteral("validUntil"), dateTimeOrNull(decision.validUntil)}};
}

// The pass as the kiosk reads it, or the reason it refuses it; with --policy also the decision.
struct Reading
{
    std::optional<DecodedPass> pass;
    Reason refusal;
    std::optional<Decision> decision;
};

Reading read(const QString &payload, const Checks &checks, const Clock &clock)
{
    const TrustedPassReader reader(checks.bundle, clock, checks.alsoTrusted);
    Reading reading;
    if (!checks.admission) {
        auto pass = reader.read(payload, clock.now());
        if (pass)
            reading.pass = std::move(pass).value();
        else
            reading.refusal = pass.error();
        return reading;
    }
    CheckInService::Steps steps;
    steps.readPass = [&reader](const QString &text, const QDateTime &now) { return reader.read(text, now); };
    steps.decide = [&checks](const Evidence &evidence, const QDateTime &now) {
        return checks.admission->decide(evidence, now, checks.bundle.get());
    };
    // verify keeps no ledger: its record is the JSON line printed.
    steps.record = [](const Evidence &, const Decision &, const QDateTime &) -> Result<void, Reason> {
        return {};
    };
    CheckInService service(clock, std::move(steps));
    const CheckInService::Outcome outcome = service.checkInQr(payload);
    if (!outcome.evidence.passes.isEmpty())
        reading.pass = outcome.evidence.passes.first();
    else
        reading.refusal = outcome.decision.reasons.value(0);
    reading.decision = outcome.decision;
    return reading;
}

QString refusalSentence(const Reason &refusal)
{
    if (refusal.code == revokedReason)
        return QStringLiteral("revoked by the trust bundle");
    if (refusal.code == reason::notAPass)
        return refusal.args.value(0) == u"web-address" ? QStringLiteral("a web address, not a pass")
                                                       : QStringLiteral("not a pass passgate can read");
    return refusal.args.value(0);
}

QJsonObject verifyOne(const QString &input, const Checks &checks, const Clock &clock)
{
    QJsonObject result = emptyResult(input);
    bool isText = true;
    const std::variant<QString, QString> text = readInput(input, &isText);
    if (text.index() == 1) {
        // No pass text at all: nothing a kiosk would ever be handed, refused as unreadable.
        result.insert(QStringLiteral("stage"), QStringLiteral("input"));
        result.insert(QStringLiteral("reason"), std::get<1>(text));
        if (checks.admission)
            result.insert(
                QStringLiteral("decision"),
                decisionJson(
                    checks.admission->policyName(),
                    Decision{Verdict::Deny, {{QStringLiteral("unreadable"), {std::get<1>(text)}}}, {}}));
        return result;
    }
    const QString &payload = std::get<0>(text);
    result.insert(QStringLiteral("format"), orNull(formatName(PassVerifier::detectFormat(payload))));

    const Reading reading = read(payload, checks, clock);
    if (reading.decision)
        result.insert(QStringLiteral("decision"),
                      decisionJson(checks.admission->policyName(), *reading.decision));
    if (!reading.pass) {
        result.insert(QStringLiteral("stage"), orNull(TrustedPassReader::stageOf(reading.refusal)));
        result.insert(QStringLiteral("reason"), refusalSentence(reading.refusal));
        return result;
    }
    const DecodedPass &pass = *reading.pass;
    // Genuine; is anything left for a person? (the same findings the venue's decision turns into a
    // StaffCheck)
    QJsonArray problems;
    for (const Reason &problem : passDataReasons(pass, clock.now()))
        problems.append(QJsonObject{{QStringLiteral("code"), problem.code},
                                    {QStringLiteral("args"), QJsonArray::fromStringList(problem.args)}});
    result.insert(QStringLiteral("problems"), problems);
    result.insert(QStringLiteral("ok"), true);
    result.insert(
        QStringLiteral("holder"),
        QJsonObject{{QStringLiteral("familyName"), orNull(pass.holder.family)},
                    {QStringLiteral("givenName"), orNull(pass.holder.given)},
                    {QStringLiteral("familyNameStandardised"), orNull(pass.holder.familyStandardised)},
                    {QStringLiteral("givenNameStandardised"), orNull(pass.holder.givenStandardised)},
                    {QStringLiteral("birthDate"), pass.birthDate}});
    result.insert(QStringLiteral("statement"), statementJson(pass.statement));
    result.insert(QStringLiteral("issuer"), orNull(pass.issuerCountry));
    result.insert(QStringLiteral("kid"), QString::fromLatin1(pass.kid.toBase64()));
    result.insert(QStringLiteral("issued"), dateTimeOrNull(pass.issued));
    result.insert(QStringLiteral("expires"), dateTimeOrNull(pass.expires));
    return result;
}

// The bundle file verified against the pins; used even past its expiry, as the kiosk would.
Result<std::shared_ptr<const TrustBundle>, QString>
loadBundle(const QString &file, const QStringList &keyFiles, const QDateTime &at, QTextStream &err)
{
    auto pins = pinnedPublishers(keyFiles, err);
    if (!pins)
        return fail(pins.error());
    const Result<QByteArray, QString> bytes = readFileBounded(file, maxBundleBytes);
    if (!bytes)
        return fail(bytes.error());
    auto bundle = verifyBundle(*bytes, *pins, at, ExpiryCheck::Ignore);
    if (!bundle)
        return fail(QStringLiteral("%1 refused (%2): %3")
                        .arg(file, bundleErrorName(bundle.error().code), bundle.error().reason));
    if (bundle->expiredAt(at))
        err << "note: the bundle expired at " << bundle->expires.toString(Qt::ISODate) << "\n";
    return std::make_shared<const TrustBundle>(std::move(bundle).value());
}

} // namespace

int verifyMain(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString command = arguments.value(0);

    Checks checks;
    std::optional<QDateTime> at;
    QStringList inputs;
    QString bundleFile;
    QStringList publisherKeys;
    QString policyName;
    QString venueType = QStringLiteral("other");
    QString zoneId;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        auto value = [&](const QString &option) -> std::optional<QString> {
            if (argument.startsWith(option + u'='))
                return argument.mid(option.size() + 1);
            if (argument == option && i + 1 < arguments.size())
                return arguments[++i];
            return std::nullopt;
        };
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h"))
            return usage(err, command);
        if (argument.startsWith(QLatin1String("--trust"))) {
            const std::optional<QString> file = value(QStringLiteral("--trust"));
            if (!file)
                return usage(err, command);
            const Result<int, TrustError> added = checks.alsoTrusted.addFile(*file);
            if (!added) {
                err << command << ": --trust " << added.error().reason << "\n";
                return UsageError;
            }
        } else if (argument.startsWith(QLatin1String("--issuer"))) {
            const std::optional<QString> pair = value(QStringLiteral("--issuer"));
            const qsizetype equals = pair ? pair->indexOf(u'=') : -1;
            if (equals <= 0)
                return usage(err, command);
            auto keys = IssuerKeys::readIssuerFile(pair->left(equals), pair->mid(equals + 1));
            if (!keys) {
                err << command << ": --issuer " << keys.error().reason << "\n";
                return UsageError;
            }
            for (IssuerKey &key : *keys)
                checks.alsoTrusted.addIssuerKey(std::move(key));
        } else if (argument.startsWith(QLatin1String("--at"))) {
            const std::optional<QString> time = value(QStringLiteral("--at"));
            at = time ? parseIsoDateTime(*time) : std::nullopt;
            if (!at) {
                err << command << ": --at needs an ISO 8601 date and time, e.g. 2021-12-13T12:00:00Z\n";
                return UsageError;
            }
        } else if (argument.startsWith(QLatin1String("--bundle"))) {
            const std::optional<QString> file = value(QStringLiteral("--bundle"));
            if (!file)
                return usage(err, command);
            bundleFile = *file;
        } else if (argument.startsWith(QLatin1String("--publisher-key"))) {
            const std::optional<QString> file = value(QStringLiteral("--publisher-key"));
            if (!file)
                return usage(err, command);
            publisherKeys.append(*file);
        } else if (argument.startsWith(QLatin1String("--policy"))) {
            const std::optional<QString> name = value(QStringLiteral("--policy"));
            if (!name)
                return usage(err, command);
            policyName = *name;
        } else if (argument.startsWith(QLatin1String("--venue"))) {
            const std::optional<QString> type = value(QStringLiteral("--venue"));
            if (!type)
                return usage(err, command);
            venueType = *type;
        } else if (argument.startsWith(QLatin1String("--zone"))) {
            const std::optional<QString> zone = value(QStringLiteral("--zone"));
            if (!zone || !QTimeZone::isTimeZoneIdAvailable(zone->toUtf8())) {
                err << command << ": --zone needs an IANA time zone, e.g. Asia/Seoul\n";
                return UsageError;
            }
            zoneId = *zone;
        } else if (argument.startsWith(QLatin1String("--"))) {
            err << command << ": unknown option " << argument << "\n";
            return usage(err, command);
        } else {
            inputs.append(argument);
        }
    }
    if (inputs.isEmpty())
        return usage(err, command);

    const FixedClock clock(at.value_or(SystemClock().now()));
    const QDateTime checkTime = clock.now();
    if (!bundleFile.isEmpty()) {
        auto bundle = loadBundle(bundleFile, publisherKeys, checkTime, err);
        if (!bundle) {
            err << command << ": --bundle " << bundle.error() << "\n";
            return Failed;
        }
        checks.bundle = *bundle;
    }
    if (!policyName.isEmpty()) {
        PolicyCatalog catalog = PolicyCatalog::builtIn();
        if (policyName.endsWith(u".json")) {
            auto policy = policyFromFile(policyName);
            if (!policy) {
                err << command << ": --policy " << policy.error().reason << "\n";
                return UsageError;
            }
            policyName = (*policy)->info().name;
            catalog.add(*policy);
        }
        AdmissionRule admission(
            catalog, policyName,
            Venue{venueType, zoneId.isEmpty() ? QTimeZone::utc() : QTimeZone(zoneId.toUtf8())});
        if (!admission.policyWith(checks.bundle.get())) {
            err << command << ": --policy: no policy named '" << policyName
                << "' (presets: " << catalog.names().join(QStringLiteral(", "))
                << ", or a rule set of the bundle)\n";
            return UsageError;
        }
        checks.admission = std::move(admission);
    }
    bool allPassed = true;
    for (const QString &input : inputs) {
        const QJsonObject result = verifyOne(input, checks, clock);
        allPassed = allPassed && (checks.admission ? result.value(QLatin1String("decision"))
                                                             .toObject()
                                                             .value(QLatin1String("verdict"))
                                                             .toString() == u"admit"
                                                   : result.value(QLatin1String("ok")).toBool());
        out << QJsonDocument(result).toJson(QJsonDocument::Compact) << "\n";
    }
    return allPassed ? Success : Failed;
}

} // namespace passgate::cli
