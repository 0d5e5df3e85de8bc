#include "ledger/LedgerEntry.h"

#include "ledger/OutagePeriods.h"
#include "ledger/VenueKeys.h"

#include <QRegularExpression>

namespace passgate {

namespace {

constexpr int MaxShortText = 64;
constexpr int MaxReasonCode = 100;
constexpr int MaxAttributes = 16;
constexpr int MaxAttributeValue = 200;

// Statements carry their own country and certificate id; exemptions have neither.
struct StatementFacts
{
    QString country;
    QString certificateId;
};

StatementFacts factsOf(const Statement &statement)
{
    return std::visit(
        [](const auto &value) -> StatementFacts {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, Exemption>)
                return {};
            else
                return {value.country, value.certificateId};
        },
        statement);
}

} // namespace

QString kindCode(LedgerEntry::Kind kind)
{
    return kind == LedgerEntry::Kind::Event ? QStringLiteral("event") : QStringLiteral("check-in");
}

bool kindFromCode(const QString &code, LedgerEntry::Kind *kind)
{
    for (LedgerEntry::Kind candidate : {LedgerEntry::Kind::CheckIn, LedgerEntry::Kind::Event}) {
        if (kindCode(candidate) == code) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

LedgerResult<LedgerEntry> LedgerEntry::fromCheckIn(const Evidence &evidence, const Decision &decision,
                                                   const QString &kioskId, const Clock &clock,
                                                   const VenueKeys &keys)
{
    return fromCheckIn(evidence, decision, kioskId, clock.now(), keys);
}

LedgerResult<LedgerEntry> LedgerEntry::fromCheckIn(const Evidence &evidence, const Decision &decision,
                                                   const QString &kioskId, const QDateTime &at,
                                                   const VenueKeys &keys)
{
    LedgerEntry entry;
    entry.time = at.toUTC();
    entry.kind = Kind::CheckIn;
    entry.kioskId = kioskId;
    entry.mode = evidence.mode;
    entry.verdict = decision.verdict;
    for (const Reason &reason : decision.reasons)
        entry.reasonCodes.append(reason.code);

    const auto hashOf = [&keys](const QString &certificateId) {
        return certificateId.isEmpty() ? QByteArray() : keys.certificateHash(certificateId);
    };
    for (const DecodedPass &pass : evidence.passes) {
        const StatementFacts facts = factsOf(pass.statement);
        const QString id = pass.certificateId.isEmpty() ? facts.certificateId : pass.certificateId;
        entry.passes.append({passFormatCode(pass.format), statementTypeCode(statementType(pass.statement)),
                             pass.issuerCountry.isEmpty() ? facts.country : pass.issuerCountry, hashOf(id)});
    }
    for (const Statement &statement : evidence.paperStatements) {
        const StatementFacts facts = factsOf(statement);
        entry.passes.append({QStringLiteral("paper"), statementTypeCode(statementType(statement)),
                             facts.country, hashOf(facts.certificateId)});
    }

    entry.staffId = evidence.staffId.trimmed();
    if (!evidence.visitorCategory.trimmed().isEmpty())
        entry.attributes.insert(VisitorCategoryAttribute, evidence.visitorCategory.trimmed());
    if (!evidence.department.trimmed().isEmpty())
        entry.attributes.insert(DepartmentAttribute, evidence.department.trimmed());
    if (!evidence.attested.trimmed().isEmpty())
        entry.attributes.insert(AttestedAttribute, evidence.attested.trimmed().left(200));
    if (evidence.duringOutage) {
        entry.attributes.insert(OutagePeriod::FlagAttribute, QStringLiteral("yes"));
        entry.attributes.insert(OutagePeriod::CheckInReasonAttribute,
                                evidence.outageReason.trimmed().left(200));
    }
    const ContactDetails contact{evidence.contact.trimmed(), evidence.homeDistrict.trimmed()};
    if (!contact.isEmpty()) {
        auto sealed = keys.sealContact(contact);
        if (!sealed)
            return fail(sealed.error());
        entry.sealedContact = *sealed;
    }
    // holderBirthDate and the holder's name are deliberately not carried over: the ledger never holds them.
    if (auto valid = entry.validate(); !valid)
        return fail(valid.error());
    return entry;
}

LedgerEntry LedgerEntry::makeEvent(const QString &event, const QString &kioskId, const Clock &clock,
                                   QMap<QString, QString> details)
{
    LedgerEntry entry;
    entry.time = clock.now().toUTC();
    entry.kind = Kind::Event;
    entry.kioskId = kioskId;
    entry.event = event;
    entry.attributes = std::move(details);
    return entry;
}

LedgerResult<void> LedgerEntry::validate() const
{
    const auto invalid = [](const QString &why) { return fail(LedgerCode::InvalidInput, why); };
    if (!time.isValid())
        return invalid(QStringLiteral("the entry has no valid time"));
    if (kioskId.isEmpty() || kioskId.size() > MaxShortText)
        return invalid(QStringLiteral("the kiosk id must have 1 to %1 characters").arg(MaxShortText));
    if (staffId.size() > MaxShortText)
        return invalid(QStringLiteral("the staff id must have at most %1 characters").arg(MaxShortText));
    for (const QString &code : reasonCodes) {
        if (code.isEmpty() || code.size() > MaxReasonCode)
            return invalid(QStringLiteral("a reason code must have 1 to %1 characters").arg(MaxReasonCode));
    }
    if (kind == Kind::Event && event.isEmpty())
        return invalid(QStringLiteral("an event entry needs an event code"));
    if (kind == Kind::CheckIn && !event.isEmpty())
        return invalid(QStringLiteral("a check-in entry carries no event code"));
    static const QRegularExpression attributeKey(QStringLiteral("^[a-z0-9][a-z0-9-]{0,39}$"));
    if (attributes.size() > MaxAttributes)
        return invalid(QStringLiteral("at most %1 venue attributes").arg(MaxAttributes));
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
        if (!attributeKey.match(it.key()).hasMatch())
            return invalid(QStringLiteral("attribute name '%1' must be lower-case letters, digits and '-'")
                               .arg(it.key()));
        if (it.value().size() > MaxAttributeValue)
            return invalid(QStringLiteral("attribute '%1' is longer than %2 characters")
                               .arg(it.key())
                               .arg(MaxAttributeValue));
    }
    return {};
}

} // namespace passgate
