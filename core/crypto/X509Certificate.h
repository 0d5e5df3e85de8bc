#pragma once

#include "crypto/CryptoError.h"
#include "crypto/PublicKey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

struct x509_st;

namespace passgate {

// A parsed X.509 certificate, read-only and cheap to copy. Only what verifiers need is exposed.
class X509Certificate
{
public:
    static Result<X509Certificate, CryptoError> fromDer(QByteArrayView der);
    // Every "-----BEGIN CERTIFICATE-----" block in `pem`; an error when there is none or one is broken.
    static Result<QList<X509Certificate>, CryptoError> fromPem(QByteArrayView pem);

    QByteArray der() const { return m_der; }
    PublicKey publicKey() const { return m_publicKey; }
    // Dotted OIDs of the extended key usage extension; empty when the extension is absent.
    QStringList extendedKeyUsageOids() const { return m_extendedKeyUsage; }
    QString subjectCountry() const;    // the subject's C= attribute, empty when absent
    QString subjectCommonName() const; // CN=, empty when absent
    QDateTime notBefore() const { return m_notBefore; }
    QDateTime notAfter() const { return m_notAfter; }

private:
    X509Certificate() = default;
    QString subjectAttribute(int nid) const;

    std::shared_ptr<x509_st> m_x509;
    QByteArray m_der;
    PublicKey m_publicKey;
    QStringList m_extendedKeyUsage;
    QDateTime m_notBefore;
    QDateTime m_notAfter;
};

} // namespace passgate
