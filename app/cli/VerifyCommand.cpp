#include "cli/Command.h"
#include "common/IsoDateTime.h"
#include "formats/PassVerifier.h"
#include "scan/StillImageDecoder.h"
#include "trust/TrustStore.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <optional>
#include <variant>

namespace passgate::cli {

namespace {

int usage(QTextStream &err, const QString &command)
{
    err << "usage: " << command << " [--trust FILE]... [--at ISO-8601] INPUT...\n\n"
        << "Verifies passes and prints one JSON object per INPUT (keys: input, format, ok, stage, reason,\n"
        << "holder, statement, issuer, kid, issued, expires).\n"
        << "  INPUT         a file holding the QR text, '-' for standard input, or a PNG/JPEG/WebP picture\n"
        << "  --trust FILE  signer certificates, PEM (one or more) or DER; may be given several times\n"
        << "  --at TIME     verify at this time instead of now, e.g. 2021-12-13T12:00:00Z\n"
        << "Exit status: 0 when every input verified, 1 otherwise, 2 on usage errors.\n";
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
    QByteArray data;
    if (input == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return std::variant<QString, QString>(std::in_place_index<1>,
                                                  QStringLiteral("cannot read standard input"));
        data = in.readAll();
    } else {
        QFile file(input);
        if (!file.open(QIODevice::ReadOnly))
            return std::variant<QString, QString>(
                std::in_place_index<1>, QStringLiteral("cannot read %1: %2").arg(input, file.errorString()));
        data = file.readAll();
    }
    *isText = !isPicture(data);
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
    if (!format)
        return {};
    switch (*format) {
    case PassFormat::EuDcc:
        return QStringLiteral("eu-dcc");
    case PassFormat::SmartHealthCard:
        return QStringLiteral("shc");
    case PassFormat::NzCovidPass:
        return QStringLiteral("nzcp");
    }
    return {};
}

// Every key is always present, null when it does not apply, so consumers can rely on the shape.
QJsonObject emptyResult(const QString &input)
{
    QJsonObject result;
    for (const char *key :
         {"format", "stage", "reason", "holder", "statement", "issuer", "kid", "issued", "expires"})
        result.insert(QLatin1String(key), QJsonValue());
    result.insert(QStringLiteral("input"), input);
    result.insert(QStringLiteral("ok"), false);
    return result;
}

QJsonObject verifyOne(const QString &input, const PassVerifier &verifier, const QDateTime &at)
{
    QJsonObject result = emptyResult(input);
    bool isText = true;
    const std::variant<QString, QString> text = readInput(input, &isText);
    if (text.index() == 1) {
        result.insert(QStringLiteral("stage"), QStringLiteral("input"));
        result.insert(QStringLiteral("reason"), std::get<1>(text));
        return result;
    }
    const QString &payload = std::get<0>(text);
    result.insert(QStringLiteral("format"), orNull(formatName(PassVerifier::detectFormat(payload))));

    const Result<DecodedPass, PassError> pass = verifier.verify(payload, at);
    if (!pass) {
        result.insert(QStringLiteral("stage"), stageName(stageOf(pass.error().code)));
        result.insert(QStringLiteral("reason"), pass.error().reason);
        return result;
    }
    result.insert(QStringLiteral("ok"), true);
    result.insert(
        QStringLiteral("holder"),
        QJsonObject{{QStringLiteral("familyName"), orNull(pass->holder.family)},
                    {QStringLiteral("givenName"), orNull(pass->holder.given)},
                    {QStringLiteral("familyNameStandardised"), orNull(pass->holder.familyStandardised)},
                    {QStringLiteral("givenNameStandardised"), orNull(pass->holder.givenStandardised)},
                    {QStringLiteral("birthDate"), pass->birthDate}});
    result.insert(QStringLiteral("statement"), statementJson(pass->statement));
    result.insert(QStringLiteral("issuer"), orNull(pass->issuerCountry));
    result.insert(QStringLiteral("kid"), QString::fromLatin1(pass->kid.toBase64()));
    result.insert(QStringLiteral("issued"), dateTimeOrNull(pass->issued));
    result.insert(QStringLiteral("expires"), dateTimeOrNull(pass->expires));
    return result;
}

} // namespace

int verifyMain(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString command = arguments.value(0);

    TrustStore trust;
    std::optional<QDateTime> at;
    QStringList inputs;
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
            const Result<int, TrustError> added = trust.addFile(*file);
            if (!added) {
                err << command << ": --trust " << added.error().reason << "\n";
                return UsageError;
            }
        } else if (argument.startsWith(QLatin1String("--at"))) {
            const std::optional<QString> time = value(QStringLiteral("--at"));
            at = time ? parseIsoDateTime(*time) : std::nullopt;
            if (!at) {
                err << command << ": --at needs an ISO 8601 date and time, e.g. 2021-12-13T12:00:00Z\n";
                return UsageError;
            }
        } else if (argument.startsWith(QLatin1String("--"))) {
            err << command << ": unknown option " << argument << "\n";
            return usage(err, command);
        } else {
            inputs.append(argument);
        }
    }
    if (inputs.isEmpty())
        return usage(err, command);

    const SystemClock systemClock;
    const PassVerifier verifier(trust, systemClock);
    const QDateTime checkTime = at.value_or(systemClock.now());
    bool allVerified = true;
    for (const QString &input : inputs) {
        const QJsonObject result = verifyOne(input, verifier, checkTime);
        allVerified = allVerified && result.value(QLatin1String("ok")).toBool();
        out << QJsonDocument(result).toJson(QJsonDocument::Compact) << "\n";
    }
    return allVerified ? Success : Failed;
}

} // namespace passgate::cli
