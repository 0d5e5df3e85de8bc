#pragma once

#include "policy/PolicyFile.h"

#include <QJsonObject>
#include <QSet>
#include <QString>

namespace passgate {

// Which medicinal products (a vaccination's `mp`) count as a dose under a preset: an authority's
// list inlined in the preset with its source ("recognisedProducts"), plus the products a venue adds
// in its own copy ("extraProducts", with its own source). Both have one shape:
//   {"source": "...", "products": [{"code": "EU/1/20/1528", "name": "Comirnaty", "since": "2020-12-21"}]}
// `name` says which vaccine a code is, `since` when the source first recognised it; both are for the
// people who read and review the list, the verdict looks at `code` only. Inlined, not shared between
// files, because a preset also travels alone inside a signed trust bundle.
class RecognisedProducts
{
public:
    // From a preset's "vaccination" object. `required`: a preset that counts dated doses must say
    // which products it counts; one that counts none (New Zealand's) may leave the list out.
    static Result<RecognisedProducts, PolicyFailure> read(const QJsonObject &vaccination, bool required,
                                                          const QString &where);

    // An empty code is never recognised: a dose of nothing named is no dose a policy can weigh.
    bool recognises(const QString &product) const { return !product.isEmpty() && m_codes.contains(product); }

private:
    QSet<QString> m_codes;
};

} // namespace passgate
