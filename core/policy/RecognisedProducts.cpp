#include "policy/RecognisedProducts_p.h"

#include <QJsonArray>

namespace passgate {

namespace {

Result<QSet<QString>, PolicyFailure> readList(const QJsonValue &value, const QString &where)
{
    const QJsonObject list = value.toObject();
    const QJsonValue products = list.value(u"products");
    if (!value.isObject() || list.value(u"source").toString().trimmed().isEmpty() || !products.isArray() ||
        products.toArray().isEmpty())
        return fail(PolicyError::Malformed, where + QStringLiteral(" needs a source and a list of products"));
    QSet<QString> codes;
    for (const QJsonValue &entry : products.toArray()) {
        const QJsonObject product = entry.toObject();
        const QString code = product.value(u"code").toString();
        if (code.trimmed().isEmpty() || code.trimmed() != code ||
            product.value(u"name").toString().trimmed().isEmpty())
            return fail(PolicyError::Malformed,
                        where + QStringLiteral(".products[] needs a code (no spaces around) and a name"));
        auto since = readOptionalDate(product, u"since",
                                      where + QStringLiteral(".products[") + code + QStringLiteral("]"));
        if (!since)
            return fail(since.error());
        codes.insert(code);
    }
    return codes;
}

} // namespace

Result<RecognisedProducts, PolicyFailure> RecognisedProducts::read(const QJsonObject &vaccination,
                                                                   bool required, const QString &where)
{
    RecognisedProducts recognised;
    const QJsonValue listed = vaccination.value(u"recognisedProducts");
    if (listed.isUndefined()) {
        if (required)
            return fail(PolicyError::Malformed,
                        where + QStringLiteral(" counts dated doses, so it needs recognisedProducts: the "
                                               "medicinal products that count, and their source"));
    } else {
        auto codes = readList(listed, where + QStringLiteral(".recognisedProducts"));
        if (!codes)
            return fail(codes.error());
        recognised.m_codes = *codes;
    }
    const QJsonValue extra = vaccination.value(u"extraProducts");
    if (!extra.isUndefined()) {
        auto codes = readList(extra, where + QStringLiteral(".extraProducts"));
        if (!codes)
            return fail(codes.error());
        recognised.m_codes.unite(*codes);
    }
    return recognised;
}

} // namespace passgate
