#pragma once

#include <QString>
#include <QStringList>

namespace passgate::test {

// What each built-in preset's data (resources/policies/*.json, recognisedProducts) counts as a
// dose, written out independently of that data so a changed list fails the tests that name it.
namespace PresetProducts {

// The EU-authorised COVID-19 vaccines: eu-3g, eu-2g, eu-2g-plus.
inline const QStringList eu = {QStringLiteral("EU/1/20/1528"), QStringLiteral("EU/1/20/1507"),
                               QStringLiteral("EU/1/21/1529"), QStringLiteral("EU/1/20/1525"),
                               QStringLiteral("EU/1/21/1618"), QStringLiteral("EU/1/21/1624"),
                               QStringLiteral("EU/1/21/1580"), QStringLiteral("EU/1/22/1709")};

// Korea's national programme and the WHO Emergency Use Listing of 13 December 2021.
inline const QStringList kr20211213 = {
    QStringLiteral("EU/1/20/1528"), QStringLiteral("EU/1/21/1529"), QStringLiteral("Covishield"),
    QStringLiteral("EU/1/20/1525"), QStringLiteral("EU/1/20/1507"), QStringLiteral("BBIBP-CorV"),
    QStringLiteral("cvx:510"),      QStringLiteral("CoronaVac"),    QStringLiteral("cvx:511"),
    QStringLiteral("Covaxin"),      QStringLiteral("cvx:502")};

// ... and of 3 January 2022: Covovax and Nuvaxovid listed since.
inline const QStringList kr20220103 =
    kr20211213 + QStringList{QStringLiteral("Covovax"), QStringLiteral("EU/1/21/1618")};

// The list of a preset with dated doses, by name.
inline QStringList of(const QString &policy)
{
    if (policy == u"kr-2021-12-13")
        return kr20211213;
    if (policy == u"kr-2022-01-03")
        return kr20220103;
    return eu;
}

// Codes that some list names but not every preset's, one no list names, and none at all.
inline const QStringList others = {QStringLiteral("Sputnik-V"),
                                   QStringLiteral("Covovax"),
                                   QStringLiteral("EU/1/21/1618"),
                                   QStringLiteral("Covishield"),
                                   QStringLiteral("EU/1/21/1624"),
                                   QStringLiteral("NVX-CoV2373"),
                                   QStringLiteral("urn:example:vaccines|X1")};

} // namespace PresetProducts

} // namespace passgate::test
