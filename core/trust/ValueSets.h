#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace passgate {

// One EU DCC value set: what the codes a pass carries mean (vaccine-medicinal-product: EU/1/20/1528
// is Comirnaty). Codes and their display text are plain text from the published files.
struct ValueSet
{
    QString id; // valueSetId, e.g. "vaccines-covid-19-names"
    QDate date; // valueSetDate
    QMap<QString, QString> displayByCode;

    bool operator==(const ValueSet &) const = default;
};

// The EU value sets a bundle carries, by id. CertLogic rules read them as external.valueSets.<id>
// (a list of codes), as in the EU verifier apps.
class ValueSets
{
public:
    // The published forms: a file with one value set object ({valueSetId, valueSetDate,
    // valueSetValues}), a file with a list of them (the gateway's distribution), or a folder of such
    // files. Where one id comes twice, the later valueSetDate wins (a folder may hold both forms).
    static Result<ValueSets, QString> read(const QString &path);
    static Result<ValueSets, QString> fromPublishedJson(const QByteArray &json, const QString &origin);

    // The bundle manifest's form: [{id, date, values: {code: display}}], and back.
    QJsonArray toManifest() const;
    static Result<ValueSets, QString> fromManifest(const QJsonArray &sets);

    // {id: [codes]}: what external.valueSets is for a CertLogic rule.
    QJsonObject forCertLogic() const;

    // Adds or replaces by id (keeps the newer date).
    void add(ValueSet set);
    const QList<ValueSet> &all() const { return m_sets; }
    const ValueSet *find(const QString &id) const;
    bool isEmpty() const { return m_sets.isEmpty(); }
    qsizetype size() const { return m_sets.size(); }

private:
    QList<ValueSet> m_sets; // sorted by id
};

} // namespace passgate
